package io.github.jdpay.sample.order;

/**
 * A verified JD notification contradicts the shop's records (another amount, another merchant, an unknown order).
 * Thrown from a notification handler it leaves the notification unacknowledged, so JD sends it again while someone
 * looks into it; the order is not changed.
 */
public class NotificationMismatchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotificationMismatchException(String message) {
        super(message);
    }
}
