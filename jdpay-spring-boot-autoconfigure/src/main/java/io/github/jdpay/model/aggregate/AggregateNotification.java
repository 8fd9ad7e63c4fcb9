package io.github.jdpay.model.aggregate;

import io.github.jdpay.model.Money;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An aggregate-pay notification JD posted to {@code successNotifyUrl}/{@code notifyUrl} (aggregate.md §5), decrypted
 * and verified: a payment, or a refund when {@link #outRefundNo()} is set.
 *
 * @param merchantNo the aggregate merchant it is for
 * @param outTradeNo the merchant's number of the order (for a refund: of the refunded order)
 * @param tradeNo JD's number of the order, when sent
 * @param outRefundNo the merchant's number of the refund, for a refund notification
 * @param amount the amount paid, or refunded
 * @param piType the wallet, {@link PiType#UNKNOWN} when not sent
 * @param payStatus {@link PayStatus#FINISH} (JD also says {@code SUCCEED}) when paid or refunded
 * @param payFinishTime when it was paid, when sent
 * @param plaintext every decrypted field as text, for what this type does not name
 */
public record AggregateNotification(
        String merchantNo,
        String outTradeNo,
        @Nullable String tradeNo,
        @Nullable String outRefundNo,
        Money amount,
        PiType piType,
        PayStatus payStatus,
        @Nullable Instant payFinishTime,
        Map<String, String> plaintext) {

    public AggregateNotification {
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(outTradeNo, "outTradeNo");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(piType, "piType");
        Objects.requireNonNull(payStatus, "payStatus");
        plaintext = Collections.unmodifiableMap(new LinkedHashMap<>(plaintext));
    }

    /**
     * Reads a verified notification plaintext for {@code merchantNo}.
     *
     * @throws io.github.jdpay.exception.JdPayMalformedMessageException if a required field is missing or malformed
     */
    public static AggregateNotification from(String merchantNo, Map<String, String> plaintext) {
        Plaintext fields = new Plaintext(plaintext);
        return new AggregateNotification(
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

    /** Whether it reports a refund rather than a payment. */
    public boolean isRefund() {
        return this.outRefundNo != null;
    }

    /** Whether it reports money that moved: the order paid, or the refund made ({@link PayStatus#FINISH}). */
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
