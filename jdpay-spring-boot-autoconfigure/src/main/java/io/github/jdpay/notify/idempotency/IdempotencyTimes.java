package io.github.jdpay.notify.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;

/**
 * How long an {@link IdempotencyStore} keeps what it records and waits for its backend, on which clock.
 *
 * @param lease how long a claim holds without renewal; a leased store renews it every third of this while the work
 *     runs, so it is lost only when its instance died or lost the store. Well under JD's first retry gap (one
 *     minute), so that a crashed instance's claim is taken over by JD's next delivery
 * @param timeToLive how long a handled key is remembered; at least {@link #MIN_TIME_TO_LIVE}
 * @param timeout longest wait for one of the store's own operations (a connection, a statement, a command); past it
 *     the store fails, and the endpoint answers 503 at once rather than holding a request thread. At most a third of
 *     the lease, so that a renewal that times out still leaves time for the next one
 * @param clock dates claims and records, usually a {@link Clock}; instances sharing a store need clocks in step (NTP)
 */
public record IdempotencyTimes(Duration lease, Duration timeToLive, Duration timeout, InstantSource clock) {

    /** JD's last retry comes 120 minutes after the first delivery; keys live at least an hour longer. */
    public static final Duration MIN_TIME_TO_LIVE = Duration.ofHours(3);

    public IdempotencyTimes {
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(timeToLive, "timeToLive");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(clock, "clock");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive but is " + lease);
        }
        if (timeToLive.compareTo(MIN_TIME_TO_LIVE) < 0) {
            throw new IllegalArgumentException("time to live must be at least " + MIN_TIME_TO_LIVE
                    + " to recognise JD's last retry, but is " + timeToLive);
        }
        if (lease.compareTo(timeToLive) >= 0) {
            throw new IllegalArgumentException("lease must be shorter than the time to live");
        }
        if (timeout.isNegative() || timeout.isZero() || timeout.multipliedBy(3).compareTo(lease) > 0) {
            throw new IllegalArgumentException(
                    "timeout must be positive and at most a third of the lease (" + lease + ") but is " + timeout);
        }
    }

    /** The defaults: 30-second leases, keys kept 24 hours, 2-second store timeout, on the system clock. */
    public static IdempotencyTimes defaults() {
        return new IdempotencyTimes(
                Duration.ofSeconds(30), Duration.ofHours(24), Duration.ofSeconds(2), Clock.systemUTC());
    }

    /** The instant now, on the clock. */
    public Instant now() {
        return this.clock.instant();
    }
}
