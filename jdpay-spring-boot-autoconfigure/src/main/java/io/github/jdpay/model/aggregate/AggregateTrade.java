package io.github.jdpay.model.aggregate;

import io.github.jdpay.model.Money;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * JD's verified state of an aggregate order, as {@code /m/pay} and {@code /m/querytrade} report it.
 *
 * @param outTradeNo the merchant's number of the order
 * @param tradeNo JD's number of the order (聚合订单号), when sent
 * @param amount the order's amount
 * @param payStatus where the order stands
 * @param piType the wallet that paid, {@link PiType#UNKNOWN} when not (yet) known
 * @param payFinishTime when it was paid, once paid
 * @param piAmount what the wallet charged, when sent
 * @param couponAmount the coupons' share, when sent
 * @param transactionId the wallet's transaction number, when sent
 * @param returnParams the merchant's parameters, echoed
 */
public record AggregateTrade(
        String outTradeNo,
        @Nullable String tradeNo,
        Money amount,
        PayStatus payStatus,
        PiType piType,
        @Nullable Instant payFinishTime,
        @Nullable Money piAmount,
        @Nullable Money couponAmount,
        @Nullable String transactionId,
        @Nullable String returnParams) {

    public AggregateTrade {
        Objects.requireNonNull(outTradeNo, "outTradeNo");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(payStatus, "payStatus");
        Objects.requireNonNull(piType, "piType");
    }

    /**
     * Reads JD's verified plaintext of a trade.
     *
     * @throws io.github.jdpay.exception.JdPayMalformedMessageException if a required field is missing or malformed
     */
    public static AggregateTrade from(Map<String, String> plaintext) {
        AggregatePlaintext fields = new AggregatePlaintext(plaintext);
        return new AggregateTrade(
                fields.required("outTradeNo"),
                fields.optional("tradeNo"),
                fields.amount("amount"),
                fields.payStatus(),
                fields.piType(),
                fields.time("payFinishTime"),
                fields.optionalAmount("piAmount"),
                fields.optionalAmount("couponAmount"),
                fields.optional("transactionId"),
                fields.optional("returnParams"));
    }

    /** Whether the payer has paid: {@link PayStatus#FINISH}, or {@link PayStatus#REFUND} after refunds. */
    public boolean isPaid() {
        return this.payStatus == PayStatus.FINISH || this.payStatus == PayStatus.REFUND;
    }
}
