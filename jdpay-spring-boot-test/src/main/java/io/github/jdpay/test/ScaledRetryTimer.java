package io.github.jdpay.test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** The default timer: JD's waits in real time, divided by the time scale, on a daemon thread of the simulator. */
final class ScaledRetryTimer implements RetryTimer {

    private final double timeScale;

    private final ScheduledExecutorService scheduler =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("jdpay-simulator-retry"));

    ScaledRetryTimer(double timeScale) {
        this.timeScale = timeScale;
    }

    @Override
    public long now() {
        return System.nanoTime();
    }

    @Override
    public void schedule(long origin, Duration offset, Supplier<CompletableFuture<?>> attempt) {
        long realOffset = (long) (offset.toNanos() / this.timeScale);
        long delay = Math.max(0, origin + realOffset - System.nanoTime());
        this.scheduler.schedule(attempt::get, delay, TimeUnit.NANOSECONDS);
    }

    @Override
    public <T> CompletableFuture<T> sentNow(CompletableFuture<T> answered) {
        return answered;
    }

    @Override
    public void flush() {
        // Waiting attempts of an older generation end their jobs when their time comes.
    }

    @Override
    public void close() {
        this.scheduler.shutdownNow();
    }
}
