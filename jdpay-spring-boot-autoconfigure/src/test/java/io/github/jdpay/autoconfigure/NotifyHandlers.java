package io.github.jdpay.autoconfigure;

import io.github.jdpay.notify.JdPayMerchantName;
import io.github.jdpay.notify.JdPayNotifyHandler;
import io.github.jdpay.notify.RefundNotification;
import io.github.jdpay.notify.TradeNotification;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Handler beans for the notification tests, good and bad. */
final class NotifyHandlers {

    private NotifyHandlers() {}

    /** Records each payment; throws for the first {@code failures} calls. */
    static class Payments {

        final List<TradeNotification> received = new CopyOnWriteArrayList<>();

        final List<String> merchants = new CopyOnWriteArrayList<>();

        final AtomicInteger failures = new AtomicInteger();

        @JdPayNotifyHandler
        void paid(TradeNotification notification, @JdPayMerchantName String merchant) {
            this.received.add(notification);
            this.merchants.add(merchant);
            if (this.failures.getAndDecrement() > 0) {
                throw new IllegalStateException("order database is down");
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class PaymentsConfig {

        @Bean
        Payments payments() {
            return new Payments();
        }
    }

    static class ReturnsSomething {

        @JdPayNotifyHandler
        String paid(TradeNotification notification) {
            return "ok";
        }
    }

    static class TakesNoNotification {

        @JdPayNotifyHandler
        void paid(@JdPayMerchantName String merchant) {}
    }

    static class TakesTwoNotifications {

        @JdPayNotifyHandler
        void both(TradeNotification payment, RefundNotification refund) {}
    }

    static class TakesAnUnknownParameter {

        @JdPayNotifyHandler
        void paid(TradeNotification notification, Integer attempt) {}
    }

    static class SecondPaymentHandler {

        @JdPayNotifyHandler
        void alsoPaid(TradeNotification notification) {}
    }
}
