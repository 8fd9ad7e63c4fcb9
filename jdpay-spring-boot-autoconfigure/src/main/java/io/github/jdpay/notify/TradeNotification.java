package io.github.jdpay.notify;

import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.PayItem;
import io.github.jdpay.model.PaymentQueryResult;
import io.github.jdpay.model.TradeStatus;
import io.github.jdpay.model.TradeType;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * JD's verified notification about a payment ({@code tradeType} 0): status {@code 2} means paid.
 *
 * @param merchantName name the merchant is configured under ({@code default} for the top-level one)
 * @param merchantNo JD's merchant number
 * @param tradeNum the order's merchant trade number
 * @param tradeType always {@link TradeType#PAYMENT}
 * @param amount amount of the order
 * @param status where the payment stands; only {@link TradeStatus#SUCCESS} means paid
 * @param note merchant's remark as sent with the order
 * @param payList how it was paid (card parts carry JD's masked card data)
 * @param document the decrypted XML exactly as JD signed it, for audit; it holds masked card data, keep it out of logs
 */
public record TradeNotification(
        String merchantName,
        String merchantNo,
        String tradeNum,
        TradeType tradeType,
        Money amount,
        TradeStatus status,
        @Nullable String note,
        List<PayItem> payList,
        String document)
        implements JdPayNotification {

    public TradeNotification {
        Objects.requireNonNull(merchantName, "merchantName");
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(tradeNum, "tradeNum");
        Objects.requireNonNull(tradeType, "tradeType");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        payList = List.copyOf(payList);
        Objects.requireNonNull(document, "document");
    }

    /** The notification of {@code merchant} about a payment as JD's verified document reports it. */
    static TradeNotification of(JdPayMerchant merchant, PaymentQueryResult payment, String document) {
        return new TradeNotification(
                merchant.name(),
                merchant.merchantNo(),
                payment.tradeNum(),
                TradeType.PAYMENT,
                payment.amount(),
                payment.status(),
                payment.note(),
                payment.payList(),
                document);
    }

    /** Whether the payment succeeded. */
    public boolean isPaid() {
        return this.status == TradeStatus.SUCCESS;
    }

    @Override
    public String toString() {
        // The note may carry what the shop knows of its customer, the document and pay list card data.
        return "TradeNotification[merchant=" + this.merchantName + " (" + this.merchantNo + "), tradeNum="
                + this.tradeNum + ", amount=" + this.amount + ", status=" + this.status + ", payList="
                + this.payList.size() + " part(s)]";
    }
}
