package io.github.jdpay.autoconfigure;

import io.github.jdpay.notify.idempotency.IdempotencyStore;
import io.github.jdpay.notify.idempotency.redis.RedisIdempotencyStore;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The Redis idempotency store, with {@code jdpay.notify.idempotency.store=redis}: on the application's one
 * {@link RedisConnectionFactory} (Spring Boot's Redis auto-configuration makes it from {@code spring.data.redis.*}),
 * each operation bounded by {@code jdpay.notify.idempotency.timeout}. Without Spring Data Redis and Lettuce or
 * without a connection factory, start-up fails and says what is missing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = JdPayNotifyAutoConfiguration.STORE_PROPERTY, havingValue = "redis")
class JdPayNotifyRedisConfiguration {

    /** The store on the application's connection factory, or on one like it with a shorter command timeout. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(
            name = {"org.springframework.data.redis.core.StringRedisTemplate", "io.lettuce.core.RedisClient"})
    static class RedisStoreConfiguration {

        @Bean
        @ConditionalOnMissingBean(IdempotencyStore.class)
        JdPayRedisStoreConnection jdPayRedisStoreConnection(
                JdPayProperties properties, ObjectProvider<RedisConnectionFactory> connectionFactory) {
            RedisConnectionFactory factory = connectionFactory.getIfUnique();
            if (factory == null) {
                throw new InvalidConfigurationPropertyValueException(
                        JdPayNotifyAutoConfiguration.STORE_PROPERTY,
                        "redis",
                        "needs one RedisConnectionFactory bean: add spring-boot-starter-data-redis and set"
                                + " spring.data.redis.*");
            }
            Duration timeout = JdPayNotifyAutoConfiguration.storeTimeout(
                    properties.getNotify().getIdempotency());
            return JdPayRedisStoreConnection.of(factory, timeout);
        }

        @Bean
        @ConditionalOnMissingBean(IdempotencyStore.class)
        RedisIdempotencyStore jdPayIdempotencyStore(
                JdPayProperties properties, JdPayRedisStoreConnection connection, ObjectProvider<Clock> clock) {
            JdPayNotifyProperties.Idempotency idempotency =
                    properties.getNotify().getIdempotency();
            String prefix = idempotency.getRedis().getKeyPrefix();
            if (prefix.isEmpty()) {
                throw new InvalidConfigurationPropertyValueException(
                        "jdpay.notify.idempotency.redis.key-prefix",
                        prefix,
                        "must not be empty: the store's keys must not meet the application's own");
            }
            return new RedisIdempotencyStore(
                    new StringRedisTemplate(connection.factory()),
                    JdPayNotifyAutoConfiguration.idempotencyTimes(idempotency, clock),
                    prefix);
        }
    }

    /** Asked for the Redis store without Spring Data Redis or Lettuce: a start-up failure that says what to add. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(MissingRedisClasses.class)
    static class MissingRedisConfiguration {

        @Bean
        @ConditionalOnMissingBean(IdempotencyStore.class)
        IdempotencyStore jdPayIdempotencyStore() {
            throw new InvalidConfigurationPropertyValueException(
                    JdPayNotifyAutoConfiguration.STORE_PROPERTY,
                    "redis",
                    "needs Spring Data Redis on Lettuce on the class path: add spring-boot-starter-data-redis");
        }
    }

    /** Spring Data Redis or Lettuce is missing: the store needs both. */
    static final class MissingRedisClasses extends NoneNestedConditions {

        MissingRedisClasses() {
            super(ConfigurationPhase.PARSE_CONFIGURATION);
        }

        @ConditionalOnClass(
                name = {"org.springframework.data.redis.core.StringRedisTemplate", "io.lettuce.core.RedisClient"})
        static final class BothPresent {}
    }
}
