package io.github.jdpay.notify.idempotency;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Renewals that run only when a test says so: time is the test's, not the scheduler's. */
final class ManualRenewals implements LeasedIdempotencyStore.Renewals {

    private final List<Runnable> running = new CopyOnWriteArrayList<>();

    private final List<Duration> periods = new CopyOnWriteArrayList<>();

    @Override
    public LeasedIdempotencyStore.Renewal every(Duration period, Runnable renewal) {
        this.periods.add(period);
        this.running.add(renewal);
        return () -> this.running.remove(renewal);
    }

    /** Runs every renewal that was started and not stopped, once. */
    void runAll() {
        this.running.forEach(Runnable::run);
    }

    /** How many renewals run now. */
    int active() {
        return this.running.size();
    }

    /** The periods renewals were started with. */
    List<Duration> periods() {
        return List.copyOf(this.periods);
    }
}
