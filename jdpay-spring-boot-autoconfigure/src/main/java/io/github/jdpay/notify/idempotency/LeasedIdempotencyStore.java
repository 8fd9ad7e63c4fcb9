package io.github.jdpay.notify.idempotency;

import io.github.jdpay.exception.JdPayIdempotencyStoreException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * An {@link IdempotencyStore} over fenced leases, for stores that cannot share the handler's transaction (memory,
 * Redis): at least once. A subclass implements four primitives; this class runs the work between them.
 *
 * <p>A claim that wins gets a lease and a fencing token. While the work runs the lease is renewed every third of its
 * length; when the work returns the key is completed, when it throws the claim is released. Completion, renewal and
 * release name the token and do nothing unless it still holds: a holder whose lease ran out and was taken over (its
 * instance stalled, or lost the store) can neither complete nor release the new holder's claim. A crashed instance's
 * claim is taken over by the first delivery after its lease, which is why the lease is well under JD's one-minute gap.
 *
 * <p>The work can still run twice: when the instance dies after the work's commit and before the completion, or when
 * renewals fail for longer than the lease. Handlers behind such a store must be idempotent on the trade number.
 */
public abstract class LeasedIdempotencyStore implements IdempotencyStore {

    private static final Log logger = LogFactory.getLog(LeasedIdempotencyStore.class);

    private final IdempotencyTimes times;

    private final Renewals renewals;

    /**
     * @param times the lease, how long handled keys live, and the clock
     * @param renewals runs the renewals of leases while their work runs
     */
    protected LeasedIdempotencyStore(IdempotencyTimes times, Renewals renewals) {
        this.times = Objects.requireNonNull(times, "times");
        this.renewals = Objects.requireNonNull(renewals, "renewals");
    }

    /** The times the store was made with. */
    protected final IdempotencyTimes times() {
        return this.times;
    }

    /**
     * Claims a key atomically against every other claim of it, from any instance: {@link Lease.State#NEW} with a token
     * no earlier claim of the key had when it was free, or a claim whose lease ran out; otherwise what holds it.
     */
    protected abstract Lease claim(String key, Duration lease);

    /** Extends the lease of {@code token}'s claim to {@code lease} from now; false if the token no longer holds. */
    protected abstract boolean renew(String key, long token, Duration lease);

    /** Records the key as handled for {@code timeToLive}, if {@code token}'s claim still holds; false if not. */
    protected abstract boolean complete(String key, long token, Duration timeToLive);

    /** Forgets {@code token}'s claim so that the next delivery is handled afresh; nothing if the token no longer holds. */
    protected abstract void release(String key, long token);

    @Override
    public final Outcome runOnce(String key, Work work) throws Exception {
        Lease lease = call("claim", key, () -> claim(key, this.times.lease()));
        if (lease.state() == Lease.State.DONE) {
            return Outcome.DONE;
        }
        if (lease.state() == Lease.State.IN_PROGRESS) {
            return Outcome.IN_PROGRESS;
        }
        long token = lease.token();
        Keeper keeper = new Keeper(key, token);
        Renewal renewal = this.renewals.every(this.times.lease().dividedBy(3), keeper);
        try {
            work.run();
        } catch (Throwable ex) {
            renewal.stop();
            releaseQuietly(key, token);
            throw ex;
        }
        renewal.stop();
        completeQuietly(key, token);
        return Outcome.HANDLED;
    }

    private void releaseQuietly(String key, long token) {
        try {
            release(key, token);
        } catch (RuntimeException ex) {
            logger.error(
                    "Could not release the claim of JD Pay notification " + key
                            + "; the first delivery after its lease takes it over",
                    ex);
        }
    }

    /** The work is done whatever happens here: JD must hear success, or it would send the notification again. */
    private void completeQuietly(String key, long token) {
        try {
            if (!complete(key, token, this.times.timeToLive())) {
                logger.warn("JD Pay notification " + key + " was handled, but its lease had been taken over by another"
                        + " delivery (renewals failed for longer than " + this.times.lease()
                        + "): it may be handled twice");
            }
        } catch (RuntimeException ex) {
            logger.error(
                    "JD Pay notification " + key + " was handled but could not be recorded as such; a delivery"
                            + " after its lease would be handled again",
                    ex);
        }
    }

    private static <T> T call(String operation, String key, Supplier<T> call) {
        try {
            return call.get();
        } catch (JdPayIdempotencyStoreException ex) {
            throw ex;
        } catch (RuntimeException ex) {
            throw new JdPayIdempotencyStoreException(
                    "the idempotency store could not " + operation + " notification " + key + ": " + ex.getMessage(),
                    ex);
        }
    }

    /** Renews one claim's lease; stops trying once the token no longer holds. */
    private final class Keeper implements Runnable {

        private final String key;

        private final long token;

        private final AtomicBoolean lost = new AtomicBoolean();

        Keeper(String key, long token) {
            this.key = key;
            this.token = token;
        }

        @Override
        public void run() {
            if (this.lost.get()) {
                return;
            }
            try {
                if (!renew(this.key, this.token, LeasedIdempotencyStore.this.times.lease())) {
                    this.lost.set(true);
                    logger.warn("The lease of JD Pay notification " + this.key + " was lost while it is handled");
                }
            } catch (RuntimeException ex) {
                // The next renewal may succeed; the lease holds for two more periods.
                logger.warn("Could not renew the lease of JD Pay notification " + this.key + ": " + ex.getMessage());
            }
        }
    }

    /**
     * What a claim found.
     *
     * @param state whether the caller now holds the key
     * @param token the fencing token of a {@link State#NEW} claim, 0 otherwise
     */
    public record Lease(State state, long token) {

        /** Another delivery holds the key. */
        public static final Lease IN_PROGRESS = new Lease(State.IN_PROGRESS, 0);

        /** The key was handled. */
        public static final Lease DONE = new Lease(State.DONE, 0);

        public Lease {
            Objects.requireNonNull(state, "state");
        }

        /** A claim the caller won, fenced by {@code token}. */
        public static Lease claimed(long token) {
            return new Lease(State.NEW, token);
        }

        /** What a claim found. */
        public enum State {

            /** The caller holds the key now, under the lease's token. */
            NEW,

            /** Another delivery holds the key. */
            IN_PROGRESS,

            /** The key was handled. */
            DONE
        }
    }

    /** Runs lease renewals while work runs; injectable, so that tests move time instead of waiting for it. */
    @FunctionalInterface
    public interface Renewals {

        /** Starts running {@code renewal} every {@code period}, the first time one period from now. */
        Renewal every(Duration period, Runnable renewal);

        /** Renewals on a scheduler of the caller's, which the caller shuts down. */
        static Renewals on(ScheduledExecutorService scheduler) {
            Objects.requireNonNull(scheduler, "scheduler");
            return (period, renewal) -> {
                long nanos = period.toNanos();
                ScheduledFuture<?> future = scheduler.scheduleAtFixedRate(renewal, nanos, nanos, TimeUnit.NANOSECONDS);
                return () -> future.cancel(false);
            };
        }

        /**
         * Renewals on one daemon thread shared by the process's stores. A renewal is one short store call bounded by
         * the store's timeout, so one thread keeps up with many leases.
         */
        static Renewals daemon() {
            return on(DaemonScheduler.INSTANCE);
        }
    }

    /** Stops the renewals of one lease. */
    @FunctionalInterface
    public interface Renewal {

        /** Stops them; a renewal running at the time may still finish. */
        void stop();
    }

    /** The shared daemon thread, made on first use. */
    private static final class DaemonScheduler {

        static final ScheduledThreadPoolExecutor INSTANCE = make();

        private static ScheduledThreadPoolExecutor make() {
            ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
                Thread thread = new Thread(runnable, "jdpay-lease-renewal");
                thread.setDaemon(true);
                return thread;
            });
            scheduler.setRemoveOnCancelPolicy(true);
            return scheduler;
        }
    }
}
