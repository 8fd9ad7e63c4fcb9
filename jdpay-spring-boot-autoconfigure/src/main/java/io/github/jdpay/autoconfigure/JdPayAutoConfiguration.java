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
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.client.RestClient;

/**
 * Auto-configuration of the JD Pay client: the merchant's crypto (each bean replaceable, for example by an HSM
 * signer), the connection details and the {@link JdPayTemplate}, whose {@code aggregate()} is the aggregate-pay bean
 * when there is one. It stays out of the way until {@code jdpay.merchant-no} is set.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.autoconfigure.web.client.RestClientAutoConfiguration",
            "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration"
        })
@ConditionalOnClass(RestClient.class)
@ConditionalOnBooleanProperty(name = "jdpay.enabled", matchIfMissing = true)
@ConditionalOnProperty(prefix = "jdpay", name = "merchant-no")
@EnableConfigurationProperties(JdPayProperties.class)
@Import(JdPayConnectionDetailsConfiguration.class)
public class JdPayAutoConfiguration {

    private static final Log logger = LogFactory.getLog(JdPayAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    JdPayCipher jdPayCipher(JdPayProperties properties, ObjectProvider<JdPayMerchantCryptoProvider> cryptoProvider) {
        JdPayMerchantCrypto provided =
                ConfiguredMerchants.provided(cryptoProvider.getIfAvailable(), ConfiguredMerchants.DEFAULT_NAME);
        return (provided != null) ? provided.cipher() : JdPayKeys.cipher("jdpay.des-key", properties.getDesKey());
    }

    @Bean
    @ConditionalOnMissingBean
    JdPaySigner jdPaySigner(JdPayProperties properties, ObjectProvider<JdPayMerchantCryptoProvider> cryptoProvider) {
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
            ObjectProvider<JdPayMerchantCryptoProvider> cryptoProvider) {
        return ConfiguredMerchants.from(properties, cipher, signer, verifier, cryptoProvider.getIfAvailable());
    }

    @Bean
    @ConditionalOnMissingBean(JdPayOperations.class)
    JdPayTemplate jdPayTemplate(
            JdPayProperties properties,
            JdPayConnectionDetails connectionDetails,
            ConfiguredMerchants configured,
            ObjectProvider<JdPayAggregateOperations> aggregate,
            ObjectProvider<RestClient.Builder> restClientBuilder,
            ObjectProvider<Clock> clock,
            ObjectProvider<ObservationRegistry> observationRegistry,
            ObjectProvider<JdPayClientObservationConvention> observationConvention,
            ObjectProvider<JdPayTemplateCustomizer> customizers) {
        List<JdPayMerchant> merchants = configured.all();
        JdPayTemplateBuilder builder = JdPayClientSettings.apply(
                JdPayTemplate.builder(), properties, connectionDetails, restClientBuilder, clock);
        observationRegistry.ifAvailable(builder::observationRegistry);
        observationConvention.ifAvailable(builder::observationConvention);
        merchants.forEach(builder::merchant);
        aggregate.ifAvailable(builder::aggregate);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        JdPayTemplate template = builder.build();
        logger.info("JD Pay client ready for "
                + merchants.stream()
                        .map(merchant -> merchant.name() + " (" + merchant.merchantNo() + ")")
                        .collect(Collectors.joining(", "))
                + " at " + connectionDetails.getEndpoints().paygate());
        return template;
    }
}
