package io.github.jdpay.model;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * JD's verified answer to a payment-code payment. JD does not document this status; anything but
 * {@link TradeStatus#SUCCESS} means: query the payment until it is final.
 *
 * @param tradeNum the payment's merchant trade number
 * @param amount amount of the payment
 * @param tradeTime when it was paid, when sent
 * @param note merchant's remark as sent
 * @param status where the payment stands
 */
public record FkmPayResult(
        String tradeNum, Money amount, @Nullable Instant tradeTime, @Nullable String note, TradeStatus status) {

    public FkmPayResult {
        Objects.requireNonNull(tradeNum, "tradeNum");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
    }
}
