package io.github.jdpay.test;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * The aggregate-pay (聚合支付) side of a {@link JdPaySimulator}, for tests: its orders live apart from JD Pay 2.0
 * orders, even for the same merchant number. Obtain it with {@link JdPaySimulator#aggregate()}.
 */
public final class AggregatePay {

    private final AggregateGateway gateway;

    AggregatePay(AggregateGateway gateway) {
        this.gateway = gateway;
    }

    /** The registered aggregate merchant numbers. */
    public Set<String> merchants() {
        return this.gateway.merchants().keySet();
    }

    /** Pays an order (from getScanUrl or unifiedOrder) as if the payer paid, and sends its notification. */
    public SimulatedOrder pay(String merchantNo, String outTradeNo) {
        return this.gateway.pay(merchantNo, outTradeNo, "pay");
    }

    /**
     * A snapshot of an aggregate order.
     *
     * @throws NoSuchElementException if there is no such order
     */
    public SimulatedOrder order(String merchantNo, String outTradeNo) {
        return findOrder(merchantNo, outTradeNo)
                .orElseThrow(
                        () -> new NoSuchElementException("no aggregate order " + outTradeNo + " of " + merchantNo));
    }

    /** A snapshot of an aggregate order, if it exists. */
    public Optional<SimulatedOrder> findOrder(String merchantNo, String outTradeNo) {
        return this.gateway.book.find(merchantNo, outTradeNo);
    }

    /** Snapshots of every aggregate order, in creation order. */
    public List<SimulatedOrder> orders() {
        return this.gateway.book.all();
    }

    /** JD's {@code payStatus} for an order: PROCESSING, FINISH, REFUND or CLOSE. */
    public String payStatus(String merchantNo, String outTradeNo) {
        return AggregateGateway.payStatus(order(merchantNo, outTradeNo));
    }

    /** Expires an unpaid aggregate order now. */
    public SimulatedOrder expire(String merchantNo, String outTradeNo) {
        return this.gateway.book.expire(merchantNo, outTradeNo);
    }
}
