package io.github.jdpay.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** One line on the machine a run happened on, since every figure depends on it. */
final class Machine {

    private Machine() {}

    static String describe() {
        return "Machine: " + Runtime.getRuntime().availableProcessors() + " CPUs (" + cpuModel() + "), JDK "
                + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + ")";
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
