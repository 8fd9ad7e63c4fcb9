package io.github.jdpay.test;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A refund or revoke as the simulator recorded it.
 *
 * @param merchant merchant number
 * @param tradeNum the refund's (or revoke's) own trade number
 * @param originalTradeNum the paid order's trade number ({@code oTradeNum})
 * @param revoke whether this is a revoke ({@code tradeType} 2) rather than a refund ({@code tradeType} 1)
 * @param amount amount in fen
 * @param currency currency, {@code CNY}
 * @param tradeTime the merchant's {@code tradeTime}, as sent
 * @param note the merchant's note, as sent
 * @param notifyUrl where the refund notification goes, if the request named one
 * @param succeeded whether the refund succeeded; a failed one is final
 * @param failureCode the result code of a failed refund
 * @param createdAt when the simulator received it, on the simulator's clock
 */
public record SimulatedRefund(
        String merchant,
        String tradeNum,
        String originalTradeNum,
        boolean revoke,
        long amount,
        String currency,
        String tradeTime,
        String note,
        @Nullable String notifyUrl,
        boolean succeeded,
        @Nullable SimulatorResultCode failureCode,
        Instant createdAt) {

    public SimulatedRefund {
        Objects.requireNonNull(merchant, "merchant");
        Objects.requireNonNull(tradeNum, "tradeNum");
        Objects.requireNonNull(originalTradeNum, "originalTradeNum");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** JD's {@code tradeType}: {@code 1} refund, {@code 2} revoke. */
    public String tradeType() {
        return this.revoke ? "2" : "1";
    }

    /** JD's refund status: {@code 1} success, {@code 2} failure. */
    public String status() {
        return this.succeeded ? "1" : "2";
    }
}
