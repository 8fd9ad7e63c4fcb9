/**
 * JD's asynchronous notifications: {@link io.github.jdpay.notify.JdPayNotifyHandler} methods receive verified, typed
 * notifications, once each, and JD is answered {@code success} only after the method returned.
 *
 * <h2>The pipeline</h2>
 * Every POST to a notification endpoint goes through the same steps, whatever kind of notification it carries:
 * <ol>
 *   <li>the body is read up to {@code jdpay.notify.max-body-size} (a larger one gets 413, unread past the limit);
 *   <li>the route's {@link io.github.jdpay.notify.JdPayNotificationSource} opens it: envelope parsed with DTDs and
 *       external entities refused, merchant chosen by the clear-text merchant number, content decrypted and verified
 *       (always), result checked, typed notification and idempotency key built;
 *   <li>the amount is compared with {@link io.github.jdpay.notify.JdPayExpectedAmounts}, if the application has one;
 *   <li>the key is claimed in the {@link io.github.jdpay.notify.idempotency.IdempotencyStore};
 *   <li>the {@code @JdPayNotifyHandler} method for the notification's type is called;
 *   <li>the key is completed and JD is answered 200 {@code success}.
 * </ol>
 * Bad input is answered 4xx {@code fail} before anything is stored; a handler that throws has its claim released and
 * is answered 500 {@code fail}; a delivery whose twin is being handled right now is answered 409 {@code fail}; a
 * delivery of a notification handled before is answered {@code success} without calling the handler. JD re-sends
 * anything not answered {@code success}.
 *
 * <h2>Adding a kind of notification</h2>
 * JD Pay 2.0 XML notifications ({@link io.github.jdpay.notify.TradeNotification},
 * {@link io.github.jdpay.notify.RefundNotification}) are served at {@code jdpay.notify.path} by
 * {@link io.github.jdpay.notify.JdPayXmlNotificationSource}. Another kind, such as aggregate pay's JSON notifications,
 * needs three things and no change to this package:
 * <ol>
 *   <li>a record implementing {@link io.github.jdpay.notify.JdPayNotification} (merchant name and number, trade
 *       number, amount) that keeps personal data out of {@code toString()};
 *   <li>a {@link io.github.jdpay.notify.JdPayNotificationSource} whose {@code notificationTypes()} lists that record
 *       and whose {@code open(byte[])} verifies a body and returns a
 *       {@link io.github.jdpay.notify.VerifiedNotification} (the record and a key from
 *       {@link io.github.jdpay.notify.VerifiedNotification#key}), or throws a
 *       {@link io.github.jdpay.notify.NotificationRejectedException} naming the reason;
 *   <li>a {@link io.github.jdpay.notify.JdPayNotificationRoute} bean with the path it is served at and that source.
 * </ol>
 * Applications then write {@code @JdPayNotifyHandler void on(AggregateNotification n)}; discovery, the endpoint, the
 * store, the amount check and the answers are shared with the XML notifications.
 */
@NullMarked
package io.github.jdpay.notify;

import org.jspecify.annotations.NullMarked;
