package io.github.jdpay.notify;

import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.RefundResult;
import io.github.jdpay.model.RefundStatus;
import io.github.jdpay.model.TradeType;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * JD's verified notification about a refund ({@code tradeType} 1) or a revocation ({@code tradeType} 2): status
 * {@code 1} means the money is on its way back.
 *
 * @param merchantName name the merchant is configured under ({@code default} for the top-level one)
 * @param merchantNo JD's merchant number
 * @param tradeNum the refund's own merchant trade number
 * @param originalTradeNum the refunded order's trade number ({@code oTradeNum}), when sent
 * @param tradeType {@link TradeType#REFUND} or {@link TradeType#REVOKE}
 * @param amount amount given back
 * @param tradeTime when the refund was made, when sent
 * @param status where the refund stands
 * @param note merchant's remark as sent with the refund
 * @param document the decrypted XML exactly as JD signed it, for audit; keep it out of logs
 */
public record RefundNotification(
        String merchantName,
        String merchantNo,
        String tradeNum,
        @Nullable String originalTradeNum,
        TradeType tradeType,
        Money amount,
        @Nullable Instant tradeTime,
        RefundStatus status,
        @Nullable String note,
        String document)
        implements JdPayNotification {

    public RefundNotification {
        Objects.requireNonNull(merchantName, "merchantName");
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(tradeNum, "tradeNum");
        Objects.requireNonNull(tradeType, "tradeType");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(document, "document");
    }

    /** The notification of {@code merchant} about a refund or revocation as JD's verified document reports it. */
    static RefundNotification of(JdPayMerchant merchant, RefundResult refund, String document) {
        return new RefundNotification(
                merchant.name(),
                merchant.merchantNo(),
                refund.tradeNum(),
                refund.originalTradeNum(),
                refund.tradeType(),
                refund.amount(),
                refund.tradeTime(),
                refund.status(),
                refund.note(),
                document);
    }

    /** Whether the refund succeeded. */
    public boolean isRefunded() {
        return this.status == RefundStatus.SUCCESS;
    }

    @Override
    public String toString() {
        return "RefundNotification[merchant=" + this.merchantName + " (" + this.merchantNo + "), tradeNum="
                + this.tradeNum + ", originalTradeNum=" + this.originalTradeNum + ", tradeType=" + this.tradeType
                + ", amount=" + this.amount + ", status=" + this.status + "]";
    }
}
