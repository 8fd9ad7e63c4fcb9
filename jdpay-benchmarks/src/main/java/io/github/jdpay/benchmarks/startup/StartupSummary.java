package io.github.jdpay.benchmarks.startup;

import io.github.jdpay.benchmarks.Machine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Starts the sample shop again and again, alternating the {@link Variant}s, and prints a Markdown table of what the
 * JD Pay auto-configurations add to its start-up; see {@code jdpay-benchmarks/startup.sh} and
 * {@code docs/performance.md}.
 */
public final class StartupSummary {

    private static final String MAIN_CLASS = "io.github.jdpay.sample.SampleShopApplication";

    private StartupSummary() {}

    public static void main(String[] args) throws IOException {
        StartupOptions options = StartupOptions.parse(args);
        Files.createDirectories(options.work());
        List<String> base = command(options);
        String loadBefore = Machine.loadAverage();
        progress("one discarded start of each variant");
        for (Variant variant : Variant.values()) {
            run(options, base, variant);
        }
        StartupReport report = new StartupReport();
        Variant[] variants = Variant.values();
        for (int round = 0; round < options.runs(); round++) {
            for (int i = 0; i < variants.length; i++) {
                // Each round starts with another variant, so that none always follows the same one.
                Variant variant = variants[(round + i) % variants.length];
                report.add(variant, run(options, base, variant));
            }
        }
        String summary = describe(options, report, loadBefore, Machine.loadAverage());
        System.out.println();
        System.out.println(summary);
        if (options.out().isPresent()) {
            Files.writeString(options.out().get(), summary);
        }
    }

    private static StartupRun run(StartupOptions options, List<String> base, Variant variant) throws IOException {
        List<String> command = new ArrayList<>(base);
        command.addAll(variant.arguments);
        StartupRun run = StartupRun.measure(
                command, options.work().resolve(variant.name().toLowerCase(Locale.ROOT) + ".log"));
        progress(String.format(
                Locale.ROOT,
                "%-9s started at %5.0f ms of uptime, %5.0f ms wall, %5.0f ms CPU",
                variant,
                run.uptimeMillis(),
                run.wallMillis(),
                run.cpuMillis()));
        return run;
    }

    /** The launch every variant shares: the same JVM, class path (with the stand-in) and port 0. */
    private static List<String> command(StartupOptions options) throws IOException {
        if (!Files.isDirectory(options.sampleClasses()) || !Files.isRegularFile(options.sampleClasspath())) {
            throw new IllegalStateException("build the sample first: " + options.sampleClasses() + " and "
                    + options.sampleClasspath() + " (jdpay-benchmarks/startup.sh does)");
        }
        Path standIns = options.work().resolve("stand-ins");
        String resource = JdPayStandIns.class.getName().replace('.', '/') + ".class";
        Path target = standIns.resolve(resource);
        Files.createDirectories(target.getParent());
        try (InputStream in = StartupSummary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " not found");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        String classpath = options.sampleClasses().toAbsolutePath()
                + java.io.File.pathSeparator
                + Files.readString(options.sampleClasspath()).trim()
                + java.io.File.pathSeparator
                + standIns.toAbsolutePath();
        return List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classpath,
                MAIN_CLASS,
                "--server.port=0");
    }

    private static String describe(StartupOptions options, StartupReport report, String before, String after) {
        return Machine.describe() + ". Load average before the run " + before + ", after it " + after + ".\n\n"
                + String.format(
                        Locale.ROOT,
                        "%d cold starts of each variant after one discarded start of each, in rounds that rotate the"
                                + " order. Start-up is the JVM uptime in Spring Boot's \"Started ... (process running"
                                + " for N)\" line; CPU is the process's CPU time then, all threads. Figures are"
                                + " medians; a difference is the median of the differences within each round.%n%n",
                        options.runs())
                + report.table();
    }

    private static void progress(String line) {
        System.err.println("[startup] " + line);
    }
}
