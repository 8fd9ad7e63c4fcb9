package io.github.jdpay.benchmarks.endpoint;

import io.github.jdpay.benchmarks.Flags;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Command-line options of {@link EndpointSummary}. The defaults keep a run near three minutes.
 *
 * @param rounds how many times each endpoint is loaded, alternating
 * @param seconds length of each measured load run
 * @param warmupSeconds length of each warm-up run, one per endpoint before the rounds
 * @param connections open connections, as many requests in flight
 * @param threads {@code wrk} threads
 * @param jdbc whether the JDBC idempotency store on H2 replaces the in-memory one
 * @param jfr a flight recording of the server to write, for profiling
 * @param script the {@code wrk} script, {@code endpoint.lua}
 * @param work a directory for the notification files and the server's log
 * @param out a file to write the Markdown summary to, besides standard output
 * @param label what the table calls the library of this build
 * @param compare other builds loaded in the same rounds, by label: each the root of a worktree whose benchmarks
 *     module is built ({@code jdpay-benchmarks/target/classes} and {@code classpath.txt})
 */
record EndpointOptions(
        int rounds,
        int seconds,
        int warmupSeconds,
        int connections,
        int threads,
        boolean jdbc,
        Optional<Path> jfr,
        Path script,
        Path work,
        Optional<Path> out,
        String label,
        Map<String, Path> compare) {

    static final String USAGE = "usage: EndpointSummary [--rounds N] [--seconds N] [--warmup N] [--connections N]"
            + " [--threads N] [--store memory|jdbc] [--jfr FILE] [--script FILE] [--work DIR] [--out FILE]"
            + " [--label NAME] [--compare NAME=WORKTREE[,NAME=WORKTREE...]]";

    static EndpointOptions parse(String... args) {
        Map<String, String> values = Flags.values(
                USAGE,
                args,
                "--rounds",
                "--seconds",
                "--warmup",
                "--connections",
                "--threads",
                "--store",
                "--jfr",
                "--script",
                "--work",
                "--out",
                "--label",
                "--compare");
        return new EndpointOptions(
                Flags.positive(values, "--rounds", 3, 20),
                Flags.positive(values, "--seconds", 10, 60),
                Flags.positive(values, "--warmup", 10, 60),
                Flags.positive(values, "--connections", 16, 256),
                Flags.positive(values, "--threads", 2, 16),
                store(values.getOrDefault("--store", "memory")),
                Optional.ofNullable(values.get("--jfr")).map(Path::of),
                Path.of(values.getOrDefault("--script", "jdpay-benchmarks/endpoint.lua")),
                Path.of(values.getOrDefault("--work", "jdpay-benchmarks/target/endpoint")),
                Optional.ofNullable(values.get("--out")).map(Path::of),
                values.getOrDefault("--label", "this build"),
                compare(values.getOrDefault("--compare", "")));
    }

    private static Map<String, Path> compare(String value) {
        Map<String, Path> builds = new LinkedHashMap<>();
        for (String entry : value.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq < 1 || eq == entry.length() - 1) {
                throw new IllegalArgumentException("--compare takes NAME=WORKTREE but was '" + entry + "'");
            }
            builds.put(entry.substring(0, eq), Path.of(entry.substring(eq + 1)));
        }
        return builds;
    }

    private static boolean store(String value) {
        return switch (value) {
            case "memory" -> false;
            case "jdbc" -> true;
            default -> throw new IllegalArgumentException("--store is memory or jdbc but was '" + value + "'");
        };
    }

    /** The idempotency store, as the table names it. */
    String storeName() {
        return this.jdbc ? "JDBC (H2 in memory)" : "in memory";
    }
}
