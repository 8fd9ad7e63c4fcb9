package io.github.jdpay.benchmarks.endpoint;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@link EndpointApplication} in a JVM of its own, on a free loopback port, with its output in a log file. It is
 * stopped by {@link #close()}, forcibly if it does not stop within 20 s.
 */
final class EndpointServer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Process process;

    private final int port;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private EndpointServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts the application and waits until it answers.
     *
     * @param classPath the class path of the application, the library under test included
     * @param jvmOptions options of the server's JVM (heap, flight recording)
     * @param jdbc whether to use the JDBC idempotency store on H2 instead of the in-memory one
     * @param log where the server's output goes
     */
    static EndpointServer start(String classPath, List<String> jvmOptions, boolean jdbc, Path log) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
        command.add(EndpointApplication.class.getName());
        command.add("--server.port=" + port);
        if (jdbc) {
            command.add("--jdpay.notify.idempotency.store=jdbc");
        }
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        EndpointServer server = new EndpointServer(process, port);
        server.awaitReady(log);
        return server;
    }

    String url(String path) {
        return "http://127.0.0.1:" + this.port + path;
    }

    /** How many notifications the handler has taken so far. */
    long handled() {
        return Long.parseLong(get(EndpointApplication.COUNT_PATH).body().trim());
    }

    /** CPU time the server process has used so far, all threads, in microseconds; 0 if the system does not tell. */
    long cpuMicros() {
        return this.process
                .info()
                .totalCpuDuration()
                .map(cpu -> cpu.toNanos() / 1000)
                .orElse(0L);
    }

    /** Posts one body and returns the status and the answer, to check an endpoint before loading it. */
    HttpResponse<String> post(String path, String body) {
        return post(path, body.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/xml;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return this.http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException ex) {
            throw new IllegalStateException(request.uri() + " did not answer: " + ex, ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", ex);
        }
    }

    private void awaitReady(Path log) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!this.process.isAlive()) {
                throw new IllegalStateException("the endpoint application stopped; see " + log);
            }
            try {
                handled();
                return;
            } catch (IllegalStateException notYet) {
                sleep(200);
            }
        }
        close();
        throw new IllegalStateException("the endpoint application did not start within " + START_TIMEOUT);
    }

    @Override
    public void close() {
        this.process.destroy();
        try {
            if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
                this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException ex) {
            this.process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", ex);
        }
    }
}
