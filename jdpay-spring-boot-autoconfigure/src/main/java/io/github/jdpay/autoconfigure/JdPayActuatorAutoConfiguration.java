package io.github.jdpay.autoconfigure;

import io.github.jdpay.client.JdPayEndpoints;
import io.github.jdpay.merchant.JdPayMerchantRegistry;
import io.github.jdpay.merchant.aggregate.JdPayAggregateMerchant;
import io.github.jdpay.notify.aggregate.AggregateNotification;
import io.github.jdpay.notify.idempotency.IdempotencyStore;
import io.github.jdpay.notify.idempotency.InMemoryIdempotencyStore;
import io.github.jdpay.notify.idempotency.jdbc.JdbcIdempotencyStore;
import io.github.jdpay.notify.observation.JdPayNotificationListener;
import io.github.jdpay.observation.JdPayEndpoint;
import io.github.jdpay.observation.JdPayInfoContributor;
import io.github.jdpay.observation.JdPayMerchantCheck;
import io.github.jdpay.observation.JdPayNotificationJournal;
import io.github.jdpay.observation.JdPayRegistryCheck;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;

/**
 * JD Pay in Spring Boot's actuator, when it is on the class path: the {@code jdpay} endpoint and the journal of
 * notifications behind it, the {@code jdpay} info contributor and the {@code jdpay} health contributor (Boot 3's or
 * Boot 4's health API, whichever the application has): {@code merchants} for the registry of JD Pay 2.0 merchants,
 * however many it holds, and {@code aggregate} for the merchant of {@code jdpay.aggregate.*}. Each bean backs off to
 * one of the user's.
 */
@AutoConfiguration(
        after = {JdPayAutoConfiguration.class, JdPayAggregateAutoConfiguration.class, JdPayNotifyAutoConfiguration.class
        })
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
@ConditionalOnBooleanProperty(name = "jdpay.enabled", matchIfMissing = true)
@Import({JdPayBoot3HealthConfiguration.class, JdPayBoot4HealthConfiguration.class})
public class JdPayActuatorAutoConfiguration {

    /** How many recent notifications the endpoint shows. */
    static final int RECENT_NOTIFICATIONS = 100;

    @Bean
    @ConditionalOnMissingBean(JdPayNotificationListener.class)
    JdPayNotificationJournal jdPayNotificationJournal() {
        return new JdPayNotificationJournal(RECENT_NOTIFICATIONS);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(JdPayNotificationJournal.class)
    JdPayEndpoint jdPayEndpoint(JdPayNotificationJournal journal) {
        return new JdPayEndpoint(journal);
    }

    @Bean
    @ConditionalOnMissingBean(name = "jdpayInfoContributor")
    @Conditional(AnyMerchant.class)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.info.InfoContributor")
    @ConditionalOnBooleanProperty(name = "management.info.jdpay.enabled", matchIfMissing = true)
    JdPayInfoContributor jdpayInfoContributor(
            ObjectProvider<JdPayMerchantRegistry> merchants,
            ObjectProvider<JdPayAggregateMerchant> aggregate,
            JdPayConnectionDetails connectionDetails,
            ObjectProvider<IdempotencyStore> store) {
        JdPayEndpoints endpoints = connectionDetails.getEndpoints();
        JdPayMerchantRegistry jdPay = merchants.getIfAvailable();
        JdPayAggregateMerchant aggregateMerchant = aggregate.getIfAvailable();
        Map<String, String> urls = new LinkedHashMap<>();
        if (jdPay != null) {
            urls.put("paygate", endpoints.paygate().toString());
            urls.put("pcCashier", endpoints.pcCashier().toString());
            urls.put("h5Cashier", endpoints.h5Cashier().toString());
        }
        if (aggregateMerchant != null) {
            urls.put("aggregate", endpoints.aggregate().toString());
            urls.put("aggregateApi", endpoints.aggregateApi().toString());
        }
        return new JdPayInfoContributor(jdPay, aggregateMerchant, urls, storeKind(store.getIfUnique()));
    }

    static String storeKind(@Nullable IdempotencyStore store) {
        if (store == null) {
            return "none";
        }
        if (store instanceof InMemoryIdempotencyStore) {
            return "in-memory";
        }
        if (store instanceof JdbcIdempotencyStore) {
            return "jdbc";
        }
        // By name: the Redis store's class needs Spring Data Redis, which the application may not have.
        if (store.getClass().getName().equals("io.github.jdpay.notify.idempotency.redis.RedisIdempotencyStore")) {
            return "redis";
        }
        return store.getClass().getName();
    }

    /**
     * The registry's check as {@code merchants} (its default merchant's keys among it) and the aggregate merchant's
     * as {@code aggregate}, each against the store if there is one.
     */
    static Map<String, Supplier<JdPayMerchantCheck.Result>> checks(
            ObjectProvider<JdPayMerchantRegistry> merchants,
            ObjectProvider<JdPayProperties> properties,
            ObjectProvider<JdPayDefaultMerchantProperties> defaultMerchant,
            ObjectProvider<JdPayAggregateMerchant> aggregate,
            ObjectProvider<IdempotencyStore> store) {
        IdempotencyStore idempotency = store.getIfUnique();
        Map<String, Supplier<JdPayMerchantCheck.Result>> checks = new LinkedHashMap<>();
        JdPayMerchantRegistry registry = merchants.getIfAvailable();
        JdPayProperties jdPay = properties.getIfAvailable();
        if (registry != null) {
            String name = (jdPay != null)
                    ? JdPayAutoConfiguration.defaultMerchant(
                            jdPay, defaultMerchant.getIfAvailable(JdPayDefaultMerchantProperties::new))
                    : null;
            checks.put("merchants", new JdPayRegistryCheck(registry, name, idempotency)::check);
        }
        aggregate.ifAvailable(merchant ->
                checks.put(AggregateNotification.MERCHANT_NAME, new JdPayMerchantCheck(merchant, idempotency)::check));
        return checks;
    }

    /** JD Pay 2.0 merchants (a registry), the aggregate merchant, or both: an aggregate-only application has no registry. */
    static final class AnyMerchant extends AnyNestedCondition {

        AnyMerchant() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(JdPayMerchantRegistry.class)
        static final class JdPay {}

        @ConditionalOnBean(JdPayAggregateMerchant.class)
        static final class Aggregate {}
    }
}
