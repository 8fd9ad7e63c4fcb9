package io.github.jdpay.benchmarks.endpoint;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one {@code wrk} run measured, from the {@code RESULT} line of {@code endpoint.lua}.
 *
 * @param requests responses received
 * @param seconds length of the run
 * @param p50Micros median latency
 * @param p99Micros 99th percentile of latency
 * @param maxMicros longest latency
 * @param statusErrors responses with a status of 400 or more
 * @param socketErrors connect, read and write errors and timeouts
 * @param wraps how many times a thread went back to its first body (repeats of a trade number)
 * @param serverCpuMicros CPU time the server process used during the run, all its threads; 0 if unknown
 */
record LoadResult(
        long requests,
        double seconds,
        long p50Micros,
        long p99Micros,
        long maxMicros,
        long statusErrors,
        long socketErrors,
        long wraps,
        long serverCpuMicros) {

    /** Requests per second. */
    double throughput() {
        return this.requests / this.seconds;
    }

    /** The server's CPU time per answered request, in microseconds. */
    double serverCpuPerRequest() {
        return (double) this.serverCpuMicros / this.requests;
    }

    /** The same result with the server's CPU time during the run. */
    LoadResult withServerCpu(long micros) {
        return new LoadResult(
                this.requests,
                this.seconds,
                this.p50Micros,
                this.p99Micros,
                this.maxMicros,
                this.statusErrors,
                this.socketErrors,
                this.wraps,
                micros);
    }

    /** Answers other than 2xx, or none at all. */
    long failures() {
        return this.statusErrors + this.socketErrors;
    }

    /** Reads the {@code RESULT} line from {@code wrk}'s output, if there is one. */
    static Optional<LoadResult> parse(String output) {
        for (String line : output.split("\n")) {
            if (line.startsWith("RESULT ")) {
                Map<String, Long> fields = new HashMap<>();
                for (String field : line.substring("RESULT ".length()).trim().split(" ")) {
                    int eq = field.indexOf('=');
                    fields.put(field.substring(0, eq), Long.parseLong(field.substring(eq + 1)));
                }
                return Optional.of(new LoadResult(
                        fields.get("requests"),
                        fields.get("duration_us") / 1e6,
                        fields.get("p50_us"),
                        fields.get("p99_us"),
                        fields.get("max_us"),
                        fields.get("status_errors"),
                        fields.get("connect_errors")
                                + fields.get("read_errors")
                                + fields.get("write_errors")
                                + fields.get("timeouts"),
                        fields.get("wraps"),
                        0));
            }
        }
        return Optional.empty();
    }
}
