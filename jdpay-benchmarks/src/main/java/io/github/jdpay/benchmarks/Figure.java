package io.github.jdpay.benchmarks;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * One benchmark's figures: mean time with its 99.9% confidence half-width, and bytes allocated per operation.
 *
 * @param method the benchmark method's simple name
 * @param micros mean microseconds per operation
 * @param error half-width of the 99.9% confidence interval, {@code NaN} when too few iterations ran
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
        return new Figure(
                benchmark.substring(benchmark.lastIndexOf('.') + 1),
                primary.getScore(),
                primary.getScoreError(),
                bytes);
    }

    /** The sum of independent measurements; errors add in quadrature. */
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
