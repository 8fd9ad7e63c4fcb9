package io.github.jdpay.notify.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;

/**
 * How long an {@link IdempotencyStore} keeps what it records, on which clock.
 *
 * @param inProgressTimeout how long a claim that was neither completed nor released blocks other deliveries; longer
 *     than the slowest handler, shorter than the gaps between JD's retries so that a crashed claim is taken over
 * @param timeToLive how long a key is remembered; at least {@link #MIN_TIME_TO_LIVE}
 * @param clock dates claims, usually a {@link Clock}; instances sharing a database need clocks in step (NTP)
 */
public record IdempotencyTimes(Duration inProgressTimeout, Duration timeToLive, InstantSource clock) {

    /** JD's last retry comes 120 minutes after the first delivery; keys live at least an hour longer. */
    public static final Duration MIN_TIME_TO_LIVE = Duration.ofHours(3);

    public IdempotencyTimes {
        Objects.requireNonNull(inProgressTimeout, "inProgressTimeout");
        Objects.requireNonNull(timeToLive, "timeToLive");
        Objects.requireNonNull(clock, "clock");
        if (inProgressTimeout.isNegative() || inProgressTimeout.isZero()) {
            throw new IllegalArgumentException("in-progress timeout must be positive but is " + inProgressTimeout);
        }
        if (timeToLive.compareTo(MIN_TIME_TO_LIVE) < 0) {
            throw new IllegalArgumentException("time to live must be at least " + MIN_TIME_TO_LIVE
                    + " to recognise JD's last retry, but is " + timeToLive);
        }
        if (inProgressTimeout.compareTo(timeToLive) >= 0) {
            throw new IllegalArgumentException("in-progress timeout must be shorter than the time to live");
        }
    }

    /** The defaults: claims time out after 5 minutes, keys live 24 hours, on the system clock. */
    public static IdempotencyTimes defaults() {
        return new IdempotencyTimes(Duration.ofMinutes(5), Duration.ofHours(24), Clock.systemUTC());
    }

    /** Whether a claim made at {@code claimedAt} no longer blocks other deliveries. */
    boolean isStale(Instant claimedAt, Instant now) {
        return claimedAt.isBefore(now.minus(this.inProgressTimeout));
    }

    /** Whether a key recorded at {@code at} is forgotten. */
    boolean isExpired(Instant at, Instant now) {
        return at.isBefore(now.minus(this.timeToLive));
    }
}
