package io.github.jdpay.benchmarks.startup;

import io.github.jdpay.benchmarks.Flags;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Command-line options of {@link StartupSummary}.
 *
 * @param runs cold starts of each variant, after one discarded start of each
 * @param sampleClasses the sample's compiled classes and resources
 * @param sampleClasspath a file holding the sample's runtime class path, as Maven's {@code build-classpath} writes it
 * @param work a directory for the stand-in class and the logs of the last starts
 * @param out a file to write the Markdown summary to, besides standard output
 */
record StartupOptions(int runs, Path sampleClasses, Path sampleClasspath, Path work, Optional<Path> out) {

    static final String USAGE = "usage: StartupSummary [--runs N] [--sample-classes DIR] [--sample-classpath FILE]"
            + " [--work DIR] [--out FILE]";

    static StartupOptions parse(String... args) {
        int runs = 10;
        Path classes = Path.of("jdpay-sample", "target", "classes");
        Path classpath = Path.of("jdpay-sample", "target", "runtime-classpath.txt");
        Path work = Path.of("jdpay-benchmarks", "target", "startup");
        Optional<Path> out = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value; " + USAGE);
            }
            String value = args[++i];
            switch (flag) {
                case "--runs" -> runs = Flags.positive(flag, value);
                case "--sample-classes" -> classes = Path.of(value);
                case "--sample-classpath" -> classpath = Path.of(value);
                case "--work" -> work = Path.of(value);
                case "--out" -> out = Optional.of(Path.of(value));
                default -> throw new IllegalArgumentException("unknown option " + flag + "; " + USAGE);
            }
        }
        if (runs > 50) {
            throw new IllegalArgumentException("--runs is at most 50");
        }
        return new StartupOptions(runs, classes, classpath, work, out);
    }
}
