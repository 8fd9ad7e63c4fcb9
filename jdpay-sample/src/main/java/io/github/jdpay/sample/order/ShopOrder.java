package io.github.jdpay.sample.order;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * An order as the shop's database holds it.
 *
 * @param tradeNum the shop's number for the order, JD's {@code tradeNum}
 * @param merchantNo the JD merchant the order was placed with; a notification from another merchant is refused
 * @param title what the payer sees, JD's {@code tradeName}
 * @param amountFen amount to pay, in fen
 * @param channel how the payer pays
 * @param status where the order stands
 * @param refundedFen amount refunded so far, in fen
 * @param notificationsHandled how many distinct JD notifications (payment and refunds) this order has handled
 * @param jdOrderId JD's order id, when JD answered with one
 * @param payUrl the URL the payer scans, for QR channels
 * @param createdAt when the order was placed
 * @param paidAt when JD's payment notification was handled
 */
public record ShopOrder(
        String tradeNum,
        String merchantNo,
        String title,
        long amountFen,
        Channel channel,
        OrderStatus status,
        long refundedFen,
        int notificationsHandled,
        @Nullable String jdOrderId,
        @Nullable String payUrl,
        Instant createdAt,
        @Nullable Instant paidAt) {

    /** A new, unpaid order. */
    static ShopOrder create(
            String tradeNum, String merchantNo, String title, long amountFen, Channel channel, Instant now) {
        return new ShopOrder(
                tradeNum, merchantNo, title, amountFen, channel, OrderStatus.CREATED, 0, 0, null, null, now, null);
    }

    /** The current time as the shop records it: to the millisecond, which every database and JSON reader keeps. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Refundable amount left, in fen, not counting refunds still in progress. */
    public long refundableFen() {
        return this.amountFen - this.refundedFen;
    }

    ShopOrder withJdOrder(@Nullable String jdOrderId, @Nullable String payUrl) {
        return with(this.status, this.refundedFen, this.notificationsHandled, jdOrderId, payUrl, this.paidAt);
    }

    ShopOrder paid(Instant at) {
        return with(OrderStatus.PAID, this.refundedFen, this.notificationsHandled, this.jdOrderId, this.payUrl, at);
    }

    ShopOrder refunded(long fen) {
        long refunded = this.refundedFen + fen;
        OrderStatus next = (refunded == this.amountFen) ? OrderStatus.REFUNDED : OrderStatus.PARTIALLY_REFUNDED;
        return with(next, refunded, this.notificationsHandled, this.jdOrderId, this.payUrl, this.paidAt);
    }

    /** Revoked: JD closed it, and gave the whole amount back if it had been paid. */
    ShopOrder revoked() {
        long refunded = (this.paidAt != null) ? this.amountFen : 0;
        return with(OrderStatus.CLOSED, refunded, this.notificationsHandled, this.jdOrderId, this.payUrl, this.paidAt);
    }

    ShopOrder closed() {
        return with(
                OrderStatus.CLOSED,
                this.refundedFen,
                this.notificationsHandled,
                this.jdOrderId,
                this.payUrl,
                this.paidAt);
    }

    ShopOrder notified() {
        return with(
                this.status, this.refundedFen, this.notificationsHandled + 1, this.jdOrderId, this.payUrl, this.paidAt);
    }

    private ShopOrder with(
            OrderStatus status,
            long refundedFen,
            int notificationsHandled,
            @Nullable String jdOrderId,
            @Nullable String payUrl,
            @Nullable Instant paidAt) {
        return new ShopOrder(
                this.tradeNum,
                this.merchantNo,
                this.title,
                this.amountFen,
                this.channel,
                status,
                refundedFen,
                notificationsHandled,
                jdOrderId,
                payUrl,
                this.createdAt,
                paidAt);
    }
}
