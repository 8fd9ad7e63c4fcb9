package io.github.jdpay.test;

import io.github.jdpay.protocol.aggregate.ScanUrlFieldNames;
import io.github.jdpay.test.notify.AggregateNotifications;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The aggregate-pay (聚合支付) core: its own order book (aggregate orders never mix with JD Pay 2.0 ones, even for the
 * same merchant number) and the JSON notifications that follow payments and refunds.
 */
final class AggregateGateway {

    static final String CASHIER = "/payx/";

    final OrderBook book;

    final String baseUrl;

    private final Clock clock;

    private final Map<String, AggregateMerchant> merchants;

    private final Notifier notifier;

    /** The orders created in the sample naming, whose notifications use it too; keyed by merchant and number. */
    private final Set<String> sampleNamed = ConcurrentHashMap.newKeySet();

    AggregateGateway(Clock clock, String baseUrl, Map<String, AggregateMerchant> merchants, Notifier notifier) {
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.book = new OrderBook(clock, channel -> baseUrl + CASHIER);
        this.merchants = Collections.unmodifiableMap(new LinkedHashMap<>(merchants));
        this.notifier = notifier;
    }

    @Nullable
    AggregateMerchant merchant(String merchantNo) {
        return this.merchants.get(merchantNo);
    }

    Map<String, AggregateMerchant> merchants() {
        return this.merchants;
    }

    /** Records the naming an order was created in, for its notifications. */
    void named(String merchant, String outTradeNo, ScanUrlFieldNames names) {
        if (names == ScanUrlFieldNames.SAMPLE) {
            this.sampleNamed.add(merchant + "/" + outTradeNo);
        }
    }

    void clearNames() {
        this.sampleNamed.clear();
    }

    private ScanUrlFieldNames names(String merchant, String outTradeNo) {
        return this.sampleNamed.contains(merchant + "/" + outTradeNo)
                ? ScanUrlFieldNames.SAMPLE
                : ScanUrlFieldNames.TABLE;
    }

    String now() {
        return Gateway.tradeTime(this.clock.instant());
    }

    /** Pays an aggregate order and notifies its {@code notifyUrl} (or {@code successNotifyUrl}). */
    SimulatedOrder pay(String merchant, String outTradeNo, String operation) {
        SimulatedOrder paid = this.book.pay(merchant, outTradeNo, null, operation);
        String url = paid.notifyUrl();
        if (url != null) {
            notify(
                    merchant,
                    paid.tradeNum(),
                    "0",
                    url,
                    names(merchant, paid.tradeNum()).apply(tradeFields(paid)));
        }
        return paid;
    }

    /** Applies a refund and, for a new one with a {@code notifyUrl}, notifies it. */
    SimulatedRefund refund(RefundRequest request, String operation) {
        OrderBook.Refunded applied = this.book.refund(request, operation);
        SimulatedRefund refund = applied.refund();
        String url = refund.notifyUrl();
        if (!applied.repeated() && url != null) {
            notify(request.merchant(), refund.tradeNum(), "1", url, refundFields(refund));
        }
        return refund;
    }

    /** The plaintext describing an order, as querytrade answers and notifications carry it. */
    Map<String, Object> tradeFields(SimulatedOrder order) {
        Instant paidAt = order.paidAt();
        return AggregateNotifications.tradeFields(
                order.merchant(),
                order.tradeNum(),
                order.orderId(),
                order.amount(),
                payStatus(order),
                order.channel().equals("BAR") ? "BAR" : "QR",
                (paidAt != null) ? Gateway.tradeTime(paidAt) : null);
    }

    Map<String, Object> refundFields(SimulatedRefund refund) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("resultCode", "SUCCESS");
        fields.put("merchantNo", refund.merchant());
        fields.put("businessCode", "AGGRE");
        fields.put("version", "V3.0");
        fields.put("outTradeNo", refund.originalTradeNum());
        fields.put("outRefundNo", refund.tradeNum());
        fields.put("tradeRefundNo", "RF" + refund.tradeNum());
        fields.put("amount", refund.amount());
        fields.put("currency", refund.currency());
        fields.put("payStatus", refund.succeeded() ? "FINISH" : "CLOSE");
        return fields;
    }

    /** JD's aggregate {@code payStatus}: PROCESSING until paid, FINISH, REFUND once refunded, CLOSE if closed. */
    static String payStatus(SimulatedOrder order) {
        return switch (order.state()) {
            case CREATED -> "PROCESSING";
            case PAID -> "FINISH";
            case PARTIALLY_REFUNDED, REFUNDED -> "REFUND";
            case REVOKED, EXPIRED -> "CLOSE";
        };
    }

    private void notify(String merchantNo, String tradeNum, String tradeType, String url, Map<String, Object> fields) {
        AggregateMerchant merchant = Objects.requireNonNull(this.merchants.get(merchantNo), merchantNo);
        String body = new AggregateNotifications(merchantNo, merchant.codec()).sign(fields);
        this.notifier.submit(
                new OutgoingNotification(merchantNo, tradeNum, tradeType, url, body, OutgoingNotification.JSON));
    }
}
