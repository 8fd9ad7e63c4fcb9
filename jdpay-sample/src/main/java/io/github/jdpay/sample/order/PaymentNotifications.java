package io.github.jdpay.sample.order;

import io.github.jdpay.notify.AggregateNotification;
import io.github.jdpay.notify.JdPayNotifyHandler;
import io.github.jdpay.notify.RefundNotification;
import io.github.jdpay.notify.TradeNotification;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Component;

/**
 * JD's notifications, which alone decide that an order is paid or refunded. Each arrives verified (signed by JD) and
 * at most once (the JDBC idempotency store); each handler is one transaction of the {@link OrderLedger}, idempotent
 * itself, so that a repeat changes nothing. A notification that contradicts the shop's records throws: JD is answered
 * {@code fail} and sends it again later, while the error in the log asks someone to look.
 */
@Component
class PaymentNotifications {

    private static final Log logger = LogFactory.getLog(PaymentNotifications.class);

    private final OrderLedger ledger;

    PaymentNotifications(OrderLedger ledger) {
        this.ledger = ledger;
    }

    @JdPayNotifyHandler
    void paid(TradeNotification notification) {
        if (!notification.isPaid()) {
            // JD notifies successful payments; anything else changes nothing here and needs no retry.
            logger.info("Ignored " + notification);
            return;
        }
        this.ledger.paymentNotified(
                notification.merchantNo(),
                notification.tradeNum(),
                notification.amount().fen());
    }

    /** A refund or a revocation (JD's {@code tradeType} 1 or 2), whether the shop asked for it or not. */
    @JdPayNotifyHandler
    void refunded(RefundNotification notification) {
        if (!notification.isRefunded()) {
            logger.info("Ignored " + notification);
            return;
        }
        this.ledger.refundNotified(
                notification.merchantNo(),
                notification.tradeNum(),
                notification.originalTradeNum(),
                notification.amount().fen());
    }

    /** Aggregate pay's notifications: a payment, or a refund when it names one. */
    @JdPayNotifyHandler
    void aggregate(AggregateNotification notification) {
        String refundTradeNum = notification.outRefundNo();
        if (!notification.isSuccess()) {
            logger.info("Ignored " + notification);
        } else if (refundTradeNum != null) {
            this.ledger.refundNotified(
                    notification.merchantNo(),
                    refundTradeNum,
                    notification.outTradeNo(),
                    notification.amount().fen());
        } else {
            this.ledger.paymentNotified(
                    notification.merchantNo(),
                    notification.outTradeNo(),
                    notification.amount().fen());
        }
    }
}
