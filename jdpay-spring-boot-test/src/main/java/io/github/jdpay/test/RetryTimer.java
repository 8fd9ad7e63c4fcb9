package io.github.jdpay.test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Where a notification's retries wait for their turn: real time divided by the time scale ({@link ScaledRetryTimer}),
 * or a test's {@link ManualTime}. Times are nanoseconds on the timer's own count, meaningful only to the same timer.
 */
interface RetryTimer {

    /** Now on the timer's count: a job's first attempt, from which the schedule's offsets are counted. */
    long now();

    /**
     * Sends an attempt when {@code offset} after {@code origin} has come, at once if it has passed.
     *
     * @param attempt sends the attempt; its future completes once the answer is recorded and the next one scheduled
     * @throws RejectedExecutionException once the simulator is closed
     */
    void schedule(long origin, Duration offset, Supplier<CompletableFuture<?>> attempt);

    /** Learns of an attempt the simulator sent at once, so that a manual time can wait for its answer. */
    <T> CompletableFuture<T> sentNow(CompletableFuture<T> answered);

    /** Runs every attempt still waiting now: called after a reset, so they find it and end their jobs. */
    void flush();

    /** Drops the attempts still waiting: the simulator is closing. */
    void close();
}
