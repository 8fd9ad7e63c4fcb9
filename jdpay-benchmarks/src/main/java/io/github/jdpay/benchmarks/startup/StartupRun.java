package io.github.jdpay.benchmarks.startup;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cold start of the sample shop in a JVM of its own: the time Spring Boot reports in its {@code Started ... (process
 * running for N)} line, the process's CPU time then, and the wall time from launch. The process is stopped as soon as
 * that line appears, forcibly after 90 s at most.
 *
 * @param uptimeMillis JVM uptime when the application had started, as Spring Boot logs it
 * @param wallMillis time from launching the process to reading that line
 * @param cpuMillis CPU time of the process, all threads, when the line was read (10 ms resolution)
 */
record StartupRun(double uptimeMillis, double wallMillis, double cpuMillis) {

    private static final Pattern STARTED =
            Pattern.compile("Started \\S+ in [0-9.]+ seconds \\(process running for ([0-9.]+)\\)");

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    /** The figure of a {@code Started} line, in milliseconds. */
    static Optional<Double> uptimeMillis(String line) {
        Matcher matcher = STARTED.matcher(line);
        return matcher.find() ? Optional.of(Double.parseDouble(matcher.group(1)) * 1000) : Optional.empty();
    }

    /**
     * Starts the process and waits for its {@code Started} line.
     *
     * @param command the whole command line
     * @param log where the process's output goes, for a look when something fails
     */
    static StartupRun measure(List<String> command, Path log) throws IOException {
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
        long launched = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        watchdog.schedule(process::destroyForcibly, TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        try (BufferedReader out =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                BufferedWriter copy = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            String line;
            while ((line = out.readLine()) != null) {
                Optional<Double> uptime = uptimeMillis(line);
                if (uptime.isPresent()) {
                    double wall = (System.nanoTime() - launched) / 1e6;
                    double cpu = process.info()
                            .totalCpuDuration()
                            .map(d -> d.toNanos() / 1e6)
                            .orElse(Double.NaN);
                    copy.write(line);
                    copy.newLine();
                    stop(process, out);
                    return new StartupRun(uptime.get(), wall, cpu);
                }
                copy.write(line);
                copy.newLine();
            }
            throw new IllegalStateException("the sample stopped without a Started line; see " + log);
        } finally {
            process.destroyForcibly();
            watchdog.shutdownNow();
        }
    }

    private static void stop(Process process, BufferedReader out) {
        process.destroy();
        // Drain what it still prints while it shuts down, so that it never blocks on a full pipe.
        try {
            while (out.readLine() != null) {
                // discard
            }
        } catch (IOException closedOnExit) {
            // the JDK closes the pipe once the process has exited
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the sample stopped", ex);
        }
    }
}
