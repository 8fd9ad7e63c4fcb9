package io.github.jdpay.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.client.JdPayOperations;
import io.github.jdpay.client.JdPayTemplate;
import io.github.jdpay.crypto.JdPayCipher;
import io.github.jdpay.crypto.JdPaySigner;
import io.github.jdpay.crypto.JdPayVerifier;
import io.github.jdpay.crypto.JdTripleDesCipher;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.crypto.TestKeys;
import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.merchant.JdPayMerchantCrypto;
import io.github.jdpay.merchant.JdPayMerchantCryptoProvider;
import io.github.jdpay.protocol.JdPayFormCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A {@link JdPayMerchantCryptoProvider} bean replaces the crypto of any merchant by name, the default one too. */
class JdPayMerchantCryptoProviderTest {

    /** jdpay-v2.md A.5: a 2048-bit pair and its DES key. */
    private static final String SHOP2_DES_KEY = "GX/CH6HIAT2Ubtn3ZKjfYdbxa6HgSVca";

    private static final String SHOP2_PRIVATE_KEY = "classpath:keys/selftest-2048-private.pem";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JdPayAutoConfiguration.class))
            .withPropertyValues(JdPayAutoConfigurationTest.FIVE_PROPERTIES)
            .withPropertyValues("jdpay.merchants.shop2.merchant-no=110025845001");

    /** Shop2's keys as an HSM would hold them: the real crypto, only not read from the properties. */
    private static JdPayMerchantCrypto shop2Crypto() {
        return new JdPayMerchantCrypto(
                new JdTripleDesCipher(KeyLoader.desKey("des", SHOP2_DES_KEY)),
                new RsaJdPaySigner(KeyLoader.privateKey("k", SHOP2_PRIVATE_KEY)),
                new RsaJdPayVerifier(KeyLoader.publicKey("k", "classpath:keys/jd-test-public.pem")));
    }

    @Test
    void anExtraMerchantWithoutKeysSignsWithTheProvidedCrypto() {
        JdPayMerchantCrypto shop2 = shop2Crypto();
        List<String> asked = new ArrayList<>();
        this.runner
                .withBean(JdPayMerchantCryptoProvider.class, () -> name -> {
                    asked.add(name);
                    return name.equals("shop2") ? shop2 : null;
                })
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    JdPayOperations operations =
                            context.getBean(JdPayTemplate.class).forMerchant("shop2");
                    Map<String, String> fields = operations
                            .pcCashierForm(JdPayAutoConfigurationTest.order())
                            .fields();

                    // Opened as JD would, with shop2's DES key and the public half of its key.
                    JdPayFormCodec jd = new JdPayFormCodec(
                            new JdTripleDesCipher(KeyLoader.desKey("des", SHOP2_DES_KEY)),
                            new RsaJdPaySigner(KeyLoader.privateKey("k", SHOP2_PRIVATE_KEY)),
                            new RsaJdPayVerifier(KeyLoader.publicKey("k", "classpath:keys/selftest-2048-public.pem")));
                    assertThat(jd.open(fields)).containsEntry("tradeNum", "order-1");
                    JdPayMerchant merchant =
                            context.getBean(ConfiguredMerchants.class).all().get(1);
                    assertThat(merchant.signer()).isSameAs(shop2.signer());
                    assertThat(merchant.cipher()).isSameAs(shop2.cipher());
                    assertThat(merchant.verifier()).isSameAs(shop2.verifier());
                    assertThat(asked).contains("default", "shop2");
                });
    }

    @Test
    void aMerchantTheProviderDoesNotKnowUsesItsConfiguredKeys() {
        this.runner
                .withPropertyValues(
                        "jdpay.merchants.shop2.des-key=" + SHOP2_DES_KEY,
                        "jdpay.merchants.shop2.private-key=" + SHOP2_PRIVATE_KEY)
                .withBean(JdPayMerchantCryptoProvider.class, () -> name -> null)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(ConfiguredMerchants.class).all())
                            .extracting(JdPayMerchant::signer)
                            .allSatisfy(signer -> assertThat(signer).isInstanceOf(RsaJdPaySigner.class));
                    assertThat(context.getBean(JdPayCipher.class).encrypt(new byte[] {1}))
                            .isEqualTo(TestKeys.cipher(TestKeys.DES_KEY).encrypt(new byte[] {1}));
                });
    }

    @Test
    void theDefaultMerchantsCryptoBeansComeFromTheProviderWhenItKnowsDefault() {
        JdPayMerchantCrypto provided = shop2Crypto();
        JdPayMerchantCrypto shop2 = shop2Crypto();
        this.runner
                .withPropertyValues("jdpay.des-key=", "jdpay.private-key=")
                .withBean(JdPayMerchantCryptoProvider.class, () -> name -> name.equals("default") ? provided : shop2)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(JdPayCipher.class)).isSameAs(provided.cipher());
                    assertThat(context.getBean(JdPaySigner.class)).isSameAs(provided.signer());
                    assertThat(context.getBean(JdPayVerifier.class)).isSameAs(provided.verifier());
                    assertThat(context.getBean(ConfiguredMerchants.class)
                                    .all()
                                    .get(0)
                                    .signer())
                            .isSameAs(provided.signer());
                });
    }
}
