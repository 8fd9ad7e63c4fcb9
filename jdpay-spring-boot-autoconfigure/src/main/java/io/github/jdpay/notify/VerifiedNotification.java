package io.github.jdpay.notify;

import io.github.jdpay.notify.idempotency.IdempotencyStore;
import java.util.Objects;

/**
 * What a {@link JdPayNotificationSource} makes of a body it accepted: the typed notification and the key that
 * recognises JD's repeated deliveries of it.
 *
 * @param notification the typed notification, handed to the {@link JdPayNotifyHandler} method for its type
 * @param idempotencyKey the same for every delivery of one notification and different for any other; build it with
 *     {@link #key(String, String, String, String)}
 */
public record VerifiedNotification(JdPayNotification notification, String idempotencyKey) {

    /** Longest key accepted, so that every {@link IdempotencyStore} can index it. */
    public static final int MAX_KEY_LENGTH = 255;

    public VerifiedNotification {
        Objects.requireNonNull(notification, "notification");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        if (idempotencyKey.isEmpty() || idempotencyKey.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("idempotency key must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
    }

    /**
     * The key of a notification: merchant number, kind of trade and status as they were on the wire, then the trade
     * number. Status is part of it because a trade that changes state (a failed payment paid later, a refund in
     * progress that succeeds) is notified again, and that later notification must be handled too.
     *
     * @param merchantNo JD's merchant number
     * @param tradeType the wire code of the kind of trade, distinct across notification types of one merchant
     * @param status the wire code of the status
     * @param tradeNum the trade number; last, so that any character in it is safe
     * @throws IllegalArgumentException if a part other than the trade number is empty or contains {@code ':'}
     */
    public static String key(String merchantNo, String tradeType, String status, String tradeNum) {
        return part(merchantNo) + ':' + part(tradeType) + ':' + part(status) + ':' + tradeNum;
    }

    private static String part(String value) {
        if (value.isEmpty() || value.indexOf(':') >= 0) {
            throw new IllegalArgumentException("idempotency key part '" + value + "' is empty or contains ':'");
        }
        return value;
    }
}
