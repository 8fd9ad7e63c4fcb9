package io.github.jdpay.benchmarks;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Command-line options of {@link Summary}. The defaults keep a whole run near five minutes on two cores;
 * {@code --long} trades time for tighter spreads; {@code --quick} runs every benchmark once, briefly, to show that
 * they run and answer what they should, not how fast (CI).
 *
 * @param rounds how many times each codec call and its primitives run, back to back
 * @param forks JVM forks per benchmark and round
 * @param warmupIterations warm-up iterations of one second per fork
 * @param iterations measured iterations per fork
 * @param warmupMillis length of each warm-up iteration
 * @param millis length of each measured iteration
 * @param quick whether this is a quick run, whose figures are no measurement
 * @param include a JMH regular expression that replaces the default selection of benchmarks
 * @param out a file to write the Markdown summary to, besides standard output
 */
record SummaryOptions(
        int rounds,
        int forks,
        int warmupIterations,
        int iterations,
        int warmupMillis,
        int millis,
        boolean quick,
        Optional<String> include,
        Optional<Path> out) {

    static final String USAGE =
            "usage: Summary [--long | --quick] [--rounds N] [--forks N] [--warmup N] [--iterations N] [--millis N]"
                    + " [--include REGEX] [--out FILE]";

    static SummaryOptions parse(String... args) {
        int rounds = 3;
        int forks = 1;
        int warmup = 2;
        int iterations = 5;
        int warmupMillis = 1000;
        int millis = 500;
        boolean quick = false;
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
            if (flag.equals("--quick")) {
                quick = true;
                rounds = 1;
                // In this JVM: a fork per benchmark would cost more than the benchmarks do.
                forks = 0;
                warmup = 1;
                iterations = 1;
                warmupMillis = 300;
                millis = 200;
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
        return new SummaryOptions(rounds, forks, warmup, iterations, warmupMillis, millis, quick, include, out);
    }
}
