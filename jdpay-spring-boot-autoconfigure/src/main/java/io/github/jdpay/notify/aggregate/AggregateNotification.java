package io.github.jdpay.notify.aggregate;

import io.github.jdpay.model.Money;
import io.github.jdpay.model.aggregate.AggregatePlaintext;
import io.github.jdpay.model.aggregate.PayStatus;
import io.github.jdpay.model.aggregate.PiType;
import io.github.jdpay.notify.JdPayExpectedAmounts;
import io.github.jdpay.notify.JdPayNotification;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * JD's verified aggregate-pay (聚合支付) notification (aggregate.md §5), posted to {@code successNotifyUrl} or
 * {@code notifyUrl}: a payment, or a refund when {@link #outRefundNo()} is set. Only {@link PayStatus#FINISH} means
 * the money moved.
 *
 * <pre>{@code
 * @JdPayNotifyHandler
 * void aggregatePaid(AggregateNotification notification) {
 *     if (!notification.isRefund() && notification.isSuccess()) {
 *         orders.markPaid(notification.outTradeNo(), notification.amount());
 *     }
 * }
 * }</pre>
 *
 * @param merchantName {@value #MERCHANT_NAME}, the name {@link JdPayExpectedAmounts} is asked with
 * @param merchantNo JD's aggregate merchant number
 * @param outTradeNo the merchant's number of the order (for a refund: of the refunded order)
 * @param tradeNo JD's number of the order, when sent
 * @param outRefundNo the merchant's number of the refund, for a refund notification
 * @param amount the amount paid, or refunded
 * @param piType the wallet, {@link PiType#UNKNOWN} when not sent
 * @param payStatus where the order or the refund stands ({@code SUCCEED} on the wire reads as {@link PayStatus#FINISH})
 * @param payFinishTime when it was paid, when sent
 * @param plaintext every decrypted field as text, for what this type does not name; may hold the payer's details, keep
 *     it out of logs
 */
public record AggregateNotification(
        String merchantName,
        String merchantNo,
        String outTradeNo,
        @Nullable String tradeNo,
        @Nullable String outRefundNo,
        Money amount,
        PiType piType,
        PayStatus payStatus,
        @Nullable Instant payFinishTime,
        Map<String, String> plaintext)
        implements JdPayNotification {

    /** The merchant name of every aggregate notification: there is one aggregate merchant, {@code jdpay.aggregate}. */
    public static final String MERCHANT_NAME = "aggregate";

    public AggregateNotification {
        Objects.requireNonNull(merchantName, "merchantName");
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(outTradeNo, "outTradeNo");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(piType, "piType");
        Objects.requireNonNull(payStatus, "payStatus");
        plaintext = Collections.unmodifiableMap(new LinkedHashMap<>(plaintext));
    }

    /**
     * Reads a verified notification plaintext of the aggregate merchant {@code merchantNo}.
     *
     * @throws io.github.jdpay.exception.JdPayMalformedMessageException if a required field is missing or malformed
     */
    public static AggregateNotification from(String merchantNo, Map<String, String> plaintext) {
        AggregatePlaintext fields = new AggregatePlaintext(plaintext);
        return new AggregateNotification(
                MERCHANT_NAME,
                merchantNo,
                fields.required("outTradeNo"),
                fields.optional("tradeNo"),
                fields.optional("outRefundNo"),
                fields.amount("amount"),
                fields.piType(),
                fields.payStatus(),
                fields.time("payFinishTime"),
                plaintext);
    }

    /** The trade the notification is about: the refund's {@code outRefundNo}, else the order's {@code outTradeNo}. */
    @Override
    public String tradeNum() {
        return (this.outRefundNo != null) ? this.outRefundNo : this.outTradeNo;
    }

    /** Whether it reports a refund rather than a payment. */
    public boolean isRefund() {
        return this.outRefundNo != null;
    }

    /** Whether the money moved: the order was paid, or the refund made ({@link PayStatus#FINISH}). */
    public boolean isSuccess() {
        return this.payStatus == PayStatus.FINISH;
    }

    @Override
    public String toString() {
        // The plaintext may hold the payer's details: never in logs.
        return "AggregateNotification[merchantNo=" + this.merchantNo + ", outTradeNo=" + this.outTradeNo
                + (isRefund() ? ", outRefundNo=" + this.outRefundNo : "") + ", amount=" + this.amount + ", payStatus="
                + this.payStatus + "]";
    }
}
