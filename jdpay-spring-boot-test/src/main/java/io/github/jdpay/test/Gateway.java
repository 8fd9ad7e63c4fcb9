package io.github.jdpay.test;

import io.github.jdpay.test.notify.NotificationContent;
import io.github.jdpay.test.notify.SignedNotification;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * The simulator's business core shared by every interface: merchants, the order book, and the notifications that
 * follow a payment or a refund.
 */
final class Gateway {

    /** JD stamps trade times in China time. */
    static final DateTimeFormatter TRADE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneId.of("Asia/Shanghai"));

    final Clock clock;

    final OrderBook book;

    final String baseUrl;

    private final Map<String, SimulatedMerchant> merchants;

    private final Notifier notifier;

    Gateway(Clock clock, String baseUrl, Map<String, SimulatedMerchant> merchants, Notifier notifier) {
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.book = new OrderBook(
                clock, channel -> baseUrl + (channel.equals("PC") ? CashierEndpoint.PC : CashierEndpoint.H5));
        this.merchants = Collections.unmodifiableMap(new LinkedHashMap<>(merchants));
        this.notifier = notifier;
    }

    @Nullable
    SimulatedMerchant merchant(String merchantNo) {
        return this.merchants.get(merchantNo);
    }

    Map<String, SimulatedMerchant> merchants() {
        return this.merchants;
    }

    String now() {
        return TRADE_TIME.format(this.clock.instant());
    }

    static String tradeTime(Instant instant) {
        return TRADE_TIME.format(instant);
    }

    SimulatedOrder create(OrderRequest request, String operation) {
        return this.book.create(request, operation);
    }

    /** Pays an order and sends its payment notification. */
    SimulatedOrder pay(String merchant, String tradeNum, @Nullable Long typedAmount, String operation) {
        SimulatedOrder paid = this.book.pay(merchant, tradeNum, typedAmount, operation);
        String url = paid.notifyUrl();
        Instant paidAt = paid.paidAt();
        if (url != null && paidAt != null) {
            NotificationContent content = NotificationContent.payment(paid.tradeNum(), paid.amount(), tradeTime(paidAt))
                    .withNote(paid.note());
            submit(merchant, url, content);
        }
        return paid;
    }

    /** Applies a refund or revoke and, for a new successful refund with a {@code notifyUrl}, notifies it. */
    SimulatedRefund refund(RefundRequest request, String operation) {
        OrderBook.Refunded applied = this.book.refund(request, operation);
        SimulatedRefund refund = applied.refund();
        String url = refund.notifyUrl();
        if (!applied.repeated() && refund.succeeded() && !refund.revoke() && url != null) {
            NotificationContent content = NotificationContent.refund(
                            refund.tradeNum(), refund.originalTradeNum(), refund.amount(), refund.tradeTime())
                    .withNote(refund.note());
            submit(request.merchant(), url, content);
        }
        return refund;
    }

    private void submit(String merchant, String url, NotificationContent content) {
        SimulatedMerchant m = this.merchants.get(merchant);
        if (m == null) {
            return;
        }
        SignedNotification signed = m.notifications().sign(content);
        this.notifier.submit(new OutgoingNotification(
                merchant, content.tradeNum(), content.tradeType(), url, signed.body(), OutgoingNotification.XML));
    }

    /** The merchant of an order named only by its trade number, for the test API. */
    String merchantOf(String tradeNum) {
        if (this.merchants.size() == 1) {
            return this.merchants.keySet().iterator().next();
        }
        List<String> owners = new ArrayList<>();
        for (SimulatedOrder order : this.book.all()) {
            if (order.tradeNum().equals(tradeNum)) {
                owners.add(order.merchant());
            }
        }
        if (owners.isEmpty()) {
            throw new NoSuchElementException("no simulated order " + tradeNum);
        }
        if (owners.size() > 1) {
            throw new IllegalArgumentException(
                    "order " + tradeNum + " exists for merchants " + owners + ": name the merchant");
        }
        return owners.get(0);
    }
}
