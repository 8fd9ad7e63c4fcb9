package io.github.jdpay.sample.order;

import io.github.jdpay.model.Money;
import io.github.jdpay.notify.JdPayNotifyHandler;
import io.github.jdpay.notify.RefundNotification;
import io.github.jdpay.notify.TradeNotification;
import io.github.jdpay.notify.aggregate.AggregateNotification;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * JD's notifications, which alone decide that an order is paid or refunded. Each arrives verified (signed by JD) and,
 * through the JDBC idempotency store, once; still every handler is idempotent itself, one transaction on the locked
 * order, so that a repeat changes nothing but the count of notifications.
 *
 * <p>A notification that contradicts the shop's records (another merchant or amount, an unknown order, a payment of a
 * closed order) throws {@link NotificationMismatchException} and changes nothing: JD is answered {@code fail} and sends
 * it again later, while the error in the log asks someone to look.
 */
@Component
class PaymentNotifications {

    private static final Log logger = LogFactory.getLog(PaymentNotifications.class);

    private final OrderRepository repository;

    private final OrderLedger ledger;

    PaymentNotifications(OrderRepository repository, OrderLedger ledger) {
        this.repository = repository;
        this.ledger = ledger;
    }

    @JdPayNotifyHandler
    @Transactional
    void paid(TradeNotification notification) {
        if (!notification.isPaid()) {
            // JD notifies successful payments; anything else changes nothing here and needs no retry.
            logger.info("Ignored " + notification);
            return;
        }
        payment(notification.merchantNo(), notification.tradeNum(), notification.amount());
    }

    /** A refund or a revocation (JD's {@code tradeType} 1 or 2), whether the shop asked for it or not. */
    @JdPayNotifyHandler
    @Transactional
    void refunded(RefundNotification notification) {
        if (!notification.isRefunded()) {
            logger.info("Ignored " + notification);
            return;
        }
        refund(
                notification.merchantNo(),
                notification.tradeNum(),
                notification.originalTradeNum(),
                notification.amount());
    }

    /** Aggregate pay's notifications: a payment, or a refund when it names one. */
    @JdPayNotifyHandler
    @Transactional
    void aggregate(AggregateNotification notification) {
        String refundTradeNum = notification.outRefundNo();
        if (!notification.isSuccess()) {
            logger.info("Ignored " + notification);
        } else if (refundTradeNum != null) {
            refund(notification.merchantNo(), refundTradeNum, notification.outTradeNo(), notification.amount());
        } else {
            payment(notification.merchantNo(), notification.outTradeNo(), notification.amount());
        }
    }

    /** The order becomes paid unless it already is (or has been refunded since). */
    private void payment(String merchantNo, String tradeNum, Money amount) {
        ShopOrder order = lockedOrder(merchantNo, tradeNum, "payment");
        if (amount.fen() != order.amountFen()) {
            throw new NotificationMismatchException("JD notified a payment of " + amount.fen() + " fen for order "
                    + tradeNum + " of " + order.amountFen() + " fen");
        }
        if (order.status() == OrderStatus.CLOSED && order.paidAt() == null) {
            // Paid after the shop closed it: the money is there, the goods will not be. Someone must refund it.
            throw new NotificationMismatchException("JD notified a payment of closed order " + tradeNum);
        }
        if (order.status() == OrderStatus.CREATED) {
            order = order.paid(ShopOrder.now());
        }
        this.ledger.save(order.notified());
    }

    /** The refund the shop asked for succeeded, or one made elsewhere (JD's merchant console) is recorded. */
    private void refund(String merchantNo, String refundTradeNum, @Nullable String originalTradeNum, Money amount) {
        // JD names the refunded order; should it not, the shop knows it for the refunds it asked for.
        String tradeNum = (originalTradeNum != null)
                ? originalTradeNum
                : this.repository
                        .findRefund(refundTradeNum)
                        .map(ShopRefund::tradeNum)
                        .orElseThrow(() -> new NotificationMismatchException(
                                "JD notified refund " + refundTradeNum + " of an order it did not name"));
        ShopOrder order = lockedOrder(merchantNo, tradeNum, "refund " + refundTradeNum + " of");
        // Read under the order's lock: JD's answer to the refund may have settled it a moment ago.
        ShopRefund refund = this.repository
                .findRefund(refundTradeNum)
                .orElseGet(() -> recordUnknownRefund(order, refundTradeNum, amount));
        if (!refund.tradeNum().equals(tradeNum) || refund.amountFen() != amount.fen()) {
            throw new NotificationMismatchException("JD notified refund " + refundTradeNum + " of " + amount.fen()
                    + " fen for order " + tradeNum + ", the shop asked for " + refund.amountFen() + " fen of order "
                    + refund.tradeNum());
        }
        this.ledger.save(this.ledger.settle(order, refund).notified());
    }

    private ShopRefund recordUnknownRefund(ShopOrder order, String refundTradeNum, Money amount) {
        if (!order.status().isRefundable() || amount.fen() > order.refundableFen()) {
            throw new NotificationMismatchException("JD notified a refund of " + amount.fen() + " fen for order "
                    + order.tradeNum() + ", which is " + order.status() + " with " + order.refundableFen()
                    + " fen refundable");
        }
        ShopRefund refund = new ShopRefund(
                refundTradeNum,
                order.tradeNum(),
                ShopRefund.Kind.REFUND,
                amount.fen(),
                ShopRefund.Status.PROCESSING,
                ShopOrder.now());
        this.repository.insert(refund);
        return refund;
    }

    /** The order, locked until the transaction ends, if it is the shop's and that merchant's. */
    private ShopOrder lockedOrder(String merchantNo, String tradeNum, String what) {
        ShopOrder order = this.repository
                .lock(tradeNum)
                .orElseThrow(() -> new NotificationMismatchException(
                        "JD notified the " + what + " order " + tradeNum + ", which the shop does not know"));
        if (!order.merchantNo().equals(merchantNo)) {
            throw new NotificationMismatchException("JD notified the " + what + " order " + tradeNum + " for merchant "
                    + merchantNo + ", the order is merchant " + order.merchantNo() + "'s");
        }
        return order;
    }
}
