package io.github.jdpay.benchmarks.crash;

import java.time.Duration;
import java.util.Optional;

/**
 * One order's notification and what its deliveries got: when it was first sent and when it was first answered
 * {@code success}. Senders of several threads update it.
 */
final class Delivery {

    private final String tradeNum;

    private final byte[] body;

    private long firstSentNanos = -1;

    private long firstSuccessNanos = -1;

    Delivery(String tradeNum, byte[] body) {
        this.tradeNum = tradeNum;
        this.body = body;
    }

    String tradeNum() {
        return this.tradeNum;
    }

    byte[] body() {
        return this.body;
    }

    synchronized void sent(long nanos) {
        if (this.firstSentNanos < 0) {
            this.firstSentNanos = nanos;
        }
    }

    synchronized void succeeded(long nanos) {
        if (this.firstSuccessNanos < 0) {
            this.firstSuccessNanos = nanos;
        }
    }

    synchronized long firstSentNanos() {
        return this.firstSentNanos;
    }

    /** From the first delivery to the first {@code success}; empty while none was answered so. */
    synchronized Optional<Duration> stuck() {
        if (this.firstSentNanos < 0 || this.firstSuccessNanos < 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(this.firstSuccessNanos - this.firstSentNanos));
    }
}
