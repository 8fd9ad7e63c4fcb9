package io.github.jdpay.autoconfigure;

import io.github.jdpay.merchant.JdPayMerchantRegistry;
import io.github.jdpay.merchant.aggregate.JdPayAggregateMerchant;
import io.github.jdpay.notify.idempotency.IdempotencyStore;
import io.github.jdpay.observation.JdPayBoot3Health;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** The {@code jdpay} health contributor on Spring Boot 3, whose health API is in {@code spring-boot-actuator}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
@Conditional(JdPayActuatorAutoConfiguration.AnyMerchant.class)
@ConditionalOnBooleanProperty(name = "management.health.jdpay.enabled", matchIfMissing = true)
class JdPayBoot3HealthConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "jdpayHealthContributor")
    CompositeHealthContributor jdpayHealthContributor(
            ObjectProvider<JdPayMerchantRegistry> merchants,
            ObjectProvider<JdPayProperties> properties,
            ObjectProvider<JdPayDefaultMerchantProperties> defaultMerchant,
            ObjectProvider<JdPayAggregateMerchant> aggregate,
            ObjectProvider<IdempotencyStore> store) {
        return JdPayBoot3Health.contributor(
                JdPayActuatorAutoConfiguration.checks(merchants, properties, defaultMerchant, aggregate, store));
    }
}
