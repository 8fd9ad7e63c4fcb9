package io.github.jdpay.notify;

import java.util.Set;

/**
 * Turns the raw body JD posted to one endpoint into a verified, typed notification: the only step that differs
 * between JD Pay 2.0 XML notifications and other kinds (such as aggregate pay's JSON ones). Everything around it (the
 * body limit, the amount check, the idempotency store, the handler call and the answer) is shared; see the package
 * documentation for how a new kind plugs in.
 *
 * <p>An implementation must never return a notification it did not verify: there is no switch that skips
 * verification. It is called concurrently and must be thread-safe.
 */
public interface JdPayNotificationSource {

    /**
     * Every notification type {@link #open(byte[])} may return. A {@link JdPayNotifyHandler} method for a type that
     * no source delivers fails start-up.
     */
    Set<Class<? extends JdPayNotification>> notificationTypes();

    /**
     * Parses, decrypts and verifies a body, checks that it reports success, and maps it to its notification type.
     *
     * @param body the exact bytes received, within the configured size limit
     * @return the notification and its idempotency key
     * @throws NotificationRejectedException if the body must not be acknowledged: malformed, for an unknown merchant,
     *     not verified, a failure result, or a kind this source does not deliver
     */
    VerifiedNotification open(byte[] body);

    /** The answer body that tells JD a notification was handled; {@code success} unless the protocol wants another. */
    default String acknowledgement() {
        return "success";
    }
}
