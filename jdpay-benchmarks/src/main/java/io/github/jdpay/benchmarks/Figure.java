package io.github.jdpay.benchmarks;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * One benchmark's figures: the median time of its measured iterations with half their interquartile range, and
 * bytes allocated per operation.
 *
 * <p>Medians rather than means: on a machine shared with other builds, an iteration that another process slowed
 * down moves the mean of a few iterations a long way but the median hardly at all.
 *
 * @param method the benchmark method's simple name
 * @param micros median over iterations of microseconds per operation
 * @param error half the interquartile range of the iterations
 * @param bytes bytes allocated per operation, {@code NaN} without the GC profiler
 */
record Figure(String method, double micros, double error, double bytes) {

    static Figure of(RunResult run) {
        String benchmark = run.getParams().getBenchmark();
        Result<?> primary = run.getPrimaryResult();
        double bytes = Double.NaN;
        for (String label : run.getSecondaryResults().keySet()) {
            // JMH has named it both "·gc.alloc.rate.norm" and "gc.alloc.rate.norm".
            if (label.endsWith("gc.alloc.rate.norm")) {
                bytes = run.getSecondaryResults().get(label).getScore();
            }
        }
        var iterations = primary.getStatistics();
        return new Figure(
                benchmark.substring(benchmark.lastIndexOf('.') + 1),
                iterations.getPercentile(50),
                (iterations.getPercentile(75) - iterations.getPercentile(25)) / 2,
                bytes);
    }

    /** The sum of independent measurements; spreads add in quadrature. */
    static Figure sum(String method, Iterable<Figure> parts) {
        double micros = 0;
        double variance = 0;
        double bytes = 0;
        for (Figure part : parts) {
            micros += part.micros;
            variance += part.error * part.error;
            bytes += part.bytes;
        }
        return new Figure(method, micros, Math.sqrt(variance), bytes);
    }
}
