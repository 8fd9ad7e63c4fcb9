package io.github.jdpay.test.aggregateshop;

import io.github.jdpay.notify.JdPayNotifyHandler;
import io.github.jdpay.notify.aggregate.AggregateNotification;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A web shop that takes aggregate pay only (no JD Pay 2.0 merchant) and records the notifications it handles. */
@SpringBootApplication
class AggregateShopApplication {

    @Bean
    Orders orders() {
        return new Orders();
    }

    /** The shop's side of a notification: what it was told, once each. */
    static class Orders {

        final List<AggregateNotification> notified = new CopyOnWriteArrayList<>();

        @JdPayNotifyHandler
        void onAggregate(AggregateNotification notification) {
            this.notified.add(notification);
        }
    }
}
