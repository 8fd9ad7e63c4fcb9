package io.github.jdpay.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * JD's verified state of a payment, as {@code query} reports it.
 *
 * @param tradeNum the payment's merchant trade number
 * @param amount amount of the order
 * @param status where the payment stands; only {@link TradeStatus#SUCCESS} means paid
 * @param note merchant's remark as sent with the order
 * @param payList how it was paid, empty until it is
 */
public record PaymentQueryResult(
        String tradeNum, Money amount, TradeStatus status, @Nullable String note, List<PayItem> payList) {

    public PaymentQueryResult {
        Objects.requireNonNull(tradeNum, "tradeNum");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        payList = List.copyOf(payList);
    }

    /** Whether the payment succeeded. */
    public boolean isPaid() {
        return this.status == TradeStatus.SUCCESS;
    }
}
