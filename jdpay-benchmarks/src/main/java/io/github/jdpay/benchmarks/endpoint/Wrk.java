package io.github.jdpay.benchmarks.endpoint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code wrk} against one loopback URL for a fixed time with {@code endpoint.lua}, replaying the bodies of one
 * file set. Every run ends by itself: {@code wrk} stops after its duration, and is killed if it overruns by 30 s.
 */
final class Wrk {

    private final Path script;

    private final int threads;

    private final int connections;

    Wrk(Path script, int threads, int connections) {
        this.script = script;
        this.threads = threads;
        this.connections = connections;
    }

    LoadResult run(String url, Path bodies, int seconds) {
        if (!url.startsWith("http://127.0.0.1:")) {
            throw new IllegalArgumentException("load goes to loopback only, not to " + url);
        }
        List<String> command = List.of(
                "wrk",
                "-t" + this.threads,
                "-c" + this.connections,
                "-d" + seconds + "s",
                "--timeout",
                "5s",
                "--latency",
                "-s",
                this.script.toString(),
                url,
                "--",
                bodies.toString());
        Path log = bodies.resolveSibling(bodies.getFileName() + ".wrk.txt");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(seconds + 30L, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("wrk did not stop after " + seconds + " s: " + command);
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            return LoadResult.parse(output)
                    .orElseThrow(() -> new IllegalStateException("wrk printed no result: " + output));
        } catch (IOException ex) {
            throw new IllegalStateException("could not run wrk (apt-get install -y wrk): " + ex.getMessage(), ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while wrk ran", ex);
        }
    }
}
