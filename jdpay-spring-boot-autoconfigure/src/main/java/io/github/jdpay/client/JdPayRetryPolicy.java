package io.github.jdpay.client;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How read-only calls ({@code query}, {@code queryRefund}, {@code getUserRelation}) are retried after an I/O error,
 * a timeout or an HTTP 5xx: bounded exponential back-off with jitter. Calls that move money are never retried.
 *
 * @param maxAttempts attempts in all, the first included; 1 disables retries
 * @param initialBackoff wait before the second attempt, doubled for each further one
 * @param maxBackoff longest wait between two attempts
 */
public record JdPayRetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    public JdPayRetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1 but is " + maxAttempts);
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("backoff must satisfy 0 <= initialBackoff <= maxBackoff");
        }
    }

    /** Three attempts, waiting about 100 ms and then 200 ms. */
    public static JdPayRetryPolicy defaults() {
        return new JdPayRetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(2));
    }

    /** One attempt: no retries. */
    public static JdPayRetryPolicy none() {
        return new JdPayRetryPolicy(1, Duration.ZERO, Duration.ZERO);
    }

    /**
     * The wait before attempt {@code attempt + 1}: {@code initialBackoff * 2^(attempt - 1)}, at most {@code maxBackoff},
     * scaled by a random factor in [0.5, 1) so that clients that failed together do not retry together.
     */
    Duration backoff(int attempt) {
        long base = this.initialBackoff.toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(base, this.maxBackoff.toMillis());
        return Duration.ofMillis(
                (long) (capped * (0.5 + ThreadLocalRandom.current().nextDouble() / 2)));
    }
}
