package io.github.jdpay.notify;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.aot.hint.annotation.Reflective;

/**
 * Marks a method of a bean that handles one kind of JD Pay notification, verified and at most once per notification.
 *
 * <pre>{@code
 * @JdPayNotifyHandler
 * void paid(TradeNotification notification) {
 *     if (notification.isPaid()) {
 *         orders.markPaid(notification.tradeNum(), notification.amount());
 *     }
 * }
 * }</pre>
 *
 * <p>The method returns {@code void} and takes exactly one notification parameter ({@link TradeNotification},
 * {@link RefundNotification} or another {@link JdPayNotification} type an endpoint delivers); it may also take the
 * merchant's configured name as a {@link JdPayMerchantName @JdPayMerchantName} {@code String}. JD is answered
 * {@code success} only after the method returned normally; if it throws, JD is answered {@code fail} and sends the
 * notification again later, so the method must not swallow failures it wants retried.
 *
 * <p>One method per notification type. A method with another signature, or a second method for the same type, stops
 * the application at start-up with a message that names the bean and the method.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
// Ahead-of-time processing registers every handler method for invocation, which a native image needs to call it.
@Reflective
public @interface JdPayNotifyHandler {}
