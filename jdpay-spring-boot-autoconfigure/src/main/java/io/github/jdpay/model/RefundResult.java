package io.github.jdpay.model;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * JD's verified state of a refund or revocation, as {@code refund}, {@code revoke}, {@code query} and
 * {@code queryRefund} report it.
 *
 * @param tradeNum the refund's (or revocation's) merchant trade number
 * @param tradeType {@link TradeType#REFUND} or {@link TradeType#REVOKE}
 * @param originalTradeNum the refunded payment's trade number, when sent
 * @param amount amount given back
 * @param tradeTime when the refund was created, when sent
 * @param note merchant's remark as sent with the refund
 * @param status where the refund stands
 */
public record RefundResult(
        String tradeNum,
        TradeType tradeType,
        @Nullable String originalTradeNum,
        Money amount,
        @Nullable Instant tradeTime,
        @Nullable String note,
        RefundStatus status) {

    public RefundResult {
        Objects.requireNonNull(tradeNum, "tradeNum");
        Objects.requireNonNull(tradeType, "tradeType");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
    }
}
