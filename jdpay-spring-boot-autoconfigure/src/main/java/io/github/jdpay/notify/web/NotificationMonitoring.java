package io.github.jdpay.notify.web;

import io.github.jdpay.notify.observation.JdPayNotificationListener;
import io.github.jdpay.notify.observation.JdPayNotificationObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who watches the {@link NotificationPipeline}: the registry of {@code jdpay.notifications} (no-op: no observation is
 * made), a convention replacing the default one, a listener, and the clock that dates deliveries.
 *
 * @param registry where observations go; {@link ObservationRegistry#NOOP} for none
 * @param convention names and tags the observation, or {@code null} for the default one
 * @param listener sees every delivery, or {@code null}
 * @param clock dates deliveries
 */
public record NotificationMonitoring(
        ObservationRegistry registry,
        @Nullable JdPayNotificationObservationConvention convention,
        @Nullable JdPayNotificationListener listener,
        Clock clock) {

    public NotificationMonitoring {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(clock, "clock");
    }

    /** No observation and no listener. */
    public static NotificationMonitoring none() {
        return new NotificationMonitoring(ObservationRegistry.NOOP, null, null, Clock.systemUTC());
    }
}
