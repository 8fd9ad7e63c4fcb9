package io.github.jdpay.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** One line on the machine a run happened on, since every figure depends on it. */
public final class Machine {

    private Machine() {}

    /** CPUs, their model and the JDK, on one line. */
    public static String describe() {
        return "Machine: " + Runtime.getRuntime().availableProcessors() + " CPUs (" + cpuModel() + "), JDK "
                + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + ")";
    }

    /** The load averages of the last 1, 5 and 15 minutes, as {@code /proc/loadavg} gives them. */
    public static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException ex) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return System.getProperty("os.arch");
        }
        try (Stream<String> lines = Files.lines(cpuinfo)) {
            return lines.filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse(System.getProperty("os.arch"));
        } catch (IOException ex) {
            return System.getProperty("os.arch");
        }
    }
}
