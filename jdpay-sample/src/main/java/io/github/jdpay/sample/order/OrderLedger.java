package io.github.jdpay.sample.order;

import io.github.jdpay.model.RefundStatus;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change of an order or refund, each in one transaction that first locks the order's row.
 *
 * <p>The changes JD drives ({@link #paymentNotified}, {@link #refundNotified}) are idempotent: a notification that
 * arrives again changes nothing but the count of notifications. One that contradicts the shop's records throws
 * {@link NotificationMismatchException} and changes nothing, so that JD keeps sending it while someone looks.
 */
@Service
public class OrderLedger {

    private final OrderRepository repository;

    OrderLedger(OrderRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public ShopOrder order(String tradeNum) {
        return this.repository.find(tradeNum).orElseThrow(() -> new OrderNotFoundException(tradeNum));
    }

    @Transactional(readOnly = true)
    public List<ShopOrder> recent(int limit) {
        return this.repository.recent(limit);
    }

    @Transactional(readOnly = true)
    public List<ShopRefund> refunds(String tradeNum) {
        return this.repository.refundsOf(tradeNum);
    }

    /**
     * The amount the shop expects JD to notify for one of its trade numbers: an order's amount, or a refund's.
     *
     * @return empty for a trade number the shop does not know, such as a refund made in JD's merchant console
     */
    @Transactional(readOnly = true)
    public Optional<Long> expectedFen(String tradeNum) {
        Optional<Long> order = this.repository.find(tradeNum).map(ShopOrder::amountFen);
        return order.isPresent() ? order : this.repository.findRefund(tradeNum).map(ShopRefund::amountFen);
    }

    /** Records a new order before JD hears of it, so that JD's notification always finds it. */
    @Transactional
    public void open(ShopOrder order) {
        this.repository.insert(order);
    }

    /** Records what JD answered to the order: its order id and, for QR channels, the URL to scan. */
    @Transactional
    public ShopOrder placed(String tradeNum, @Nullable String jdOrderId, @Nullable String payUrl) {
        ShopOrder order = lock(tradeNum).withJdOrder(jdOrderId, payUrl);
        this.repository.update(order);
        return order;
    }

    /** JD refused the order, or never received it: it can never be paid. */
    @Transactional
    public void refused(String tradeNum) {
        ShopOrder order = lock(tradeNum);
        if (order.status() == OrderStatus.CREATED) {
            this.repository.update(order.closed());
        }
    }

    /**
     * Records a refund before asking JD for it.
     *
     * @param amountFen amount to refund; {@code null} for everything still refundable
     * @throws OrderStateException if the order is not paid or the amount is more than can be refunded
     */
    @Transactional
    public ShopRefund startRefund(String tradeNum, @Nullable Long amountFen) {
        ShopOrder order = lock(tradeNum);
        if (!order.status().isRefundable()) {
            throw new OrderStateException(
                    "order " + tradeNum + " is " + order.status() + ": only a paid order can be refunded");
        }
        List<ShopRefund> refunds = this.repository.refundsOf(tradeNum);
        long refundable = order.refundableFen() - inProgress(refunds);
        long amount = (amountFen != null) ? amountFen : refundable;
        if (refundable <= 0 || amount > refundable) {
            throw new OrderStateException(
                    "order " + tradeNum + " has " + Math.max(refundable, 0) + " fen left to refund, not " + amount);
        }
        return start(order, refunds, ShopRefund.Kind.REFUND, amount);
    }

    /**
     * Records a revocation before asking JD for it.
     *
     * @throws OrderStateException unless the order is unpaid, or paid and not refunded at all
     */
    @Transactional
    public ShopRefund startRevoke(String tradeNum) {
        ShopOrder order = lock(tradeNum);
        List<ShopRefund> refunds = this.repository.refundsOf(tradeNum);
        boolean revocable = order.status() == OrderStatus.CREATED || order.status() == OrderStatus.PAID;
        if (!revocable || inProgress(refunds) > 0) {
            throw new OrderStateException("order " + tradeNum + " is " + order.status()
                    + ": only an unpaid order, or a paid one with no refund, can be revoked");
        }
        return start(order, refunds, ShopRefund.Kind.REVOKE, order.amountFen());
    }

    /**
     * Applies JD's verified answer to a refund or revocation; a status still in progress changes nothing.
     *
     * @return the refund as it stands now
     */
    @Transactional
    public ShopRefund refundAnswered(ShopRefund refund, RefundStatus status) {
        ShopOrder order = lock(refund.tradeNum());
        ShopRefund current = this.repository.findRefund(refund.refundTradeNum()).orElse(refund);
        if (status == RefundStatus.SUCCESS) {
            settle(order, current);
            return current.withStatus(ShopRefund.Status.SUCCEEDED);
        }
        if (status == RefundStatus.FAILED && current.status() == ShopRefund.Status.PROCESSING) {
            current = current.withStatus(ShopRefund.Status.FAILED);
            this.repository.updateStatus(current);
        }
        return current;
    }

    /**
     * JD notified that an order was paid: the order becomes {@link OrderStatus#PAID} unless it already is (or has been
     * refunded since), after checking that merchant and amount are the order's.
     */
    @Transactional
    public ShopOrder paymentNotified(String merchantNo, String tradeNum, long amountFen) {
        ShopOrder order = notified(merchantNo, tradeNum, "payment");
        if (amountFen != order.amountFen()) {
            throw new NotificationMismatchException("JD notified a payment of " + amountFen + " fen for order "
                    + tradeNum + " of " + order.amountFen() + " fen");
        }
        if (order.status() == OrderStatus.CLOSED && order.paidAt() == null) {
            // Paid after the shop closed it: the money is there, the goods will not be. Someone must refund it.
            throw new NotificationMismatchException("JD notified a payment of closed order " + tradeNum);
        }
        if (order.status() == OrderStatus.CREATED) {
            order = order.paid(ShopOrder.now());
        }
        return save(order.notified());
    }

    /**
     * JD notified a refund: the refund the shop asked for succeeded, or one made elsewhere (JD's merchant console) is
     * recorded. Merchant, order and amount must match the shop's records.
     */
    @Transactional
    public ShopOrder refundNotified(
            String merchantNo, String refundTradeNum, @Nullable String originalTradeNum, long amountFen) {
        // JD names the refunded order; should it not, the shop knows it for the refunds it asked for.
        String tradeNum = (originalTradeNum != null)
                ? originalTradeNum
                : this.repository
                        .findRefund(refundTradeNum)
                        .map(ShopRefund::tradeNum)
                        .orElseThrow(() -> new NotificationMismatchException(
                                "JD notified refund " + refundTradeNum + " of an order it did not name"));
        ShopOrder order = notified(merchantNo, tradeNum, "refund " + refundTradeNum + " of");
        ShopRefund refund = this.repository.findRefund(refundTradeNum).orElse(null);
        if (refund == null) {
            if (!order.status().isRefundable() || amountFen > order.refundableFen()) {
                throw new NotificationMismatchException("JD notified a refund of " + amountFen + " fen for order "
                        + tradeNum + ", which is " + order.status() + " with " + order.refundableFen()
                        + " fen refundable");
            }
            refund = new ShopRefund(
                    refundTradeNum,
                    tradeNum,
                    ShopRefund.Kind.REFUND,
                    amountFen,
                    ShopRefund.Status.PROCESSING,
                    ShopOrder.now());
            this.repository.insert(refund);
        } else if (!refund.tradeNum().equals(tradeNum) || refund.amountFen() != amountFen) {
            throw new NotificationMismatchException("JD notified refund " + refundTradeNum + " of " + amountFen
                    + " fen for order " + tradeNum + ", the shop asked for " + refund.amountFen() + " fen of order "
                    + refund.tradeNum());
        }
        return save(settle(order, refund).notified());
    }

    private ShopOrder notified(String merchantNo, String tradeNum, String what) {
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

    /** Applies a successful refund or revocation once: a second confirmation finds it succeeded and does nothing. */
    private ShopOrder settle(ShopOrder order, ShopRefund refund) {
        if (refund.status() == ShopRefund.Status.SUCCEEDED) {
            return order;
        }
        this.repository.updateStatus(refund.withStatus(ShopRefund.Status.SUCCEEDED));
        return save((refund.kind() == ShopRefund.Kind.REVOKE) ? order.revoked() : order.refunded(refund.amountFen()));
    }

    private ShopRefund start(ShopOrder order, List<ShopRefund> earlier, ShopRefund.Kind kind, long amountFen) {
        // A new number for every attempt: JD treats a refused refund's number as spent (RFND100008).
        String suffix = ((kind == ShopRefund.Kind.REFUND) ? "R" : "X") + (earlier.size() + 1);
        ShopRefund refund = new ShopRefund(
                order.tradeNum() + suffix,
                order.tradeNum(),
                kind,
                amountFen,
                ShopRefund.Status.PROCESSING,
                ShopOrder.now());
        this.repository.insert(refund);
        return refund;
    }

    private static long inProgress(List<ShopRefund> refunds) {
        return refunds.stream()
                .filter(refund -> refund.status() == ShopRefund.Status.PROCESSING)
                .mapToLong(ShopRefund::amountFen)
                .sum();
    }

    private ShopOrder lock(String tradeNum) {
        return this.repository.lock(tradeNum).orElseThrow(() -> new OrderNotFoundException(tradeNum));
    }

    private ShopOrder save(ShopOrder order) {
        this.repository.update(order);
        return order;
    }
}
