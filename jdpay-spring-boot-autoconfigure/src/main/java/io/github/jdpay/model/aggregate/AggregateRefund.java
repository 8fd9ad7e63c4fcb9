package io.github.jdpay.model.aggregate;

import io.github.jdpay.model.Money;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * JD's verified state of an aggregate refund, as {@code /m/refund} and {@code /m/queryrefund} report it.
 *
 * @param outRefundNo the merchant's number of the refund
 * @param outTradeNo the refunded order's number, when sent
 * @param tradeRefundNo JD's number of the refund, when sent
 * @param amount the amount given back, when sent
 * @param payStatus {@link PayStatus#FINISH} refunded, {@link PayStatus#PROCESSING} in progress, {@link PayStatus#CLOSE}
 *     failed
 */
public record AggregateRefund(
        String outRefundNo,
        @Nullable String outTradeNo,
        @Nullable String tradeRefundNo,
        @Nullable Money amount,
        PayStatus payStatus) {

    public AggregateRefund {
        Objects.requireNonNull(outRefundNo, "outRefundNo");
        Objects.requireNonNull(payStatus, "payStatus");
    }

    /**
     * Reads JD's verified plaintext of a refund.
     *
     * @throws io.github.jdpay.exception.JdPayMalformedMessageException if a required field is missing or malformed
     */
    public static AggregateRefund from(Map<String, String> plaintext) {
        AggregatePlaintext fields = new AggregatePlaintext(plaintext);
        return new AggregateRefund(
                fields.required("outRefundNo"),
                fields.optional("outTradeNo"),
                fields.optional("tradeRefundNo"),
                fields.optionalAmount("amount"),
                fields.payStatus());
    }

    /** Whether the money has been given back. */
    public boolean isRefunded() {
        return this.payStatus == PayStatus.FINISH;
    }
}
