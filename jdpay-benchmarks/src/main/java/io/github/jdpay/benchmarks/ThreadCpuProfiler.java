package io.github.jdpay.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Reports the CPU time the benchmark threads spent per operation, as {@value #LABEL}.
 *
 * <p>On a machine whose two cores other builds share, wall-clock time per operation grows with whatever else runs at
 * that moment, and the codec and its primitives run at different moments. A thread's CPU time hardly does: it is
 * what the ratios are computed from. It leaves out the GC threads, so collection cost is not in it; the allocation
 * table covers that.
 */
public final class ThreadCpuProfiler implements InternalProfiler {

    static final String LABEL = "cpu.time.norm";

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<Long, Long> before = new HashMap<>();

    @Override
    public String getDescription() {
        return "CPU time of the JMH worker threads per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        this.before.clear();
        for (Thread worker : workers()) {
            this.before.put(worker.getId(), THREADS.getThreadCpuTime(worker.getId()));
        }
    }

    @Override
    public Collection<? extends Result<?>> afterIteration(
            BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
        long nanos = 0;
        for (Thread worker : workers()) {
            long now = THREADS.getThreadCpuTime(worker.getId());
            nanos += now - this.before.getOrDefault(worker.getId(), 0L);
        }
        long ops = result.getMetadata().getMeasuredOps();
        if (ops <= 0 || !THREADS.isCurrentThreadCpuTimeSupported()) {
            return List.of();
        }
        return List.of(new ScalarResult(LABEL, nanos / 1000.0 / ops, "us/op", AggregationPolicy.AVG));
    }

    private static List<Thread> workers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().contains("jmh-worker"))
                .toList();
    }
}
