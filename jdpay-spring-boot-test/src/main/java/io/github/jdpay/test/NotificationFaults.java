package io.github.jdpay.test;

/**
 * Duplicate and out-of-order notification delivery. Hold notifications, cause a payment and a refund, then
 * {@link #releaseReversed()}: the refund notification arrives before the payment's.
 */
public final class NotificationFaults {

    private final Notifier notifier;

    NotificationFaults(Notifier notifier) {
        this.notifier = notifier;
    }

    /** Sends every attempt twice, even when the first copy was acknowledged, as JD may. */
    public NotificationFaults duplicate() {
        this.notifier.duplicate(true);
        return this;
    }

    /** Keeps new notifications back (nothing is sent) until a release. */
    public NotificationFaults hold() {
        this.notifier.hold();
        return this;
    }

    /** Sends the held notifications in the order they were raised, each first attempt after the previous answer. */
    public void release() {
        this.notifier.release(false);
    }

    /** Sends the held notifications newest first, each first attempt after the previous answer. */
    public void releaseReversed() {
        this.notifier.release(true);
    }

    /** How many notifications are held back. */
    public int held() {
        return this.notifier.heldCount();
    }

    void clear() {
        this.notifier.duplicate(false);
        this.notifier.release(false);
    }
}
