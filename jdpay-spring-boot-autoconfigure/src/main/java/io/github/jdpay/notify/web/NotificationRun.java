package io.github.jdpay.notify.web;

import io.github.jdpay.notify.JdPayNotification;
import io.github.jdpay.notify.JdPayNotificationSource;
import io.github.jdpay.notify.NotificationRejectedException;
import io.github.jdpay.notify.observation.DefaultJdPayNotificationObservationConvention;
import io.github.jdpay.notify.observation.JdPayNotificationListener;
import io.github.jdpay.notify.observation.JdPayNotificationObservationContext;
import io.github.jdpay.notify.observation.JdPayNotificationObservationDocumentation;
import io.github.jdpay.notify.observation.JdPayNotificationOutcome;
import io.micrometer.observation.Observation;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One delivery as it is watched: its observation (when there is a registry), the listener, and the logging context
 * (merchant, trade number and kind in SLF4J's MDC while the handler runs and the outcome is logged).
 */
final class NotificationRun implements AutoCloseable {

    private static final DefaultJdPayNotificationObservationConvention DEFAULT =
            new DefaultJdPayNotificationObservationConvention();

    private final JdPayNotificationObservationContext context;

    private final @Nullable Observation observation;

    private final Observation.@Nullable Scope scope;

    private final @Nullable JdPayNotificationListener listener;

    private boolean logContext;

    NotificationRun(NotificationMonitoring monitoring, JdPayNotificationSource source) {
        this.context =
                new JdPayNotificationObservationContext(monitoring.clock().instant(), kind(source));
        this.listener = monitoring.listener();
        if (monitoring.registry().isNoop()) {
            this.observation = null;
            this.scope = null;
        } else {
            JdPayNotificationObservationContext made = this.context;
            this.observation = JdPayNotificationObservationDocumentation.NOTIFICATIONS
                    .observation(monitoring.convention(), DEFAULT, () -> made, monitoring.registry())
                    .start();
            this.scope = this.observation.openScope();
        }
        if (this.listener != null) {
            this.listener.started(this.context);
        }
    }

    /** The kind a source delivers, if it delivers one kind only. */
    private static String kind(JdPayNotificationSource source) {
        var types = source.notificationTypes();
        return (types.size() == 1) ? kind(types.iterator().next()) : JdPayNotificationObservationContext.UNKNOWN;
    }

    /** {@code TradeNotification} is {@code trade}, {@code AggregateNotification} is {@code aggregate}. */
    static String kind(Class<?> type) {
        String name = type.getSimpleName();
        String kind = name.endsWith("Notification") ? name.substring(0, name.length() - "Notification".length()) : name;
        return kind.toLowerCase(Locale.ROOT);
    }

    void verified(JdPayNotification notification) {
        this.context.verified(kind(notification.getClass()), notification.merchantName(), notification.tradeNum());
        this.logContext = LogContext.put(this.context);
    }

    void rejected(NotificationRejectedException ex) {
        this.context.rejected(ex.getReason(), ex.getMerchantName());
    }

    void ended(JdPayNotificationOutcome outcome) {
        this.context.ended(outcome);
    }

    void failed(Throwable ex) {
        if (this.observation != null) {
            this.observation.error(ex);
        }
    }

    @Override
    public void close() {
        if (this.logContext) {
            LogContext.remove();
        }
        if (this.scope != null && this.observation != null) {
            this.scope.close();
            this.observation.stop();
        }
        if (this.listener != null) {
            this.listener.finished(this.context);
        }
    }
}
