package io.github.jdpay.notify;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a {@code String} parameter of a {@link JdPayNotifyHandler} method to the name the notified merchant is
 * configured under: {@code default} for the top-level {@code jdpay.*} merchant, {@code <name>} for
 * {@code jdpay.merchants.<name>.*}.
 *
 * <pre>{@code
 * @JdPayNotifyHandler
 * void refunded(RefundNotification notification, @JdPayMerchantName String merchant) { ... }
 * }</pre>
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface JdPayMerchantName {}
