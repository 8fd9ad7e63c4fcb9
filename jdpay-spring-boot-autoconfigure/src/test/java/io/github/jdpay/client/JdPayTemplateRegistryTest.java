package io.github.jdpay.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.crypto.JdTripleDesCipher;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.crypto.TestKeys;
import io.github.jdpay.exception.JdPayException;
import io.github.jdpay.exception.JdPayUnknownMerchantException;
import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.merchant.JdPayMerchantDirectory;
import io.github.jdpay.merchant.JdPayMerchants;
import io.github.jdpay.model.CashierForm;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.UniOrderRequest;
import io.github.jdpay.protocol.JdPayEnvelope;
import io.github.jdpay.protocol.JdPayFormCodec;
import io.github.jdpay.protocol.JdPayMessage;
import io.github.jdpay.protocol.JdPayXmlCodec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A template on a {@link JdPayMerchantDirectory} that changes after it was built: added merchants are reachable,
 * replaced keys sign the next request (read back from what the server received), removed merchants send nothing.
 */
class JdPayTemplateRegistryTest {

    /** jdpay-v2.md A.5: the DES key of the 2048-bit self-test pair. */
    private static final String DES_KEY_2 = "GX/CH6HIAT2Ubtn3ZKjfYdbxa6HgSVca";

    private final ReplayServer jd = new ReplayServer();

    private final JdPayMerchantDirectory directory = new JdPayMerchantDirectory();

    @AfterEach
    void stop() {
        this.jd.close();
    }

    /** Merchant {@code name} with the A.1 keys. */
    private static JdPayMerchant firstKeys(String name, String merchantNo) {
        return JdPayMerchant.builder(name, merchantNo)
                .cipher(TestKeys.cipher(TestKeys.DES_KEY))
                .signer(new RsaJdPaySigner(TestKeys.merchantPrivateKey()))
                .verifier(new RsaJdPayVerifier(TestKeys.jdPublicKey()))
                .build();
    }

    /** Merchant {@code name} with the A.5 keys: another DES key and a 2048-bit private key. */
    private static JdPayMerchant secondKeys(String name, String merchantNo) {
        return JdPayMerchant.builder(name, merchantNo)
                .cipher(TestKeys.cipher(DES_KEY_2))
                .signer(new RsaJdPaySigner(KeyLoader.privateKey("k", "classpath:keys/selftest-2048-private.pem")))
                .verifier(new RsaJdPayVerifier(TestKeys.jdPublicKey()))
                .build();
    }

    /** Opens a request as JD would, with the A.1 DES key and the merchant's A.1 public key. */
    private static JdPayMessage openWithFirstKeys(String body) {
        return TestTemplates.openRequest(body);
    }

    /** Opens a request as JD would, with the A.5 DES key and the public half of the 2048-bit key. */
    private static JdPayMessage openWithSecondKeys(String body) {
        JdPayXmlCodec jd = new JdPayXmlCodec(
                TestKeys.cipher(DES_KEY_2),
                new RsaJdPaySigner(TestKeys.merchantPrivateKey()),
                new RsaJdPayVerifier(KeyLoader.publicKey("k", "classpath:keys/selftest-2048-public.pem")));
        return jd.open(JdPayEnvelope.parse(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static UniOrderRequest order() {
        return UniOrderRequest.builder()
                .tradeNum("order-1")
                .tradeName("Tea")
                .amount(Money.ofFen(100))
                .userId("user-1")
                .notifyUrl("https://shop.example.com/jdpay/notify")
                .callbackUrl("https://shop.example.com/paid")
                .build();
    }

    /** Queries a payment; the replay server has no answer, so the call fails after the request was sent. */
    private void query(JdPayOperations operations) {
        assertThatThrownBy(() -> operations.queryPayment("order-1")).isInstanceOf(JdPayException.class);
    }

    private JdPayTemplate template() {
        return TestTemplates.template(this.jd).registry(this.directory).build();
    }

    @Test
    void aMerchantPutAfterTheTemplateWasBuiltIsReachable() {
        this.directory.put(firstKeys("default", TestKeys.MERCHANT));
        JdPayTemplate template = TestTemplates.template(this.jd)
                .registry(this.directory)
                .defaultMerchant("default")
                .build();

        this.directory.put(secondKeys("shop2", "110025845001"));
        CashierForm form = template.forMerchant("shop2").pcCashierForm(order());

        assertThat(form.fields()).containsEntry("merchant", "110025845001");
        JdPayFormCodec jd = new JdPayFormCodec(
                new JdTripleDesCipher(KeyLoader.desKey("des", DES_KEY_2)),
                new RsaJdPaySigner(TestKeys.merchantPrivateKey()),
                new RsaJdPayVerifier(KeyLoader.publicKey("k", "classpath:keys/selftest-2048-public.pem")));
        assertThat(jd.open(form.fields())).containsEntry("tradeNum", "order-1");
        assertThat(template.merchantName()).isEqualTo("default");
    }

    @Test
    void aReplacedMerchantsNewKeysSignTheNextCall() {
        this.directory.put(firstKeys("shop", TestKeys.MERCHANT));
        JdPayOperations shop = template().forMerchant("shop");

        query(shop);
        String before = this.jd.lastPosted().body();
        this.directory.put(secondKeys("shop", TestKeys.MERCHANT));
        query(shop);
        String after = this.jd.lastPosted().body();

        assertThat(openWithFirstKeys(before).root().childText("tradeNum")).isEqualTo("order-1");
        assertThat(openWithSecondKeys(after).root().childText("tradeNum")).isEqualTo("order-1");
        assertThatThrownBy(() -> openWithFirstKeys(after)).isInstanceOf(JdPayException.class);
    }

    @Test
    void aRemovedMerchantsCallFailsTypedAndSendsNothing() {
        this.directory.put(firstKeys("shop", TestKeys.MERCHANT));
        JdPayOperations shop = template().forMerchant("shop");
        query(shop);
        int sent = this.jd.posted().size();

        this.directory.remove("shop");

        assertThatExceptionOfType(JdPayUnknownMerchantException.class)
                .isThrownBy(() -> shop.queryPayment("order-2"))
                .satisfies(ex -> assertThat(ex.getMerchantName()).isEqualTo("shop"))
                .withMessageContaining("'shop'");
        assertThatExceptionOfType(JdPayUnknownMerchantException.class).isThrownBy(() -> shop.pcCashierForm(order()));
        assertThat(this.jd.posted()).hasSize(sent);
    }

    @Test
    void aMerchantPutBackAfterItsRemovalIsReachableAgain() {
        this.directory.put(firstKeys("shop", TestKeys.MERCHANT));
        JdPayOperations shop = template().forMerchant("shop");
        this.directory.remove("shop");
        this.directory.put(secondKeys("shop", TestKeys.MERCHANT));

        query(shop);

        assertThat(openWithSecondKeys(this.jd.lastPosted().body()).root().childText("tradeNum"))
                .isEqualTo("order-1");
    }

    @Test
    void anUnknownNameFailsAtOnceListingOnlyTheFirstTenOfManyMerchants() {
        List<JdPayMerchant> many = new ArrayList<>();
        for (int n = 1; n <= 25; n++) {
            many.add(firstKeys("shop" + n, Integer.toString(100_000 + n)));
        }
        this.directory.replaceAll(JdPayMerchants.of(many));
        JdPayTemplate template = template();

        assertThatThrownBy(() -> template.forMerchant("nobody"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'nobody'")
                .hasMessageContaining("shop1, shop2")
                .hasMessageContaining("shop10]")
                .hasMessageContaining("and 15 more")
                .hasMessageNotContaining("shop11");
        assertThat(this.jd.posted()).isEmpty();
    }

    @Test
    void aTemplateOnARegistryWithoutADefaultMerchantAsksForForMerchant() {
        this.directory.put(firstKeys("shop", TestKeys.MERCHANT));
        JdPayTemplate template = template();

        assertThatThrownBy(() -> template.queryPayment("order-1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("forMerchant(name)");
        assertThatThrownBy(template::merchantName).isInstanceOf(IllegalStateException.class);
        assertThat(template.forMerchant("shop").merchantNo()).isEqualTo(TestKeys.MERCHANT);
        assertThat(this.jd.posted()).isEmpty();
    }

    @Test
    void aDefaultMerchantThatIsNotInTheRegistryFailsTheBuild() {
        this.directory.put(firstKeys("shop", TestKeys.MERCHANT));

        assertThatThrownBy(() -> TestTemplates.template(this.jd)
                        .registry(this.directory)
                        .defaultMerchant("elsewhere")
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'elsewhere'")
                .hasMessageContaining("[shop]");
    }

    @Test
    void merchantsAddedToTheBuilderJoinTheRegistrysAndTheFirstIsTheDefault() {
        this.directory.put(firstKeys("shop", TestKeys.MERCHANT));
        JdPayTemplate template = TestTemplates.template(this.jd)
                .registry(this.directory)
                .merchant(secondKeys("extra", "110025845001"))
                .build();

        this.directory.put(secondKeys("late", "110025845002"));

        assertThat(template.merchantName()).isEqualTo("extra");
        assertThat(template.forMerchant("shop").merchantNo()).isEqualTo(TestKeys.MERCHANT);
        assertThat(template.forMerchant("late").merchantNo()).isEqualTo("110025845002");
    }

    @Test
    void channelsOfRemovedAndReplacedMerchantsAreDroppedAfterTheChange() {
        for (int n = 1; n <= 3; n++) {
            this.directory.put(firstKeys("shop" + n, Integer.toString(100_000 + n)));
        }
        MerchantChannels channels = new MerchantChannels(
                this.directory, TestTemplates.template(this.jd).transport(), this.jd.endpoints(), TestTemplates.CLOCK);
        for (int n = 1; n <= 3; n++) {
            channels.channel("shop" + n);
        }
        assertThat(channels.cached()).isEqualTo(3);

        this.directory.remove("shop1");
        this.directory.remove("shop2");
        MerchantChannel shop3 = channels.channel("shop3");

        assertThat(channels.cached()).isEqualTo(1);
        assertThat(channels.channel("shop3")).isSameAs(shop3);
        this.directory.put(secondKeys("shop3", "100003"));
        assertThat(channels.channel("shop3")).isNotSameAs(shop3);
        assertThat(channels.cached()).isEqualTo(1);
    }
}
