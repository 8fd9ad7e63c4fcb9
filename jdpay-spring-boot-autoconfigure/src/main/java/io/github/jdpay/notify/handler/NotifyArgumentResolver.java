package io.github.jdpay.notify.handler;

import io.github.jdpay.notify.JdPayMerchantName;
import io.github.jdpay.notify.JdPayNotification;
import io.github.jdpay.notify.JdPayNotifyHandler;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;

/**
 * Supplies one parameter of {@link JdPayNotifyHandler} methods from the notification being handled. The notification
 * itself and {@link JdPayMerchantName} are built in; declare a bean of this type to support another parameter.
 * Support is decided once per parameter at start-up; a parameter nothing supports fails start-up.
 */
public interface NotifyArgumentResolver {

    /** Whether this resolver supplies the parameter. */
    boolean supportsParameter(MethodParameter parameter);

    /** The value of a supported parameter for this notification. */
    @Nullable
    Object resolveArgument(MethodParameter parameter, JdPayNotification notification);
}
