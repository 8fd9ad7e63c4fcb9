package io.github.jdpay.notify.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/** Names and tags {@code jdpay.notifications}; implement it (or extend the default) to change what is recorded. */
public interface JdPayNotificationObservationConvention
        extends ObservationConvention<JdPayNotificationObservationContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof JdPayNotificationObservationContext;
    }
}
