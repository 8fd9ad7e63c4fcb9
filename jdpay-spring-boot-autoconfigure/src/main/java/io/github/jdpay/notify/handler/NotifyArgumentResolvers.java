package io.github.jdpay.notify.handler;

import io.github.jdpay.notify.JdPayMerchantName;
import io.github.jdpay.notify.JdPayNotification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;

/**
 * The resolvers of handler parameters, built-in ones first, with the choice per parameter cached: start-up decides it,
 * each call only looks it up.
 */
final class NotifyArgumentResolvers {

    private final List<NotifyArgumentResolver> resolvers = new ArrayList<>();

    private final Map<MethodParameter, NotifyArgumentResolver> chosen = new ConcurrentHashMap<>();

    NotifyArgumentResolvers(List<NotifyArgumentResolver> custom) {
        this.resolvers.add(new NotificationParameter());
        this.resolvers.add(new MerchantNameParameter());
        this.resolvers.addAll(custom);
    }

    boolean supportsParameter(MethodParameter parameter) {
        return resolverFor(parameter) != null;
    }

    @Nullable
    Object[] resolve(MethodParameter[] parameters, JdPayNotification notification) {
        @Nullable Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            NotifyArgumentResolver resolver = resolverFor(parameters[i]);
            if (resolver == null) {
                throw new IllegalStateException("no resolver for " + parameters[i]);
            }
            arguments[i] = resolver.resolveArgument(parameters[i], notification);
        }
        return arguments;
    }

    private @Nullable NotifyArgumentResolver resolverFor(MethodParameter parameter) {
        NotifyArgumentResolver resolver = this.chosen.get(parameter);
        if (resolver == null) {
            for (NotifyArgumentResolver candidate : this.resolvers) {
                if (candidate.supportsParameter(parameter)) {
                    this.chosen.put(parameter, candidate);
                    return candidate;
                }
            }
        }
        return resolver;
    }

    /** The notification itself; the registry guarantees that its type matches the parameter's. */
    private static final class NotificationParameter implements NotifyArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return JdPayNotification.class.isAssignableFrom(parameter.getParameterType());
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, JdPayNotification notification) {
            return notification;
        }
    }

    /** {@link JdPayMerchantName @JdPayMerchantName} {@code String}. */
    private static final class MerchantNameParameter implements NotifyArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.hasParameterAnnotation(JdPayMerchantName.class)
                    && parameter.getParameterType() == String.class;
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, JdPayNotification notification) {
            return notification.merchantName();
        }
    }
}
