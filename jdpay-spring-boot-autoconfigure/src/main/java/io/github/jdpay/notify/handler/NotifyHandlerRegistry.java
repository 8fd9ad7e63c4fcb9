package io.github.jdpay.notify.handler;

import io.github.jdpay.notify.JdPayNotification;
import io.github.jdpay.notify.JdPayNotificationRoute;
import io.github.jdpay.notify.JdPayNotifyHandler;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.framework.autoproxy.AutoProxyUtils;
import org.springframework.aop.scope.ScopedProxyUtils;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.BeanInitializationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.util.Assert;

/**
 * Finds the {@link JdPayNotifyHandler} methods of all beans once, after every singleton exists, checks their
 * signatures, and gives each notification type its one method. A bad signature, or two methods for one type, fails
 * start-up with a message naming bean and method.
 *
 * <p>The starter registers one; without Spring Boot, declare it as a {@code static} bean.
 */
public final class NotifyHandlerRegistry implements SmartInitializingSingleton, BeanFactoryAware {

    private static final Log logger = LogFactory.getLog(NotifyHandlerRegistry.class);

    private final ObjectProvider<JdPayNotificationRoute> routes;

    private final ObjectProvider<NotifyArgumentResolver> resolvers;

    private @Nullable ConfigurableListableBeanFactory beanFactory;

    private volatile @Nullable Map<Class<?>, NotifyHandlerMethod> handlers;

    /**
     * @param routes the notification endpoints, whose sources say which notification types exist
     * @param resolvers resolvers for parameters beyond the built-in ones, in order
     */
    public NotifyHandlerRegistry(
            ObjectProvider<JdPayNotificationRoute> routes, ObjectProvider<NotifyArgumentResolver> resolvers) {
        this.routes = routes;
        this.resolvers = resolvers;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        Assert.isInstanceOf(ConfigurableListableBeanFactory.class, beanFactory, "needs a listable bean factory");
        this.beanFactory = (ConfigurableListableBeanFactory) beanFactory;
    }

    @Override
    public void afterSingletonsInstantiated() {
        handlers();
    }

    /** Whether any bean has a handler method. */
    public boolean hasHandlers() {
        return !handlers().isEmpty();
    }

    /** The handler methods for these types, as {@code Type -> bean 'name' method ...}, for a start-up log line. */
    public String describe(Collection<Class<? extends JdPayNotification>> types) {
        Map<Class<?>, NotifyHandlerMethod> found = handlers();
        return types.stream()
                .sorted((a, b) -> a.getSimpleName().compareTo(b.getSimpleName()))
                .map(type -> type.getSimpleName() + " -> " + (found.containsKey(type) ? found.get(type) : "no handler"))
                .collect(Collectors.joining(", "));
    }

    /** The handler method for a notification type, or {@code null} if the application has none. */
    @Nullable
    public NotifyHandlerMethod handlerFor(Class<?> notificationType) {
        return handlers().get(notificationType);
    }

    private Map<Class<?>, NotifyHandlerMethod> handlers() {
        Map<Class<?>, NotifyHandlerMethod> found = this.handlers;
        if (found == null) {
            synchronized (this) {
                found = this.handlers;
                if (found == null) {
                    found = discover();
                    this.handlers = found;
                }
            }
        }
        return found;
    }

    private Map<Class<?>, NotifyHandlerMethod> discover() {
        ConfigurableListableBeanFactory factory = this.beanFactory;
        Assert.state(factory != null, "no BeanFactory set");
        Set<Class<?>> delivered = this.routes
                .orderedStream()
                .flatMap(route -> route.source().notificationTypes().stream())
                .collect(Collectors.toSet());
        NotifyArgumentResolvers composite =
                new NotifyArgumentResolvers(this.resolvers.orderedStream().toList());
        Map<Class<?>, NotifyHandlerMethod> found = new LinkedHashMap<>();
        Map<Class<?>, String> declaredBy = new LinkedHashMap<>();
        for (String beanName : factory.getBeanNamesForType(Object.class)) {
            Class<?> type = targetClass(factory, beanName);
            if (type == null || !AnnotationUtils.isCandidateClass(type, JdPayNotifyHandler.class)) {
                continue;
            }
            Map<Method, JdPayNotifyHandler> annotated =
                    MethodIntrospector.selectMethods(type, (MethodIntrospector.MetadataLookup<JdPayNotifyHandler>)
                            method -> AnnotatedElementUtils.findMergedAnnotation(method, JdPayNotifyHandler.class));
            for (Method method : annotated.keySet()) {
                String described = NotifyHandlerMethod.describe(beanName, method);
                Class<?> notificationType = checkSignature(described, method, delivered, composite);
                String previous = declaredBy.putIfAbsent(notificationType, described);
                if (previous != null) {
                    throw new BeanInitializationException("Two @JdPayNotifyHandler methods take "
                            + notificationType.getSimpleName() + ": " + previous + " and " + described
                            + ". Keep one; it may call the other.");
                }
                Class<?> beanType = factory.getType(beanName);
                Method invocable = AopUtils.selectInvocableMethod(method, (beanType != null) ? beanType : type);
                found.put(notificationType, new NotifyHandlerMethod(beanName, factory, method, invocable, composite));
            }
        }
        if (logger.isDebugEnabled()) {
            logger.debug("JD Pay notification handlers: " + found);
        }
        return Map.copyOf(found);
    }

    private static @Nullable Class<?> targetClass(ConfigurableListableBeanFactory factory, String beanName) {
        if (ScopedProxyUtils.isScopedTarget(beanName)) {
            return null;
        }
        try {
            return AutoProxyUtils.determineTargetClass(factory, beanName);
        } catch (RuntimeException ex) {
            // An unresolvable bean type, probably a lazy bean: it cannot be scanned, as Spring's own
            // @EventListener discovery skips it.
            logger.debug("Could not resolve the type of bean '" + beanName + "'", ex);
            return null;
        }
    }

    /** The notification type a handler takes, after checking the rest of its signature. */
    private static Class<?> checkSignature(
            String described, Method method, Set<Class<?>> delivered, NotifyArgumentResolvers resolvers) {
        if (method.getReturnType() != void.class) {
            throw badSignature(described, "returns " + method.getReturnType().getSimpleName() + " instead of void");
        }
        Class<?> notificationType = null;
        for (int i = 0; i < method.getParameterCount(); i++) {
            MethodParameter parameter = new MethodParameter(method, i);
            Class<?> type = parameter.getParameterType();
            if (JdPayNotification.class.isAssignableFrom(type)) {
                if (notificationType != null) {
                    throw badSignature(described, "takes two notifications");
                }
                notificationType = type;
            } else if (!resolvers.supportsParameter(parameter)) {
                throw badSignature(
                        described,
                        "parameter " + i + " (" + type.getSimpleName() + ") is neither a "
                                + "notification nor a @JdPayMerchantName String");
            }
        }
        if (notificationType == null || !delivered.contains(notificationType)) {
            throw badSignature(
                    described,
                    (notificationType == null ? "takes no notification" : "takes " + notificationType.getSimpleName())
                            + "; notification endpoints deliver " + names(delivered));
        }
        return notificationType;
    }

    private static BeanInitializationException badSignature(String described, String problem) {
        return new BeanInitializationException("@JdPayNotifyHandler " + described + " " + problem
                + ". A handler returns void and takes one notification and optionally a @JdPayMerchantName String.");
    }

    private static Set<String> names(Set<Class<?>> types) {
        return types.stream().map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
    }
}
