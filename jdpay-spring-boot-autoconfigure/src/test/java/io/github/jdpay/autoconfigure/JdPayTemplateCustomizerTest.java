package io.github.jdpay.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.client.JdPayTemplate;
import io.github.jdpay.crypto.JdTripleDesCipher;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.merchant.JdPayMerchant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** {@link JdPayTemplateCustomizer} beans shape the auto-configured template's builder, in their order. */
class JdPayTemplateCustomizerTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JdPayAutoConfiguration.class))
            .withPropertyValues(JdPayAutoConfigurationTest.FIVE_PROPERTIES);

    @Test
    void customizersApplyInOrderToTheBuilderTheTemplateIsBuiltFrom() {
        this.runner.withUserConfiguration(Customizers.class).run(context -> {
            assertThat(context).hasNotFailed();
            JdPayTemplate template = context.getBean(JdPayTemplate.class);

            assertThat(context.getBean(Calls.class).names).containsExactly("first", "second");
            assertThat(template.forMerchant("shop3").merchantNo()).isEqualTo("110025845003");
            assertThat(template.merchantName()).isEqualTo("default");
        });
    }

    @Test
    void withoutCustomizersTheTemplateHasTheConfiguredMerchantsOnly() {
        this.runner.run(context -> assertThat(context.getBean(JdPayTemplate.class)
                        .forMerchant("default")
                        .merchantNo())
                .isEqualTo("22294531"));
    }

    /** The customizers' calls, in the order they came. */
    static final class Calls {

        final List<String> names = new CopyOnWriteArrayList<>();
    }

    @Configuration(proxyBeanMethods = false)
    static class Customizers {

        @Bean
        Calls calls() {
            return new Calls();
        }

        // Declared before the first on purpose: order, not declaration, decides.
        @Bean
        @Order(2)
        JdPayTemplateCustomizer second(Calls calls) {
            return builder -> {
                calls.names.add("second");
                builder.merchant(JdPayMerchant.builder("shop3", "110025845003")
                        .cipher(new JdTripleDesCipher(KeyLoader.desKey("des", "GX/CH6HIAT2Ubtn3ZKjfYdbxa6HgSVca")))
                        .signer(new RsaJdPaySigner(
                                KeyLoader.privateKey("k", "classpath:keys/selftest-2048-private.pem")))
                        .verifier(new RsaJdPayVerifier(KeyLoader.publicKey("k", "classpath:keys/jd-test-public.pem")))
                        .build());
            };
        }

        @Bean
        @Order(1)
        JdPayTemplateCustomizer first(Calls calls) {
            return builder -> calls.names.add("first");
        }
    }
}
