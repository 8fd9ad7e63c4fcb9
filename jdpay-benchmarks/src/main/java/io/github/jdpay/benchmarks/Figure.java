package io.github.jdpay.benchmarks;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/**
 * One benchmark's figures: medians over its measured iterations, each with half the interquartile range, and bytes
 * allocated per operation.
 *
 * <p>Medians rather than means: an iteration that another process slowed down moves the mean of a few iterations a
 * long way but the median hardly at all.
 *
 * @param method the benchmark method's simple name
 * @param micros wall-clock microseconds per operation
 * @param error half the interquartile range of {@code micros}
 * @param cpuMicros CPU microseconds of the benchmark thread per operation, {@code NaN} without
 *     {@link ThreadCpuProfiler}
 * @param cpuError half the interquartile range of {@code cpuMicros}
 * @param bytes bytes allocated per operation, {@code NaN} without the GC profiler
 */
record Figure(String method, double micros, double error, double cpuMicros, double cpuError, double bytes) {

    static Figure of(RunResult run) {
        String benchmark = run.getParams().getBenchmark();
        Statistics wall = run.getPrimaryResult().getStatistics();
        Result<?> cpu = secondary(run, ThreadCpuProfiler.LABEL);
        Result<?> bytes = secondary(run, "gc.alloc.rate.norm");
        return new Figure(
                benchmark.substring(benchmark.lastIndexOf('.') + 1),
                median(wall),
                halfIqr(wall),
                (cpu != null) ? median(cpu.getStatistics()) : Double.NaN,
                (cpu != null) ? halfIqr(cpu.getStatistics()) : Double.NaN,
                (bytes != null) ? bytes.getScore() : Double.NaN);
    }

    /** The sum of independent measurements; spreads add in quadrature. */
    static Figure sum(String method, Iterable<Figure> parts) {
        double micros = 0;
        double variance = 0;
        double cpu = 0;
        double cpuVariance = 0;
        double bytes = 0;
        for (Figure part : parts) {
            micros += part.micros;
            variance += part.error * part.error;
            cpu += part.cpuMicros;
            cpuVariance += part.cpuError * part.cpuError;
            bytes += part.bytes;
        }
        return new Figure(method, micros, Math.sqrt(variance), cpu, Math.sqrt(cpuVariance), bytes);
    }

    private static Result<?> secondary(RunResult run, String suffix) {
        for (String label : run.getSecondaryResults().keySet()) {
            // JMH has named its own results both "·gc.alloc.rate.norm" and "gc.alloc.rate.norm".
            if (label.endsWith(suffix)) {
                return run.getSecondaryResults().get(label);
            }
        }
        return null;
    }

    private static double median(Statistics statistics) {
        return statistics.getPercentile(50);
    }

    private static double halfIqr(Statistics statistics) {
        return (statistics.getPercentile(75) - statistics.getPercentile(25)) / 2;
    }
}
