package io.github.jdpay.sample.order;

import io.github.jdpay.model.Money;
import io.github.jdpay.model.RefundStatus;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shop's side of every change of an order or refund, each in one transaction that first locks the order's row:
 * placing orders, starting refunds and applying JD's answers. JD's notifications are applied by
 * {@link PaymentNotifications} in the same way.
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
                    "Order " + tradeNum + " is " + order.status().words() + ": only a paid order can be refunded.");
        }
        List<ShopRefund> refunds = this.repository.refundsOf(tradeNum);
        long refundable = order.refundableFen() - inProgress(refunds);
        long amount = (amountFen != null) ? amountFen : refundable;
        if (refundable <= 0 || amount > refundable) {
            throw new OrderStateException("Only " + yuan(Math.max(refundable, 0)) + " of order " + tradeNum
                    + " is left to refund, not " + yuan(amount) + ".");
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
            String state = (inProgress(refunds) > 0)
                    ? "being refunded"
                    : order.status().words();
            throw new OrderStateException("Order " + tradeNum + " is " + state
                    + ": only an unpaid order, or a paid one with no refund, can be revoked.");
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
        if (status == RefundStatus.FAILED && this.repository.markFailed(current.refundTradeNum())) {
            return current.withStatus(ShopRefund.Status.FAILED);
        }
        return current;
    }

    /**
     * Applies a successful refund or revocation once: a second confirmation finds it succeeded and does nothing. Runs in
     * the caller's transaction, which has locked the order.
     */
    ShopOrder settle(ShopOrder order, ShopRefund refund) {
        if (!this.repository.markSucceeded(refund.refundTradeNum())) {
            return order;
        }
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

    /** An amount as the shop's pages show it: "12.80 yuan". */
    static String yuan(long fen) {
        return Money.ofFen(fen).toYuan() + " yuan";
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

    ShopOrder save(ShopOrder order) {
        this.repository.update(order);
        return order;
    }
}
