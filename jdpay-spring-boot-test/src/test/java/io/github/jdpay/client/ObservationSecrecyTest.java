package io.github.jdpay.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.github.jdpay.autoconfigure.JdPayAggregateAutoConfiguration;
import io.github.jdpay.autoconfigure.JdPayAutoConfiguration;
import io.github.jdpay.autoconfigure.JdPayNotifyAutoConfiguration;
import io.github.jdpay.client.aggregate.JdPayAggregateTemplate;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.exception.JdPayApiException;
import io.github.jdpay.exception.JdPayOutcomeUnknownException;
import io.github.jdpay.exception.JdPaySignatureException;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.UniOrderRequest;
import io.github.jdpay.model.UniOrderTradeType;
import io.github.jdpay.model.aggregate.AggregatePayRequest;
import io.github.jdpay.model.aggregate.AggregateRefundRequest;
import io.github.jdpay.notify.JdPayNotifyHandler;
import io.github.jdpay.notify.TradeNotification;
import io.github.jdpay.notify.aggregate.AggregateNotification;
import io.github.jdpay.protocol.JdPayXmlCodec;
import io.github.jdpay.protocol.aggregate.AggregateEnvelope;
import io.github.jdpay.test.JdPaySimulator;
import io.github.jdpay.test.SimulatorJdKey;
import io.github.jdpay.test.TestMerchant;
import io.github.jdpay.test.notify.AggregateNotifications;
import io.github.jdpay.test.notify.HostileAggregateNotifications;
import io.github.jdpay.test.notify.HostileNotifications;
import io.github.jdpay.test.notify.JdPayNotifications;
import io.github.jdpay.test.notify.NotificationContent;
import io.github.jdpay.test.notify.NotificationSample;
import io.github.jdpay.test.notify.SignedNotification;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.ClassUtils;
import org.springframework.web.client.RestClient;

/**
 * No key value of any observation, low or high cardinality, carries a key, a sign, cipher text, a card field, a user
 * id or a payment code: calls that succeed, fail at JD and fail to verify, and notifications handled and refused.
 * Every secret looked for is one that really crossed the wire in the test.
 */
class ObservationSecrecyTest {

    /** A substring this long of key material is a leak; shorter ones occur by chance in any Base64 text. */
    static final int KEY_WINDOW = 20;

    private static final String MD5_KEY = "Md5-Never-Observed-5d1e";

    private static final String AGGREGATE_MD5_KEY = "Aggregate-Md5-Never-Observed-2b7c";

    private static final String USER_ID = "uid-never-observed-8830";

    private static final String PAYMENT_CODE = "134567890123456789";

    /** The simulator's masked card data in every paid trade's payList. */
    static final List<String> CARD_FIELDS = List.of("622588****0000", "138****0000", "*模拟", "****0000", "CMB");

    private final JdPaySimulator jd = JdPaySimulator.builder()
            .testMerchant()
            .aggregateMerchant(TestMerchant.MERCHANT_NO, TestMerchant.DES_KEY, AGGREGATE_MD5_KEY)
            .start();

    private final TestObservationRegistry registry = TestObservationRegistry.create();

    private final RecordingInterceptor wire = new RecordingInterceptor();

    private final Set<String> secrets = new LinkedHashSet<>();

    @AfterEach
    void stop() {
        this.jd.close();
    }

    private RestClient.Builder restClient() {
        return RestClient.builder().observationRegistry(this.registry).requestInterceptor(this.wire);
    }

    private static UniOrderRequest order(String tradeNum) {
        return UniOrderRequest.builder()
                .tradeNum(tradeNum)
                .tradeName("测试商品")
                .amount(Money.ofFen(4711))
                .userId(USER_ID)
                .build();
    }

    @Test
    void noObservationKeyValueCarriesAKeyASignCipherTextOrCardData() throws Exception {
        callJdPay();
        callAggregatePay();
        List<Observation.Context> notifications = deliverNotifications();
        addWireSecrets();
        addKeyMaterial();

        List<Observation.Context> observed = new ArrayList<>(handled(this.registry));
        assertThat(observed)
                .extracting(Observation.Context::getName)
                .contains("jdpay.client.requests", "http.client.requests");
        observed.addAll(notifications);
        List<String> values = new ArrayList<>();
        for (Observation.Context context : observed) {
            Stream.concat(context.getLowCardinalityKeyValues().stream(), context.getHighCardinalityKeyValues().stream())
                    .map(KeyValue::getValue)
                    .forEach(values::add);
            values.add(String.valueOf(context.getContextualName()));
        }
        assertThat(values).contains("SUCCESS", "API_ERROR", "SIGNATURE_ERROR", "OUTCOME_UNKNOWN", "HANDLED");
        assertThat(values).contains("REJECTED", "SIGNATURE", "MALFORMED", "aggregate", "q-1");
        String all = String.join("\n", values);

        assertNoSecret(all, this.secrets);
    }

    /** Fails naming the secret and where it was seen, if {@code output} contains any of {@code secrets}. */
    static void assertNoSecret(String output, Set<String> secrets) {
        assertThat(secrets).hasSizeGreaterThan(100);
        for (String secret : secrets) {
            assertThat(output).as("output contains a secret").doesNotContain(secret);
        }
    }

    private void callJdPay() {
        JdPayTemplate template = SimulatorTemplates.template(this.jd)
                .restClientBuilder(restClient())
                .observationRegistry(this.registry)
                .merchant(SimulatorTemplates.merchant(this.jd).md5Key(MD5_KEY).build())
                .build();
        this.secrets.add(template.createAppPayment(order("q-1")).signData());
        this.jd.pay("q-1");
        template.queryPayment("q-1");
        template.refund(JdPayTemplateSimulatorTest.refund("q-1-r", "q-1", 4711));
        this.jd.faults().next("uniorder").resultCode("TRDE0001", "refused for the test");
        assertThatThrownBy(() -> template.uniOrder(order("q-2"), UniOrderTradeType.GEN))
                .isInstanceOf(JdPayApiException.class);
        this.jd.faults().next("uniorder").badSignature();
        assertThatThrownBy(() -> template.uniOrder(order("q-3"), UniOrderTradeType.GEN))
                .isInstanceOf(JdPayOutcomeUnknownException.class);
        this.jd.faults().next("query").badSignature();
        assertThatThrownBy(() -> template.queryPayment("q-1")).isInstanceOf(JdPaySignatureException.class);
        this.jd.faults().next("uniorder").replyLost();
        assertThatThrownBy(() -> template.uniOrder(order("q-4"), UniOrderTradeType.GEN))
                .isInstanceOf(JdPayOutcomeUnknownException.class);
    }

    private void callAggregatePay() {
        JdPayAggregateTemplate aggregate = SimulatorTemplates.aggregateTemplate(this.jd, AGGREGATE_MD5_KEY)
                .restClientBuilder(restClient())
                .observationRegistry(this.registry)
                .build();
        aggregate.pay(AggregatePayRequest.builder()
                .outTradeNo("a-1")
                .amount(Money.ofFen(4711))
                .authCode(PAYMENT_CODE)
                .build());
        aggregate.queryTrade("a-1");
        this.jd.faults().next("m/refund").resultCode("RFND100008", "可用余额不足");
        assertThatThrownBy(() -> aggregate.refund(aggregateRefund("a-1-r1"))).isInstanceOf(JdPayApiException.class);
        this.jd.faults().next("m/refund").badSignature();
        assertThatThrownBy(() -> aggregate.refund(aggregateRefund("a-1-r2")))
                .isInstanceOf(JdPayOutcomeUnknownException.class);
    }

    private static AggregateRefundRequest aggregateRefund(String outRefundNo) {
        return AggregateRefundRequest.builder()
                .outRefundNo(outRefundNo)
                .outTradeNo("a-1")
                .amount(Money.ofFen(100))
                .build();
    }

    /** Handled, duplicate and refused notifications of both kinds; returns their observations. */
    private List<Observation.Context> deliverNotifications() {
        JdPayNotifications jdPay = JdPayNotifications.testMerchant();
        AggregateNotifications aggregatePay =
                AggregateNotifications.of(TestMerchant.MERCHANT_NO, TestMerchant.DES_KEY, AGGREGATE_MD5_KEY);
        SignedNotification paid = jdPay.sign(NotificationContent.payment("n-1", 4711, NotificationContent.now()));
        SignedNotification forged =
                jdPay.withFlippedSignature().sign(NotificationContent.payment("n-2", 4711, NotificationContent.now()));
        String aggregatePaid = aggregatePay.payment("n-a1", "3000000000000000000001", 4711, NotificationContent.now());
        List<NotificationSample> hostile = new ArrayList<>(HostileNotifications.corpus());
        hostile.addAll(HostileAggregateNotifications.corpus(
                TestMerchant.MERCHANT_NO, TestMerchant.DES_KEY, AGGREGATE_MD5_KEY));
        for (SignedNotification signed : List.of(paid, forged)) {
            addSign(signed.innerDocument());
            addEncrypt(signed.body());
        }
        addAggregateEnvelope(aggregatePaid);
        List<Observation.Context> observed = new ArrayList<>();
        notificationRunner().run(context -> {
            deliver(context, "/jdpay/notify", paid.bytes(), "application/xml");
            deliver(context, "/jdpay/notify", paid.bytes(), "application/xml");
            deliver(context, "/jdpay/notify", forged.bytes(), "application/xml");
            byte[] aggregateBody = aggregatePaid.getBytes(StandardCharsets.UTF_8);
            deliver(context, "/jdpay/aggregate/notify", aggregateBody, "application/json");
            for (NotificationSample sample : hostile) {
                String path = sample.name().startsWith("aggregate-") ? "/jdpay/aggregate/notify" : "/jdpay/notify";
                deliver(context, path, sample.body(), sample.contentType());
            }
            observed.addAll(handled(context.getBean(TestObservationRegistry.class)));
        });
        assertThat(observed).hasSizeGreaterThan(hostile.size());
        return observed;
    }

    private WebApplicationContextRunner notificationRunner() {
        Class<?> webMvc = Stream.of(
                        "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
                        "org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration")
                .filter(name -> ClassUtils.isPresent(name, null))
                .findFirst()
                .map(name -> ClassUtils.resolveClassName(name, null))
                .orElseThrow();
        return new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(
                        JdPayAutoConfiguration.class,
                        JdPayAggregateAutoConfiguration.class,
                        JdPayNotifyAutoConfiguration.class,
                        webMvc))
                .withPropertyValues(
                        "jdpay.merchant-no=" + TestMerchant.MERCHANT_NO,
                        "jdpay.des-key=" + TestMerchant.DES_KEY,
                        "jdpay.private-key=" + TestMerchant.PRIVATE_KEY_LOCATION,
                        "jdpay.jd-public-key=" + SimulatorJdKey.PUBLIC_KEY_LOCATION,
                        "jdpay.md5-key=" + MD5_KEY,
                        "jdpay.aggregate.merchant-no=" + TestMerchant.MERCHANT_NO,
                        "jdpay.aggregate.system-id=jw",
                        "jdpay.aggregate.des-key=" + TestMerchant.DES_KEY,
                        "jdpay.aggregate.md5-key=" + AGGREGATE_MD5_KEY)
                .withBean(TestObservationRegistry.class, TestObservationRegistry::create)
                .withBean(Shop.class);
    }

    /** Takes payments of both kinds. */
    static class Shop {

        @JdPayNotifyHandler
        void paid(TradeNotification notification) {}

        @JdPayNotifyHandler
        void paid(AggregateNotification notification) {}
    }

    private static void deliver(AssertableWebApplicationContext context, String path, byte[] body, String type)
            throws Exception {
        MockMvcBuilders.webAppContextSetup(context)
                .build()
                .perform(post(path).contentType(type).content(body));
    }

    private static List<Observation.Context> handled(TestObservationRegistry registry) {
        List<Observation.Context> contexts = new ArrayList<>();
        TestObservationRegistryAssert.assertThat(registry).hasHandledContextsThatSatisfy(contexts::addAll);
        return contexts;
    }

    /** Every sign, encrypt and cipherJson of the requests and answers the clients exchanged with the simulator. */
    private void addWireSecrets() {
        int signs = 0;
        for (String body : this.wire.bodies) {
            if (body.contains("<encrypt>")) {
                addEncrypt(body);
                JdPayXmlCodec codec = new JdPayXmlCodec(
                        TestMerchant.cipher(),
                        new RsaJdPaySigner(TestMerchant.privateKey()),
                        new RsaJdPayVerifier(TestMerchant.publicKey()));
                Matcher encrypt = Pattern.compile("<encrypt>([^<]+)</encrypt>").matcher(body);
                assertThat(encrypt.find()).isTrue();
                addSign(codec.decryptDocument(encrypt.group(1)));
                signs++;
            } else if (body.contains("cipherJson")) {
                addAggregateEnvelope(body);
                signs++;
            }
        }
        assertThat(signs).as("signed messages on the wire").isGreaterThanOrEqualTo(16);
    }

    private void addSign(String signedDocument) {
        Matcher sign = Pattern.compile("<sign>([^<]+)</sign>").matcher(signedDocument);
        assertThat(sign.find()).as("a sign in %s", signedDocument).isTrue();
        addWindows(sign.group(1));
    }

    private void addEncrypt(String envelope) {
        Matcher encrypt = Pattern.compile("<encrypt>([^<]+)</encrypt>").matcher(envelope);
        assertThat(encrypt.find()).isTrue();
        addWindows(encrypt.group(1));
    }

    private void addAggregateEnvelope(String body) {
        AggregateEnvelope envelope = AggregateEnvelope.parse(body.getBytes(StandardCharsets.UTF_8));
        if (envelope.cipherJson() != null) {
            addWindows(envelope.cipherJson());
        }
        if (envelope.sign() != null) {
            this.secrets.add(envelope.sign());
        }
    }

    /** The keys, whole and as every {@value #KEY_WINDOW}-character piece, and the personal data sent. */
    private void addKeyMaterial() {
        this.secrets.addAll(List.of(TestMerchant.DES_KEY, MD5_KEY, AGGREGATE_MD5_KEY, USER_ID, PAYMENT_CODE));
        this.secrets.addAll(CARD_FIELDS);
        this.secrets.add("4711");
        this.secrets.addAll(keyMaterial(this.jd.jdPublicKeyPem()));
        this.secrets.addAll(keyMaterial(KeyLoader.resolve("key", TestMerchant.PRIVATE_KEY_LOCATION)));
        this.secrets.addAll(keyMaterial(KeyLoader.resolve("key", TestMerchant.PUBLIC_KEY_LOCATION)));
    }

    /** Every {@value #KEY_WINDOW}-character substring of a PEM's Base64, across its line breaks. */
    static Set<String> keyMaterial(String pem) {
        String base64 = String.join(
                "", pem.lines().filter(line -> !line.startsWith("-----")).toList());
        assertThat(base64).hasSizeGreaterThan(200);
        return windows(base64);
    }

    private void addWindows(String value) {
        this.secrets.addAll(windows(value));
    }

    static Set<String> windows(String value) {
        Set<String> windows = new LinkedHashSet<>();
        if (value.length() <= KEY_WINDOW) {
            windows.add(value);
            return windows;
        }
        for (int at = 0; at + KEY_WINDOW <= value.length(); at++) {
            windows.add(value.substring(at, at + KEY_WINDOW));
        }
        return windows;
    }
}
