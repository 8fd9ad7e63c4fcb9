package io.github.jdpay.benchmarks;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Command-line options of {@link Summary}. The defaults keep a whole run near five minutes on two cores;
 * {@code --long} trades time for tighter spreads.
 *
 * @param rounds how many times each codec call and its primitives run, back to back
 * @param forks JVM forks per benchmark and round
 * @param warmupIterations warm-up iterations of one second per fork
 * @param iterations measured iterations per fork
 * @param millis length of each measured iteration
 * @param include a JMH regular expression that replaces the default selection of benchmarks
 * @param out a file to write the Markdown summary to, besides standard output
 */
record SummaryOptions(
        int rounds,
        int forks,
        int warmupIterations,
        int iterations,
        int millis,
        Optional<String> include,
        Optional<Path> out) {

    static final String USAGE =
            "usage: Summary [--long] [--rounds N] [--forks N] [--warmup N] [--iterations N] [--millis N]"
                    + " [--include REGEX] [--out FILE]";

    static SummaryOptions parse(String... args) {
        int rounds = 3;
        int forks = 1;
        int warmup = 2;
        int iterations = 5;
        int millis = 500;
        Optional<String> include = Optional.empty();
        Optional<Path> out = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--long")) {
                rounds = 5;
                warmup = 3;
                iterations = 10;
                millis = 1000;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value; " + USAGE);
            }
            String value = args[++i];
            switch (flag) {
                case "--rounds" -> rounds = Flags.positive(flag, value);
                case "--forks" -> forks = Flags.positive(flag, value);
                case "--warmup" -> warmup = Flags.positive(flag, value);
                case "--iterations" -> iterations = Flags.positive(flag, value);
                case "--millis" -> millis = Flags.positive(flag, value);
                case "--include" -> include = Optional.of(value);
                case "--out" -> out = Optional.of(Path.of(value));
                default -> throw new IllegalArgumentException("unknown option " + flag + "; " + USAGE);
            }
        }
        return new SummaryOptions(rounds, forks, warmup, iterations, millis, include, out);
    }
}
