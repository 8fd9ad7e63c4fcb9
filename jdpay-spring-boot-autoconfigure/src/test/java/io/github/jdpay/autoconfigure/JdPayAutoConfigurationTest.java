package io.github.jdpay.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.client.JdPayEndpoints;
import io.github.jdpay.client.JdPayOperations;
import io.github.jdpay.client.JdPayTemplate;
import io.github.jdpay.crypto.JdPayCipher;
import io.github.jdpay.crypto.JdPaySigner;
import io.github.jdpay.crypto.JdPayVerifier;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.TestKeys;
import io.github.jdpay.model.CashierForm;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.UniOrderRequest;
import java.net.URI;
import java.security.PublicKey;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mockito;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defaults, back-off and overrides of {@link JdPayAutoConfiguration}. */
@ExtendWith(OutputCaptureExtension.class)
class JdPayAutoConfigurationTest {

    /** The five properties a shop sets, with JD's A.1 test credentials. */
    static final String[] FIVE_PROPERTIES = {
        "jdpay.merchant-no=22294531",
        "jdpay.des-key=" + TestKeys.DES_KEY,
        "jdpay.private-key=classpath:keys/merchant-22294531-private.pem",
        "jdpay.jd-public-key=classpath:keys/jd-test-public.pem",
        "jdpay.notify-url=https://shop.example.com/jdpay/notify"
    };

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(JdPayAutoConfiguration.class));

    static UniOrderRequest order() {
        return UniOrderRequest.builder()
                .tradeNum("order-1")
                .tradeName("Tea")
                .amount(Money.ofFen(100))
                .userId("user-1")
                .callbackUrl("https://shop.example.com/paid")
                .build();
    }

    @Test
    void staysQuietWithoutMerchantNo() {
        this.runner.withPropertyValues("jdpay.des-key=" + TestKeys.DES_KEY).run(context -> assertThat(context)
                .hasNotFailed()
                .doesNotHaveBean(JdPayOperations.class)
                .doesNotHaveBean(JdPaySigner.class)
                .doesNotHaveBean(JdPayProperties.class));
    }

    @Test
    void canBeSwitchedOff() {
        this.runner
                .withPropertyValues(FIVE_PROPERTIES)
                .withPropertyValues("jdpay.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(JdPayOperations.class));
    }

    @Test
    void fivePropertiesGiveATemplateForJdsProductionHosts() {
        this.runner.withPropertyValues(FIVE_PROPERTIES).run(context -> {
            assertThat(context)
                    .hasSingleBean(JdPayTemplate.class)
                    .hasSingleBean(JdPayCipher.class)
                    .hasSingleBean(JdPaySigner.class)
                    .hasSingleBean(JdPayVerifier.class)
                    .hasSingleBean(JdPayConnectionDetails.class);
            JdPayTemplate template = context.getBean(JdPayTemplate.class);
            assertThat(template.merchantName()).isEqualTo("default");
            assertThat(template.merchantNo()).isEqualTo("22294531");
            assertThat(context.getBean(JdPayConnectionDetails.class).getEndpoints())
                    .isEqualTo(new JdPayEndpoints(
                            URI.create("https://paygate.jd.com/service"),
                            URI.create("https://wepay.jd.com/jdpay"),
                            URI.create("https://h5pay.jd.com/jdpay"),
                            URI.create("https://payx.jd.com"),
                            URI.create("https://apipayx.jd.com")));
            assertThat(template.pcCashierForm(order()).action()).isEqualTo("https://wepay.jd.com/jdpay/saveOrder");
        });
    }

    @Test
    void keysMayBeInlineContentInAnyOfTheirFormats() {
        this.runner
                .withPropertyValues(FIVE_PROPERTIES)
                .withPropertyValues(
                        "jdpay.private-key=" + TestKeys.resource("keys/merchant-22294531-private-pkcs1.pem"),
                        "jdpay.jd-public-key=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQCKE5N2xm3NIrXON8Zj19GNtLZ8xwEQ6uDIyrS3S03"
                                + "UhgBJMkGl4msfq4Xuxv6XUAN7oU1XhV3/xtabr9rXto4Ke3d6WwNbxwXnK5LSgsQc1BhT5NcXHXpGBdt7P8NMez5qGieOKq"
                                + "HGvT0qvjyYnYA29a8Z4wzNR7vAVHp36uD5RwIDAQAB")
                .run(context -> {
                    assertThat(context).hasSingleBean(JdPayTemplate.class);
                    PublicKey jdKey =
                            context.getBean(JdPayConnectionDetails.class).getJdPublicKey();
                    assertThat(jdKey.getEncoded())
                            .isEqualTo(TestKeys.jdPublicKey().getEncoded());
                });
    }

    @Test
    void userCryptoBeansWin() {
        this.runner
                .withPropertyValues(FIVE_PROPERTIES)
                .withPropertyValues("jdpay.private-key=")
                .withUserConfiguration(HsmSignerConfiguration.class)
                .run(context -> {
                    assertThat(context).hasSingleBean(JdPaySigner.class);
                    assertThat(context.getBean(JdPaySigner.class)).isInstanceOf(CountingSigner.class);
                    context.getBean(JdPayTemplate.class).pcCashierForm(order());
                    assertThat(context.getBean(CountingSigner.class).calls).hasValue(1);
                });
    }

    @Test
    void userOperationsBeanWins() {
        JdPayOperations mine = Mockito.mock(JdPayOperations.class);
        this.runner
                .withPropertyValues(FIVE_PROPERTIES)
                .withBean(JdPayOperations.class, () -> mine)
                .run(context ->
                        assertThat(context).hasSingleBean(JdPayOperations.class).doesNotHaveBean(JdPayTemplate.class));
    }

    @Test
    void userConnectionDetailsPointTheClientElsewhere() {
        JdPayEndpoints elsewhere = new JdPayEndpoints(
                URI.create("http://127.0.0.1:1/service"),
                URI.create("http://127.0.0.1:1/wepay/jdpay"),
                URI.create("http://127.0.0.1:1/h5pay/jdpay"),
                URI.create("http://127.0.0.1:1/payx"),
                URI.create("http://127.0.0.1:1/apipayx"));
        this.runner
                .withPropertyValues(FIVE_PROPERTIES)
                .withPropertyValues("jdpay.jd-public-key=")
                .withBean(JdPayConnectionDetails.class, () -> new JdPayConnectionDetails() {
                    @Override
                    public JdPayEndpoints getEndpoints() {
                        return elsewhere;
                    }

                    @Override
                    public PublicKey getJdPublicKey() {
                        return TestKeys.jdPublicKey();
                    }
                })
                .run(context -> {
                    CashierForm form = context.getBean(JdPayTemplate.class).h5CashierForm(order());
                    assertThat(form.action()).isEqualTo("http://127.0.0.1:1/h5pay/jdpay/saveOrder");
                });
    }

    @Test
    void invalidNotifyUrlStopsStartUpNamingTheProperty() {
        this.runner
                .withPropertyValues(FIVE_PROPERTIES)
                .withPropertyValues("jdpay.notify-url=https://shop.example.com/notify?merchant=1")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("jdpay.notify-url")
                        .hasMessageContaining("query"));
    }

    @Test
    void startUpLogNamesFingerprintsNeverKeys(CapturedOutput output) {
        this.runner.withPropertyValues(FIVE_PROPERTIES).run(context -> assertThat(context)
                .hasNotFailed());

        String merchantKeyFingerprint = KeyLoader.fingerprint(TestKeys.merchantPublicKey());
        assertThat(output)
                .contains("jdpay.private-key: RSA 1024 bits, public fingerprint " + merchantKeyFingerprint)
                .contains("jdpay.jd-public-key: fingerprint " + KeyLoader.fingerprint(TestKeys.jdPublicKey()))
                .contains("JD Pay client ready for default (22294531) at https://paygate.jd.com/service")
                .doesNotContain(TestKeys.DES_KEY)
                .doesNotContain("MIICdgIBADANBgkqhkiG9w0BAQEFAASCAmAwggJcAgEAAoGBALXf6twUqul1TATO");
    }

    @Test
    void propertiesMaskSecretsInToString() {
        JdPayProperties properties = new JdPayProperties();
        properties.setMerchantNo("22294531");
        properties.setDesKey(TestKeys.DES_KEY);
        properties.setPrivateKey("classpath:keys/merchant-22294531-private.pem");
        properties.setJdPublicKey("-----BEGIN PUBLIC KEY-----\nMIGfMA0GCSqGSIb3\n-----END PUBLIC KEY-----");
        properties.setMd5Key("md5-secret");
        JdPayMerchantProperties shop2 = new JdPayMerchantProperties();
        shop2.setPrivateKey("-----BEGIN PRIVATE KEY-----\nMIICdgIBADANBgkq\n-----END PRIVATE KEY-----");
        properties.getMerchants().put("shop2", shop2);

        assertThat(properties.toString())
                .contains("22294531", "classpath:keys/merchant-22294531-private.pem", "shop2")
                .doesNotContain(TestKeys.DES_KEY, "md5-secret", "MIGfMA0GCSqGSIb3", "MIICdgIBADANBgkq");
    }

    @Configuration(proxyBeanMethods = false)
    static class HsmSignerConfiguration {

        @Bean
        CountingSigner hsmSigner() {
            return new CountingSigner(new RsaJdPaySigner(TestKeys.merchantPrivateKey()));
        }
    }

    /** Stands for an HSM: signs through another signer and counts. */
    static final class CountingSigner implements JdPaySigner {

        final AtomicInteger calls = new AtomicInteger();

        private final JdPaySigner delegate;

        CountingSigner(JdPaySigner delegate) {
            this.delegate = delegate;
        }

        @Override
        public String sign(byte[] content) {
            this.calls.incrementAndGet();
            return this.delegate.sign(content);
        }
    }
}
