package io.github.jdpay.autoconfigure;

import io.github.jdpay.client.JdPayAggregateOperations;
import io.github.jdpay.client.JdPayEndpoints;
import io.github.jdpay.client.aggregate.JdPayAggregateTemplate;
import io.github.jdpay.client.aggregate.JdPayAggregateTemplateBuilder;
import io.github.jdpay.client.observation.JdPayClientObservationConvention;
import io.github.jdpay.crypto.AggregateCipher;
import io.github.jdpay.crypto.AggregateSigner;
import io.github.jdpay.merchant.aggregate.JdPayAggregateMerchant;
import io.github.jdpay.notify.JdPayNotificationRoute;
import io.github.jdpay.notify.aggregate.AggregateNotificationSource;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.client.RestClient;

/**
 * Auto-configuration of aggregate pay (聚合支付): the aggregate merchant and its crypto (each bean replaceable), the
 * {@link JdPayAggregateTemplate}, and the notification route at {@code jdpay.aggregate.notify-path} that delivers
 * {@code AggregateNotification}s to {@code @JdPayNotifyHandler} methods. It needs only {@code jdpay.aggregate.*}, so
 * an aggregate-only application sets no JD Pay 2.0 merchant; with one, the template bean is also
 * {@code JdPayTemplate#aggregate()}.
 */
// After JD Pay 2.0's, which is after Boot's RestClient auto-configuration (Boot 3 and 4 names): one list to keep.
@AutoConfiguration(after = JdPayAutoConfiguration.class)
@ConditionalOnClass(RestClient.class)
@ConditionalOnBooleanProperty(name = "jdpay.enabled", matchIfMissing = true)
@ConditionalOnProperty(prefix = "jdpay.aggregate", name = "merchant-no")
@EnableConfigurationProperties(JdPayProperties.class)
@Import(JdPayConnectionDetailsConfiguration.class)
public class JdPayAggregateAutoConfiguration {

    private static final Log logger = LogFactory.getLog(JdPayAggregateAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    AggregateCipher jdPayAggregateCipher(JdPayProperties properties) {
        return JdPayKeys.aggregateCipher(
                "jdpay.aggregate.des-key", properties.getAggregate().getDesKey());
    }

    @Bean
    @ConditionalOnMissingBean
    AggregateSigner jdPayAggregateSigner(JdPayProperties properties) {
        return JdPayKeys.aggregateSigner(
                "jdpay.aggregate.md5-key", properties.getAggregate().getMd5Key());
    }

    @Bean
    @ConditionalOnMissingBean
    JdPayAggregateMerchant jdPayAggregateMerchant(
            JdPayProperties properties, AggregateCipher cipher, AggregateSigner signer) {
        return ConfiguredMerchants.aggregate(properties.getAggregate(), cipher, signer);
    }

    @Bean
    @ConditionalOnMissingBean(JdPayAggregateOperations.class)
    JdPayAggregateTemplate jdPayAggregateTemplate(
            JdPayProperties properties,
            JdPayAggregateMerchant merchant,
            JdPayConnectionDetails connectionDetails,
            ObjectProvider<RestClient.Builder> restClientBuilder,
            ObjectProvider<Clock> clock,
            ObjectProvider<ObservationRegistry> observationRegistry,
            ObjectProvider<JdPayClientObservationConvention> observationConvention) {
        JdPayAggregateTemplateBuilder builder = JdPayClientSettings.apply(
                JdPayAggregateTemplate.builder()
                        .merchant(merchant)
                        .dialect(properties.getAggregate().dialect()),
                properties,
                connectionDetails,
                restClientBuilder,
                clock);
        observationRegistry.ifAvailable(builder::observationRegistry);
        observationConvention.ifAvailable(builder::observationConvention);
        JdPayAggregateTemplate template = builder.build();
        JdPayEndpoints endpoints = connectionDetails.getEndpoints();
        logger.info("JD Pay aggregate client ready for " + merchant.merchantNo() + " (systemId " + merchant.systemId()
                + ") at " + endpoints.aggregate() + " and " + endpoints.aggregateApi() + ", writing "
                + properties.getAggregate().dialect());
        return template;
    }

    /** Where JD's aggregate notifications arrive; the notification endpoint serves every route bean. */
    @Bean
    @ConditionalOnMissingBean(name = "jdPayAggregateNotificationRoute")
    JdPayNotificationRoute jdPayAggregateNotificationRoute(
            JdPayProperties properties, JdPayAggregateMerchant merchant) {
        String path = properties.getAggregate().getNotifyPath();
        try {
            return new JdPayNotificationRoute(path, new AggregateNotificationSource(merchant));
        } catch (IllegalArgumentException ex) {
            throw new InvalidConfigurationPropertyValueException("jdpay.aggregate.notify-path", path, ex.getMessage());
        }
    }
}
