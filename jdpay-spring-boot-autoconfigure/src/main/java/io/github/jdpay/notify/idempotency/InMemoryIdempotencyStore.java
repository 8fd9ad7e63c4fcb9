package io.github.jdpay.notify.idempotency;

import io.github.jdpay.notify.idempotency.jdbc.JdbcIdempotencyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An {@link IdempotencyStore} in this process's memory, bounded: for an application that runs as one instance, and for
 * tests. A retry that reaches another instance is not recognised; use {@link JdbcIdempotencyStore} there.
 *
 * <p>Handled keys are kept for the time to live. When the store is full, expired keys go first, then handled keys
 * older than JD's retry window ({@link IdempotencyTimes#MIN_TIME_TO_LIVE}); if that frees nothing, claims fail (the
 * endpoint answers 503 and JD tries again later) rather than forget a notification JD may still repeat. Thread-safe.
 */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private final IdempotencyTimes times;

    private final int maxEntries;

    /**
     * A store for at most {@code maxEntries} keys.
     *
     * @param times how long claims and handled keys last
     * @param maxEntries the most keys held at once
     */
    public InMemoryIdempotencyStore(IdempotencyTimes times, int maxEntries) {
        this.times = Objects.requireNonNull(times, "times");
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive but is " + maxEntries);
        }
        this.maxEntries = maxEntries;
    }

    @Override
    public Claim claim(String key) {
        Instant now = this.times.clock().instant();
        if (!this.entries.containsKey(key) && this.entries.size() >= this.maxEntries) {
            makeRoom(now);
        }
        Claim[] outcome = new Claim[1];
        this.entries.compute(key, (k, entry) -> {
            if (entry == null || this.times.isExpired(entry.at, now)) {
                outcome[0] = Claim.NEW;
                return new Entry(false, now);
            }
            if (entry.done) {
                outcome[0] = Claim.DONE;
                return entry;
            }
            if (this.times.isStale(entry.at, now)) {
                outcome[0] = Claim.NEW;
                return new Entry(false, now);
            }
            outcome[0] = Claim.IN_PROGRESS;
            return entry;
        });
        return outcome[0];
    }

    @Override
    public void complete(String key) {
        this.entries.put(key, new Entry(true, this.times.clock().instant()));
    }

    @Override
    public void release(String key) {
        this.entries.computeIfPresent(key, (k, entry) -> entry.done ? entry : null);
    }

    /** How many keys the store holds, claimed or handled. */
    public int size() {
        return this.entries.size();
    }

    private synchronized void makeRoom(Instant now) {
        if (this.entries.size() < this.maxEntries) {
            return;
        }
        this.entries.values().removeIf(entry -> this.times.isExpired(entry.at, now));
        if (this.entries.size() < this.maxEntries) {
            return;
        }
        Instant pastRetries = now.minus(IdempotencyTimes.MIN_TIME_TO_LIVE);
        this.entries.values().removeIf(entry -> entry.done && entry.at.isBefore(pastRetries));
        if (this.entries.size() >= this.maxEntries) {
            throw new IllegalStateException("the in-memory idempotency store holds " + this.maxEntries
                    + " notifications from the last "
                    + Duration.between(pastRetries, now).toHours()
                    + " hours, its limit: raise the limit or use the JDBC store");
        }
    }

    private record Entry(boolean done, Instant at) {}
}
