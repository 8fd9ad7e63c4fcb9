package io.github.jdpay.test;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The faults that apply to one call: the sum of injected latencies and at most one fault that changes the outcome.
 *
 * @param latency how long to wait before handling the call
 * @param outcome the fault that changes the answer, if any
 */
record FaultPlan(Duration latency, @Nullable Fault outcome) {

    static final FaultPlan NONE = new FaultPlan(Duration.ZERO, null);

    boolean is(Fault.Kind kind) {
        return this.outcome != null && this.outcome.kind() == kind;
    }

    void sleep() throws InterruptedException {
        if (!this.latency.isZero()) {
            Thread.sleep(this.latency.toMillis(), this.latency.toNanosPart() % 1_000_000);
        }
    }
}
