package io.github.jdpay.benchmarks.endpoint;

import io.github.jdpay.notify.JdPayNotifyHandler;
import io.github.jdpay.notify.TradeNotification;
import java.util.concurrent.atomic.LongAdder;

/** The benchmark's notification handler: it counts payments and does nothing else. */
public final class NotificationCounter {

    private final LongAdder handled = new LongAdder();

    @JdPayNotifyHandler
    void paid(TradeNotification notification) {
        this.handled.increment();
    }

    /** How many payment notifications were handled. */
    public long handled() {
        return this.handled.sum();
    }
}
