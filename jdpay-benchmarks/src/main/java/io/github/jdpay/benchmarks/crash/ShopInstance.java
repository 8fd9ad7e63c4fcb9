package io.github.jdpay.benchmarks.crash;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One instance of the sample shop in a JVM of its own, on the "simulator" and "postgres" profiles, with its output in a
 * log file. {@link #kill()} ends it with SIGKILL, {@link #close()} stops it as an operator would.
 */
final class ShopInstance implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final String name;

    private final Process process;

    private final URI base;

    private ShopInstance(String name, Process process, int port) {
        this.name = name;
        this.process = process;
        this.base = URI.create("http://127.0.0.1:" + port);
    }

    static ShopInstance start(String name, CrashOptions options, int port) throws IOException {
        Path log = options.work().resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        "java",
                        "-Xmx384m",
                        "-XX:TieredStopAtLevel=1",
                        "-jar",
                        options.jar().toString(),
                        "--server.port=" + port,
                        "--server.address=127.0.0.1",
                        "--spring.profiles.active=simulator,postgres",
                        "--shop.notify-lease=" + options.lease().toSeconds() + "s"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("SHOP_DB_URL", options.dbUrl());
        return new ShopInstance(name, builder.start(), port);
    }

    /** Waits until the shop answers its health endpoint with 200. */
    void awaitUp(HttpClient http) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        HttpRequest health = HttpRequest.newBuilder(this.base.resolve("/actuator/health"))
                .timeout(Duration.ofSeconds(5))
                .build();
        while (System.nanoTime() < deadline) {
            if (!this.process.isAlive()) {
                throw new IOException(this.name + " exited with " + this.process.exitValue() + " before it was up");
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException ex) {
                // not listening yet
            }
            // Polling a starting server: nothing to wait on but its port.
            Thread.sleep(500);
        }
        throw new IOException(this.name + " did not answer its health endpoint within " + START_TIMEOUT);
    }

    String name() {
        return this.name;
    }

    URI base() {
        return this.base;
    }

    long pid() {
        return this.process.pid();
    }

    /** SIGKILL: no shutdown hook, no finished request, no released claim. */
    void kill() throws InterruptedException {
        this.process.destroyForcibly();
        this.process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (this.process.isAlive()) {
            this.process.destroy();
            if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
                this.process.destroyForcibly();
                this.process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
