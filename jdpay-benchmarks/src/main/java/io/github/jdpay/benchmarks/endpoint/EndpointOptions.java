package io.github.jdpay.benchmarks.endpoint;

import io.github.jdpay.benchmarks.Flags;
import java.nio.file.Path;
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
        Optional<Path> out) {

    static final String USAGE = "usage: EndpointSummary [--rounds N] [--seconds N] [--warmup N] [--connections N]"
            + " [--threads N] [--store memory|jdbc] [--jfr FILE] [--script FILE] [--work DIR] [--out FILE]";

    static EndpointOptions parse(String... args) {
        int rounds = 3;
        int seconds = 10;
        int warmup = 10;
        int connections = 16;
        int threads = 2;
        boolean jdbc = false;
        Optional<Path> jfr = Optional.empty();
        Path script = Path.of("jdpay-benchmarks", "endpoint.lua");
        Path work = Path.of("jdpay-benchmarks", "target", "endpoint");
        Optional<Path> out = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value; " + USAGE);
            }
            String value = args[++i];
            switch (flag) {
                case "--rounds" -> rounds = Flags.positive(flag, value);
                case "--seconds" -> seconds = Flags.positive(flag, value);
                case "--warmup" -> warmup = Flags.positive(flag, value);
                case "--connections" -> connections = Flags.positive(flag, value);
                case "--threads" -> threads = Flags.positive(flag, value);
                case "--store" -> jdbc = store(value);
                case "--jfr" -> jfr = Optional.of(Path.of(value));
                case "--script" -> script = Path.of(value);
                case "--work" -> work = Path.of(value);
                case "--out" -> out = Optional.of(Path.of(value));
                default -> throw new IllegalArgumentException("unknown option " + flag + "; " + USAGE);
            }
        }
        if (seconds > 60 || warmup > 60) {
            throw new IllegalArgumentException("--seconds and --warmup are at most 60");
        }
        return new EndpointOptions(rounds, seconds, warmup, connections, threads, jdbc, jfr, script, work, out);
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
