package io.github.jdpay.notify.idempotency;

import io.github.jdpay.notify.idempotency.jdbc.JdbcIdempotencyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * An {@link IdempotencyStore} in this process's memory, bounded: for an application that runs as one instance, and for
 * tests. A retry that reaches another instance is not recognised; use {@link JdbcIdempotencyStore} there. At least
 * once: the work's effects and the record of its completion are not one commit.
 *
 * <p>Handled keys are kept for the time to live. When the store is full, expired keys go first, then handled keys
 * older than JD's retry window ({@link IdempotencyTimes#MIN_TIME_TO_LIVE}); if that frees nothing, claims fail (the
 * endpoint answers 503 and JD tries again later) rather than forget a notification JD may still repeat. Thread-safe.
 */
public final class InMemoryIdempotencyStore extends LeasedIdempotencyStore {

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private final AtomicLong tokens = new AtomicLong();

    private final int maxEntries;

    /**
     * A store for at most {@code maxEntries} keys, renewing leases on the shared daemon thread.
     *
     * @param times how long leases and handled keys last
     * @param maxEntries the most keys held at once
     */
    public InMemoryIdempotencyStore(IdempotencyTimes times, int maxEntries) {
        this(times, maxEntries, Renewals.daemon());
    }

    /**
     * A store for at most {@code maxEntries} keys.
     *
     * @param times how long leases and handled keys last
     * @param maxEntries the most keys held at once
     * @param renewals runs lease renewals while work runs
     */
    public InMemoryIdempotencyStore(IdempotencyTimes times, int maxEntries, Renewals renewals) {
        super(times, renewals);
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive but is " + maxEntries);
        }
        this.maxEntries = maxEntries;
    }

    @Override
    protected Lease claim(String key, Duration lease) {
        Instant now = times().now();
        if (!this.entries.containsKey(key) && this.entries.size() >= this.maxEntries) {
            makeRoom(now);
        }
        Lease[] found = new Lease[1];
        this.entries.compute(key, (k, entry) -> {
            if (entry != null && now.isBefore(entry.until)) {
                found[0] = entry.done ? Lease.DONE : Lease.IN_PROGRESS;
                return entry;
            }
            found[0] = Lease.claimed(this.tokens.incrementAndGet());
            return new Entry(false, found[0].token(), now.plus(lease));
        });
        return found[0];
    }

    @Override
    protected boolean renew(String key, long token, Duration lease) {
        return replaceHeld(key, token, new Entry(false, token, times().now().plus(lease)));
    }

    @Override
    protected boolean complete(String key, long token, Duration timeToLive) {
        return replaceHeld(key, token, new Entry(true, token, times().now().plus(timeToLive)));
    }

    @Override
    protected void release(String key, long token) {
        replaceHeld(key, token, null);
    }

    /**
     * Replaces the entry of a claim {@code token} holds. A lease that ran out still holds until another claim takes the
     * key over: only a new token fences the old one out.
     */
    private boolean replaceHeld(String key, long token, @Nullable Entry replacement) {
        boolean[] held = new boolean[1];
        this.entries.computeIfPresent(key, (k, entry) -> {
            held[0] = !entry.done && entry.token == token;
            return held[0] ? replacement : entry;
        });
        return held[0];
    }

    /** How many keys the store holds, claimed or handled. */
    public int size() {
        return this.entries.size();
    }

    private synchronized void makeRoom(Instant now) {
        if (this.entries.size() < this.maxEntries) {
            return;
        }
        this.entries.values().removeIf(entry -> !now.isBefore(entry.until));
        if (this.entries.size() < this.maxEntries) {
            return;
        }
        Instant pastRetries = now.minus(IdempotencyTimes.MIN_TIME_TO_LIVE);
        Duration timeToLive = times().timeToLive();
        this.entries
                .values()
                .removeIf(entry -> entry.done && entry.until.minus(timeToLive).isBefore(pastRetries));
        if (this.entries.size() >= this.maxEntries) {
            throw new IllegalStateException("the in-memory idempotency store holds " + this.maxEntries
                    + " notifications from the last "
                    + Duration.between(pastRetries, now).toHours()
                    + " hours, its limit: raise the limit or use the JDBC store");
        }
    }

    /** A claim until its lease ends, or a handled key until its time to live ends. */
    private record Entry(boolean done, long token, Instant until) {}
}
