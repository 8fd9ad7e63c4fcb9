package io.github.jdpay.client.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/** Names and tags {@code jdpay.client.requests}; implement it (or extend the default) to change what is recorded. */
public interface JdPayClientObservationConvention extends ObservationConvention<JdPayClientObservationContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof JdPayClientObservationContext;
    }
}
