package io.github.jdpay.test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** The mutable record of one payment order; every access is guarded by the {@link OrderBook} that owns it. */
final class Trade {

    final OrderRequest request;

    final String orderId;

    /** An unguessable token naming the order in cashier and QR URLs. */
    final String payKey;

    final Instant createdAt;

    final Instant expiresAt;

    final List<SimulatedRefund> refunds = new ArrayList<>();

    long amount;

    OrderState state = OrderState.CREATED;

    @Nullable
    Instant paidAt;

    Trade(OrderRequest request, String orderId, String payKey, Instant createdAt) {
        this.request = request;
        this.orderId = orderId;
        this.payKey = payKey;
        this.createdAt = createdAt;
        this.expiresAt = createdAt.plusSeconds(request.expireSeconds());
        this.amount = request.amount();
    }

    boolean sameContent(OrderRequest other) {
        return this.request.channel().equals(other.channel()) && content().equals(content(other));
    }

    private Map<String, String> content() {
        return content(this.request);
    }

    private static Map<String, String> content(OrderRequest request) {
        Map<String, String> content = new TreeMap<>(request.content());
        content.keySet().removeAll(OrderRequest.VOLATILE_FIELDS);
        return content;
    }

    long refundable() {
        long refunded = this.refunds.stream()
                .filter(SimulatedRefund::succeeded)
                .mapToLong(SimulatedRefund::amount)
                .sum();
        return (this.paidAt != null) ? this.amount - refunded : 0;
    }

    SimulatedOrder snapshot(String payUrl) {
        OrderRequest r = this.request;
        return new SimulatedOrder(
                r.merchant(),
                r.tradeNum(),
                this.orderId,
                r.channel(),
                this.amount,
                r.currency(),
                r.tradeName(),
                r.note(),
                r.userId(),
                r.notifyUrl(),
                r.callbackUrl(),
                this.state,
                this.createdAt,
                this.expiresAt,
                this.paidAt,
                payUrl,
                this.refunds);
    }
}
