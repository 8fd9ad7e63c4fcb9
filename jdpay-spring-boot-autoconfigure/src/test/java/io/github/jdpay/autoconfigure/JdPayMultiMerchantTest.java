package io.github.jdpay.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.client.JdPayOperations;
import io.github.jdpay.client.JdPayTemplate;
import io.github.jdpay.crypto.JdTripleDesCipher;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.model.CashierForm;
import io.github.jdpay.protocol.JdPayFormCodec;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Extra merchants under {@code jdpay.merchants.<name>}, reached with {@code forMerchant}. */
class JdPayMultiMerchantTest {

    /** jdpay-v2.md A.5: a 2048-bit pair and its DES key. */
    private static final String SHOP2_DES_KEY = "GX/CH6HIAT2Ubtn3ZKjfYdbxa6HgSVca";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JdPayAutoConfiguration.class))
            .withPropertyValues(JdPayAutoConfigurationTest.FIVE_PROPERTIES)
            .withPropertyValues(
                    "jdpay.callback-url=https://shop.example.com/paid",
                    "jdpay.merchants.shop2.merchant-no=110025845001",
                    "jdpay.merchants.shop2.des-key=" + SHOP2_DES_KEY,
                    "jdpay.merchants.shop2.private-key=classpath:keys/selftest-2048-private.pem");

    @Test
    void forMerchantSignsWithThatMerchantsKeys() {
        this.runner.run(context -> {
            JdPayTemplate template = context.getBean(JdPayTemplate.class);

            JdPayOperations shop2 = template.forMerchant("shop2");
            CashierForm form = shop2.pcCashierForm(JdPayAutoConfigurationTest.order());

            assertThat(shop2.merchantName()).isEqualTo("shop2");
            assertThat(shop2.merchantNo()).isEqualTo("110025845001");
            assertThat(form.fields()).containsEntry("merchant", "110025845001");
            // Opened as JD would: shop2's DES key and the public half of its 2048-bit key.
            JdPayFormCodec jd = new JdPayFormCodec(
                    new JdTripleDesCipher(KeyLoader.desKey("des", SHOP2_DES_KEY)),
                    new RsaJdPaySigner(KeyLoader.privateKey("k", "classpath:keys/selftest-2048-private.pem")),
                    new RsaJdPayVerifier(KeyLoader.publicKey("k", "classpath:keys/selftest-2048-public.pem")));
            Map<String, String> plain = jd.open(form.fields());
            assertThat(plain)
                    .containsEntry("tradeNum", "order-1")
                    .containsEntry("notifyUrl", "https://shop.example.com/jdpay/notify")
                    .containsEntry("callbackUrl", "https://shop.example.com/paid");
        });
    }

    @Test
    void theDefaultMerchantIsReachableByName() {
        this.runner.run(context -> {
            JdPayTemplate shop2 = context.getBean(JdPayTemplate.class).forMerchant("shop2");

            assertThat(shop2.forMerchant("default").merchantNo()).isEqualTo("22294531");
        });
    }

    @Test
    void anUnknownMerchantNameListsTheKnownOnes() {
        this.runner.run(context -> assertThatThrownBy(
                        () -> context.getBean(JdPayTemplate.class).forMerchant("shop3"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shop3")
                .hasMessageContaining("[default, shop2]"));
    }

    @Test
    void anExtraMerchantWithoutAKeyFailsNamingItsProperty() {
        this.runner.withPropertyValues("jdpay.merchants.shop2.private-key=").run(context -> assertThat(
                        JdPayKeyFailureAnalyzerTest.analysis(context).getDescription())
                .contains("jdpay.merchants.shop2.private-key")
                .contains("is not set"));
    }

    @Test
    void aggregateIsTheAggregateMerchantsName() {
        this.runner
                .withPropertyValues("jdpay.merchants.aggregate.merchant-no=1")
                .run(context ->
                        assertThat(context).getFailure().rootCause().hasMessageContaining("jdpay.merchants.aggregate"));
    }

    @Test
    void defaultIsTheTopLevelMerchantsName() {
        this.runner
                .withPropertyValues("jdpay.merchants.default.merchant-no=1")
                .run(context ->
                        assertThat(context).getFailure().rootCause().hasMessageContaining("jdpay.merchants.default"));
    }
}
