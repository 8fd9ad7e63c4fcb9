package io.github.jdpay.notify.observation;

/**
 * Sees every delivery the endpoint processes, with or without an {@code ObservationRegistry}: the {@code jdpay}
 * actuator endpoint keeps its recent notifications and counts through one. Called on the request's thread; must be
 * quick and must not throw.
 */
public interface JdPayNotificationListener {

    /** A delivery arrived; its context is filled in as it is processed. */
    void started(JdPayNotificationObservationContext context);

    /** The delivery was answered; the context holds how it ended. */
    void finished(JdPayNotificationObservationContext context);
}
