package io.github.jdpay.benchmarks.startup;

import io.github.jdpay.benchmarks.Flags;
import java.nio.file.Path;
import java.util.Map;
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
        Map<String, String> values =
                Flags.values(USAGE, args, "--runs", "--sample-classes", "--sample-classpath", "--work", "--out");
        return new StartupOptions(
                Flags.positive(values, "--runs", 10, 50),
                Path.of(values.getOrDefault("--sample-classes", "jdpay-sample/target/classes")),
                Path.of(values.getOrDefault("--sample-classpath", "jdpay-sample/target/runtime-classpath.txt")),
                Path.of(values.getOrDefault("--work", "jdpay-benchmarks/target/startup")),
                Optional.ofNullable(values.get("--out")).map(Path::of));
    }
}
