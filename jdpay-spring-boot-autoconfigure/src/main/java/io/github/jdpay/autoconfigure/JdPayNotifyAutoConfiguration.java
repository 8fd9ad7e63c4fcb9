package io.github.jdpay.autoconfigure;

import io.github.jdpay.merchant.JdPayMerchantRegistry;
import io.github.jdpay.merchant.aggregate.JdPayAggregateMerchant;
import io.github.jdpay.notify.JdPayExpectedAmounts;
import io.github.jdpay.notify.JdPayNotificationRoute;
import io.github.jdpay.notify.JdPayXmlNotificationSource;
import io.github.jdpay.notify.handler.NotifyArgumentResolver;
import io.github.jdpay.notify.handler.NotifyHandlerRegistry;
import io.github.jdpay.notify.idempotency.IdempotencyStore;
import io.github.jdpay.notify.idempotency.IdempotencyTimes;
import io.github.jdpay.notify.idempotency.InMemoryIdempotencyStore;
import io.github.jdpay.notify.observation.JdPayNotificationListener;
import io.github.jdpay.notify.observation.JdPayNotificationObservationConvention;
import io.github.jdpay.notify.web.NotificationMonitoring;
import io.github.jdpay.notify.web.NotificationPipeline;
import io.github.jdpay.notify.web.NotificationRouterFunction;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.util.unit.DataSize;

/**
 * Auto-configuration of JD Pay notifications: discovery of {@code @JdPayNotifyHandler} methods, the JD Pay 2.0 route
 * at {@code jdpay.notify.path} (the aggregate route comes from {@link JdPayAggregateAutoConfiguration}), the pipeline with its idempotency store ({@code jdpay.notify.idempotency.*}), and, in a
 * servlet web application, the endpoint, which serves once a handler method exists.
 */
@AutoConfiguration(
        after = {JdPayAutoConfiguration.class, JdPayAggregateAutoConfiguration.class},
        afterName = {
            "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
            "org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration",
            "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration"
        })
@Conditional(JdPayNotifyAutoConfiguration.AnyMerchant.class)
@EnableConfigurationProperties(JdPayProperties.class)
@Import({JdPayNotifyJdbcConfiguration.class, JdPayNotifyRedisConfiguration.class})
public class JdPayNotifyAutoConfiguration {

    static final String STORE_PROPERTY = "jdpay.notify.idempotency.store";

    static final String TIMEOUT_PROPERTY = "jdpay.notify.idempotency.timeout";

    /** Issue 14, item 8: a store operation that waits longer holds a request thread while JD waits for an answer. */
    static final Duration MAX_TIMEOUT = Duration.ofSeconds(2);

    private static final DataSize MAX_BODY_SIZE = DataSize.ofMegabytes(16);

    @Bean
    @ConditionalOnMissingBean
    static NotifyHandlerRegistry jdPayNotifyHandlerRegistry(
            ObjectProvider<JdPayNotificationRoute> routes, ObjectProvider<NotifyArgumentResolver> resolvers) {
        return new NotifyHandlerRegistry(routes, resolvers);
    }

    @Bean
    @ConditionalOnBean(JdPayMerchantRegistry.class)
    @ConditionalOnBooleanProperty(name = "jdpay.enabled", matchIfMissing = true)
    @ConditionalOnMissingBean(name = "jdPayNotificationRoute")
    JdPayNotificationRoute jdPayNotificationRoute(JdPayProperties properties, JdPayMerchantRegistry registry) {
        String path = properties.getNotify().getPath();
        try {
            return new JdPayNotificationRoute(path, new JdPayXmlNotificationSource(registry));
        } catch (IllegalArgumentException ex) {
            throw new InvalidConfigurationPropertyValueException("jdpay.notify.path", path, ex.getMessage());
        }
    }

    @Bean
    @ConditionalOnMissingBean(IdempotencyStore.class)
    @ConditionalOnProperty(name = STORE_PROPERTY, havingValue = "memory", matchIfMissing = true)
    InMemoryIdempotencyStore jdPayIdempotencyStore(JdPayProperties properties, ObjectProvider<Clock> clock) {
        JdPayNotifyProperties.Idempotency idempotency = properties.getNotify().getIdempotency();
        return new InMemoryIdempotencyStore(idempotencyTimes(idempotency, clock), idempotency.getMaxEntries());
    }

    @Bean
    @ConditionalOnMissingBean
    NotificationPipeline jdPayNotificationPipeline(
            NotifyHandlerRegistry handlers,
            IdempotencyStore store,
            ObjectProvider<JdPayExpectedAmounts> expectedAmounts,
            JdPayProperties properties,
            ObjectProvider<ObservationRegistry> observationRegistry,
            ObjectProvider<JdPayNotificationObservationConvention> observationConvention,
            ObjectProvider<JdPayNotificationListener> listener,
            ObjectProvider<Clock> clock) {
        DataSize maxBodySize = properties.getNotify().getMaxBodySize();
        Duration maxAge = properties.getNotify().getMaxAge();
        Duration ttl = properties.getNotify().getIdempotency().getTtl();
        if (maxAge.isNegative() || maxAge.isZero() || maxAge.compareTo(ttl) > 0) {
            throw new InvalidConfigurationPropertyValueException(
                    "jdpay.notify.max-age",
                    maxAge,
                    "must be positive and at most jdpay.notify.idempotency.ttl (" + ttl
                            + "), or a handled notification could be forgotten while it is still accepted");
        }
        if (maxBodySize.toBytes() < 1 || maxBodySize.compareTo(MAX_BODY_SIZE) > 0) {
            throw new InvalidConfigurationPropertyValueException(
                    "jdpay.notify.max-body-size", maxBodySize, "must be between 1B and " + MAX_BODY_SIZE);
        }
        NotificationMonitoring monitoring = new NotificationMonitoring(
                observationRegistry.getIfUnique(() -> ObservationRegistry.NOOP),
                observationConvention.getIfUnique(),
                listener.getIfUnique(),
                clock.getIfUnique(Clock::systemUTC));
        return new NotificationPipeline(
                handlers,
                store,
                expectedAmounts.getIfUnique(),
                Math.toIntExact(maxBodySize.toBytes()),
                maxAge,
                clock.getIfUnique(Clock::systemUTC),
                monitoring);
    }

    /** {@code jdpay.notify.idempotency.timeout}, refused unless between 1 ms and {@link #MAX_TIMEOUT}. */
    static Duration storeTimeout(JdPayNotifyProperties.Idempotency idempotency) {
        Duration timeout = idempotency.getTimeout();
        if (timeout.toMillis() < 1 || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new InvalidConfigurationPropertyValueException(
                    TIMEOUT_PROPERTY,
                    timeout,
                    "must be between 1ms and " + MAX_TIMEOUT + ": JD's notification waits for the store");
        }
        return timeout;
    }

    /** The times of {@code jdpay.notify.idempotency.*}, each failure named after its property. */
    static IdempotencyTimes idempotencyTimes(
            JdPayNotifyProperties.Idempotency idempotency, ObjectProvider<Clock> clock) {
        storeTimeout(idempotency);
        if (idempotency.getTtl().compareTo(IdempotencyTimes.MIN_TIME_TO_LIVE) < 0) {
            throw new InvalidConfigurationPropertyValueException(
                    "jdpay.notify.idempotency.ttl",
                    idempotency.getTtl(),
                    "must be at least 3h: JD's last retry comes 120 minutes after the first delivery");
        }
        try {
            return new IdempotencyTimes(
                    idempotency.getLease(),
                    idempotency.getTtl(),
                    idempotency.getTimeout(),
                    clock.getIfUnique(Clock::systemUTC));
        } catch (IllegalArgumentException ex) {
            String message = String.valueOf(ex.getMessage());
            boolean timeout = message.startsWith("timeout");
            throw new InvalidConfigurationPropertyValueException(
                    timeout ? TIMEOUT_PROPERTY : "jdpay.notify.idempotency.lease",
                    timeout ? idempotency.getTimeout() : idempotency.getLease(),
                    message);
        }
    }

    /** The endpoint, in servlet web applications. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.web.servlet.function.RouterFunction")
    static class EndpointConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = "jdPayNotifyRouterFunction")
        NotificationRouterFunction jdPayNotifyRouterFunction(
                ObjectProvider<JdPayNotificationRoute> routes,
                NotificationPipeline pipeline,
                NotifyHandlerRegistry handlers) {
            return new NotificationRouterFunction(routes.orderedStream().toList(), pipeline, handlers);
        }
    }

    /** JD Pay 2.0 merchants (a registry) or the aggregate merchant: an aggregate-only application has no registry. */
    static final class AnyMerchant extends AnyNestedCondition {

        AnyMerchant() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(JdPayMerchantRegistry.class)
        @ConditionalOnBooleanProperty(name = "jdpay.enabled", matchIfMissing = true)
        static final class JdPay20Merchants {}

        @ConditionalOnBean(JdPayAggregateMerchant.class)
        static final class AggregateMerchant {}
    }
}
