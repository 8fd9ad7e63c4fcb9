package io.github.jdpay.notify.handler;

import io.github.jdpay.notify.JdPayNotification;
import io.github.jdpay.notify.JdPayNotifyHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.MethodParameter;
import org.springframework.util.ReflectionUtils;

/**
 * One {@link JdPayNotifyHandler} method: its bean is looked up by name at each call, so that scopes and lazy beans
 * behave as they do everywhere else in Spring, and what the method throws reaches the caller unwrapped. Internal to
 * the library (public for {@code notify.web}).
 */
public final class NotifyHandlerMethod {

    private final String beanName;

    private final BeanFactory beanFactory;

    private final Method invocable;

    private final MethodParameter[] parameters;

    private final NotifyArgumentResolvers resolvers;

    /** Every handled notification is logged with it, so it is built once. */
    private final String description;

    /**
     * @param method the annotated method as declared, for messages and parameter annotations
     * @param invocable the method to call on the bean, which may be a proxy
     */
    NotifyHandlerMethod(
            String beanName,
            BeanFactory beanFactory,
            Method method,
            Method invocable,
            NotifyArgumentResolvers resolvers) {
        this.beanName = beanName;
        this.beanFactory = beanFactory;
        this.invocable = invocable;
        this.parameters = new MethodParameter[method.getParameterCount()];
        for (int i = 0; i < this.parameters.length; i++) {
            this.parameters[i] = new MethodParameter(method, i);
        }
        this.resolvers = resolvers;
        this.description = describe(beanName, method);
        ReflectionUtils.makeAccessible(invocable);
    }

    /** Calls the method for a notification. */
    public void invoke(JdPayNotification notification) throws Exception {
        Object bean = this.beanFactory.getBean(this.beanName);
        Object[] arguments = this.resolvers.resolve(this.parameters, notification);
        try {
            this.invocable.invoke(bean, arguments);
        } catch (InvocationTargetException ex) {
            Throwable thrown = ex.getTargetException();
            if (thrown instanceof Exception exception) {
                throw exception;
            }
            if (thrown instanceof Error error) {
                throw error;
            }
            throw new UndeclaredThrowableException(thrown);
        }
    }

    /** Names the bean and the method, as start-up failures and logs do. */
    static String describe(String beanName, Method method) {
        return "bean '" + beanName + "' method " + method.getDeclaringClass().getSimpleName() + "." + method.getName()
                + Arrays.stream(method.getParameterTypes())
                        .map(Class::getSimpleName)
                        .collect(Collectors.joining(", ", "(", ")"));
    }

    @Override
    public String toString() {
        return this.description;
    }
}
