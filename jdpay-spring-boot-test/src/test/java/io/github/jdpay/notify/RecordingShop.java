package io.github.jdpay.notify;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/** A shop's notification handlers that record each call, and fail or wait when a test asks them to. */
class RecordingShop {

    final List<TradeNotification> payments = new CopyOnWriteArrayList<>();

    final List<RefundNotification> refunds = new CopyOnWriteArrayList<>();

    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();

    private volatile @Nullable CountDownLatch gate;

    final CountDownLatch entered = new CountDownLatch(1);

    @JdPayNotifyHandler
    void paid(TradeNotification notification) throws InterruptedException {
        this.payments.add(notification);
        work(notification.tradeNum());
    }

    @JdPayNotifyHandler
    void refunded(RefundNotification notification) throws InterruptedException {
        this.refunds.add(notification);
        work(notification.tradeNum());
    }

    /** The next {@code times} calls for {@code tradeNum} throw, as a handler whose database is down. */
    void fail(String tradeNum, int times) {
        this.failuresLeft.put(tradeNum, new AtomicInteger(times));
    }

    /** Calls wait until {@link #releaseCalls()}, after counting down {@link #entered}. */
    void holdCalls() {
        this.gate = new CountDownLatch(1);
    }

    void releaseCalls() {
        CountDownLatch closed = this.gate;
        this.gate = null;
        if (closed != null) {
            closed.countDown();
        }
    }

    long calls(String tradeNum) {
        return this.payments.stream().filter(n -> n.tradeNum().equals(tradeNum)).count()
                + this.refunds.stream()
                        .filter(n -> n.tradeNum().equals(tradeNum))
                        .count();
    }

    private void work(String tradeNum) throws InterruptedException {
        CountDownLatch closed = this.gate;
        if (closed != null) {
            this.entered.countDown();
            if (!closed.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never opened the gate");
            }
        }
        AtomicInteger left = this.failuresLeft.get(tradeNum);
        if (left != null && left.getAndDecrement() > 0) {
            throw new IllegalStateException("order database is down");
        }
    }
}
