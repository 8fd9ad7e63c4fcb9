package io.github.jdpay.autoconfigure;

import io.github.jdpay.client.JdPayAggregateOperations;
import io.github.jdpay.client.JdPayOperations;
import io.github.jdpay.client.JdPayTemplate;
import io.github.jdpay.client.JdPayTemplateBuilder;
import io.github.jdpay.client.observation.JdPayClientObservationConvention;
import io.github.jdpay.crypto.JdPayCipher;
import io.github.jdpay.crypto.JdPaySigner;
import io.github.jdpay.crypto.JdPayVerifier;
import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.merchant.JdPayMerchantCrypto;
import io.github.jdpay.merchant.JdPayMerchantCryptoProvider;
import io.github.jdpay.merchant.JdPayMerchantDirectory;
import io.github.jdpay.merchant.JdPayMerchantRegistry;
import io.github.jdpay.merchant.JdPayMerchants;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.client.RestClient;

/**
 * Auto-configuration of the JD Pay client: the {@link JdPayMerchantRegistry} of the configured merchants and their
 * crypto (each bean replaceable, for example by an HSM signer or a registry of the application's own), the
 * connection details and the {@link JdPayTemplate} on the registry, whose {@code aggregate()} is the aggregate-pay
 * bean when there is one. It stays out of the way until {@code jdpay.merchant-no} is set or the application has a
 * {@link JdPayMerchantRegistry} bean.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.autoconfigure.web.client.RestClientAutoConfiguration",
            "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration"
        })
@ConditionalOnClass(RestClient.class)
@ConditionalOnBooleanProperty(name = "jdpay.enabled", matchIfMissing = true)
@Conditional(JdPayAutoConfiguration.AnyMerchants.class)
@EnableConfigurationProperties({JdPayProperties.class, JdPayDefaultMerchantProperties.class})
@Import(JdPayConnectionDetailsConfiguration.class)
public class JdPayAutoConfiguration {

    private static final Log logger = LogFactory.getLog(JdPayAutoConfiguration.class);

    /** How many merchants the start-up line names: a registry of a thousand must not make a thousand-name line. */
    static final int LOGGED_MERCHANTS = 10;

    @Bean
    @ConditionalOnMissingBean(JdPayOperations.class)
    JdPayTemplate jdPayTemplate(
            JdPayProperties properties,
            JdPayDefaultMerchantProperties defaultMerchant,
            JdPayConnectionDetails connectionDetails,
            JdPayMerchantRegistry registry,
            ObjectProvider<JdPayAggregateOperations> aggregate,
            ObjectProvider<RestClient.Builder> restClientBuilder,
            ObjectProvider<Clock> clock,
            ObjectProvider<ObservationRegistry> observationRegistry,
            ObjectProvider<JdPayClientObservationConvention> observationConvention,
            ObjectProvider<JdPayTemplateCustomizer> customizers) {
        JdPayTemplateBuilder builder = JdPayClientSettings.apply(
                JdPayTemplate.builder(), properties, connectionDetails, restClientBuilder, clock);
        observationRegistry.ifAvailable(builder::observationRegistry);
        observationConvention.ifAvailable(builder::observationConvention);
        builder.registry(registry);
        String name = defaultMerchant(properties, defaultMerchant);
        if (name != null) {
            builder.defaultMerchant(name);
        }
        aggregate.ifAvailable(builder::aggregate);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        JdPayTemplate template;
        try {
            template = builder.build();
        } catch (IllegalStateException ex) {
            throw new InvalidConfigurationPropertyValueException("jdpay.default-merchant", name, ex.getMessage());
        }
        List<JdPayMerchant> merchants = registry.merchants().all();
        logger.info("JD Pay client ready for "
                + merchants.stream()
                        .limit(LOGGED_MERCHANTS)
                        .map(merchant -> merchant.name() + " (" + merchant.merchantNo() + ")")
                        .collect(Collectors.joining(", "))
                + ((merchants.size() > LOGGED_MERCHANTS)
                        ? " and " + (merchants.size() - LOGGED_MERCHANTS) + " more merchants"
                        : "")
                + " at " + connectionDetails.getEndpoints().paygate());
        return template;
    }

    /** {@code jdpay.default-merchant}, else {@code default} when the top-level merchant is configured, else none. */
    static @Nullable String defaultMerchant(JdPayProperties properties, JdPayDefaultMerchantProperties selection) {
        String name = selection.getDefaultMerchant();
        if (name != null && !name.isBlank()) {
            return name.trim();
        }
        return (properties.getMerchantNo() != null) ? ConfiguredMerchants.DEFAULT_NAME : null;
    }

    /** The merchants of {@code jdpay.*} and their crypto, when {@code jdpay.merchant-no} is set. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "jdpay", name = "merchant-no")
    static class PropertiesMerchants {

        @Bean
        @ConditionalOnMissingBean
        JdPayCipher jdPayCipher(
                JdPayProperties properties, ObjectProvider<JdPayMerchantCryptoProvider> cryptoProvider) {
            JdPayMerchantCrypto provided =
                    ConfiguredMerchants.provided(cryptoProvider.getIfAvailable(), ConfiguredMerchants.DEFAULT_NAME);
            return (provided != null) ? provided.cipher() : JdPayKeys.cipher("jdpay.des-key", properties.getDesKey());
        }

        @Bean
        @ConditionalOnMissingBean
        JdPaySigner jdPaySigner(
                JdPayProperties properties, ObjectProvider<JdPayMerchantCryptoProvider> cryptoProvider) {
            JdPayMerchantCrypto provided =
                    ConfiguredMerchants.provided(cryptoProvider.getIfAvailable(), ConfiguredMerchants.DEFAULT_NAME);
            return (provided != null)
                    ? provided.signer()
                    : JdPayKeys.signer("jdpay.private-key", properties.getPrivateKey());
        }

        @Bean
        @ConditionalOnMissingBean
        JdPayVerifier jdPayVerifier(
                JdPayConnectionDetails connectionDetails, ObjectProvider<JdPayMerchantCryptoProvider> cryptoProvider) {
            JdPayMerchantCrypto provided =
                    ConfiguredMerchants.provided(cryptoProvider.getIfAvailable(), ConfiguredMerchants.DEFAULT_NAME);
            return (provided != null)
                    ? provided.verifier()
                    : JdPayKeys.verifier("jdpay.jd-public-key", connectionDetails.getJdPublicKey());
        }

        @Bean
        @ConditionalOnMissingBean
        ConfiguredMerchants jdPayMerchants(
                JdPayProperties properties,
                JdPayCipher cipher,
                JdPaySigner signer,
                JdPayVerifier verifier,
                ObjectProvider<JdPayMerchantCryptoProvider> cryptoProvider,
                ObjectProvider<Clock> clock) {
            // The application's clock, if it has one, decides when a JD key is past its not-after.
            return ConfiguredMerchants.from(
                    properties,
                    cipher,
                    signer,
                    verifier,
                    cryptoProvider.getIfAvailable(),
                    clock.getIfUnique(Clock::systemUTC));
        }

        @Bean
        @ConditionalOnMissingBean
        JdPayMerchantRegistry jdPayMerchantRegistry(ConfiguredMerchants configured) {
            try {
                return new JdPayMerchantDirectory(JdPayMerchants.of(configured.all()));
            } catch (IllegalArgumentException ex) {
                throw new InvalidConfigurationPropertyValueException(
                        "jdpay.merchants", "(merchant numbers)", ex.getMessage());
            }
        }
    }

    /** {@code jdpay.merchant-no} is set, or the application has a registry of its own. */
    static final class AnyMerchants extends AnyNestedCondition {

        AnyMerchants() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnProperty(prefix = "jdpay", name = "merchant-no")
        static final class TopLevelMerchant {}

        @ConditionalOnBean(JdPayMerchantRegistry.class)
        static final class Registry {}
    }
}
