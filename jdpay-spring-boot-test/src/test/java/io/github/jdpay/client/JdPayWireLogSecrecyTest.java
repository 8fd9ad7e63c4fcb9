package io.github.jdpay.client;

import static io.github.jdpay.client.SimulatorTemplates.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.github.jdpay.client.aggregate.JdPayAggregateTemplate;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.exception.JdPayOutcomeUnknownException;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.UniOrderTradeType;
import io.github.jdpay.model.aggregate.AggregatePayRequest;
import io.github.jdpay.model.aggregate.AggregateRefundRequest;
import io.github.jdpay.protocol.JdPayEnvelope;
import io.github.jdpay.protocol.JdPayXmlCodec;
import io.github.jdpay.protocol.aggregate.AggregateEnvelope;
import io.github.jdpay.test.JdPaySimulator;
import io.github.jdpay.test.TestMerchant;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.web.client.RestClient;

/** With every logger at DEBUG, a full exchange with JD logs what happened and nothing that is secret. */
@ExtendWith(OutputCaptureExtension.class)
class JdPayWireLogSecrecyTest {

    private static final String MD5_KEY = "Md5-Never-Logged-7f3a";

    private static final String AGGREGATE_MD5_KEY = "Aggregate-Md5-Never-Logged-91c2";

    private static final String PAYMENT_CODE = "134567890123456789";

    private final JdPaySimulator jd = JdPaySimulator.builder()
            .testMerchant()
            .aggregateMerchant(TestMerchant.MERCHANT_NO, TestMerchant.DES_KEY, AGGREGATE_MD5_KEY)
            .start();

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    /**
     * The JDK's HTTP client decides once, when a client is created, whether its internal debug logger is on; a
     * client made while everything is at DEBUG would trace every later exchange of the build. It logs connection
     * bookkeeping, not message content, so it stays at INFO here.
     */
    private final Logger jdkHttpClient = (Logger) LoggerFactory.getLogger("jdk.internal.httpclient");

    private Level previous;

    private Level previousJdkHttpClient;

    @BeforeEach
    void debugEverything() {
        this.previous = this.root.getLevel();
        this.previousJdkHttpClient = this.jdkHttpClient.getLevel();
        this.root.setLevel(Level.DEBUG);
        this.jdkHttpClient.setLevel(Level.INFO);
    }

    @AfterEach
    void restore() {
        this.root.setLevel(this.previous);
        this.jdkHttpClient.setLevel(this.previousJdkHttpClient);
        this.jd.close();
    }

    @Test
    void debugWireLogNamesCallsButNoKeysSignaturesOrPayloads(CapturedOutput output) {
        RecordingInterceptor wire = new RecordingInterceptor();
        JdPayTemplate template = SimulatorTemplates.template(this.jd)
                .merchant(SimulatorTemplates.merchant(this.jd).md5Key(MD5_KEY).build())
                .restClientBuilder(RestClient.builder().requestInterceptor(wire))
                .build();

        template.createAppPayment(order("secret-1", 100));
        this.jd.pay("secret-1");
        template.queryPayment("secret-1");
        this.jd.faults().next("refund").badSignature();
        assertThatThrownBy(() -> template.refund(JdPayTemplateSimulatorTest.refund("secret-1-r", "secret-1", 100)))
                .isInstanceOf(JdPayOutcomeUnknownException.class);
        template.uniOrder(order("secret-2", 100), UniOrderTradeType.QR);

        assertThat(output)
                .contains("JD Pay uniorder POST " + this.jd.paygateUrl() + "/uniorder (tradeNum secret-1, attempt 1)")
                .contains("JD Pay query POST")
                .contains("HTTP 200");
        for (String secret : secrets(wire)) {
            assertThat(output.getAll()).doesNotContain(secret);
        }
    }

    @Test
    void aggregateDebugLogNamesCallsButNoKeysSignsCipherTextOrPaymentCodes(CapturedOutput output) {
        RecordingInterceptor wire = new RecordingInterceptor();
        JdPayAggregateTemplate aggregate = SimulatorTemplates.aggregateTemplate(this.jd, AGGREGATE_MD5_KEY)
                .restClientBuilder(RestClient.builder().requestInterceptor(wire))
                .build();

        aggregate.pay(AggregatePayRequest.builder()
                .outTradeNo("secret-a1")
                .amount(Money.ofFen(100))
                .authCode(PAYMENT_CODE)
                .build());
        aggregate.queryTrade("secret-a1");
        this.jd.faults().next("m/refund").badSignature();
        assertThatThrownBy(() -> aggregate.refund(AggregateRefundRequest.builder()
                        .outRefundNo("secret-a1-r")
                        .outTradeNo("secret-a1")
                        .amount(Money.ofFen(100))
                        .build()))
                .isInstanceOf(JdPayOutcomeUnknownException.class);

        assertThat(output)
                .contains("JD Pay m/pay POST " + this.jd.aggregateApiUrl() + "/m/pay (outTradeNo secret-a1, attempt 1)")
                .contains("JD Pay m/refund POST");
        List<String> secrets = new ArrayList<>(List.of(TestMerchant.DES_KEY, AGGREGATE_MD5_KEY, PAYMENT_CODE));
        for (String body : wire.bodies) {
            AggregateEnvelope envelope = AggregateEnvelope.parse(body.getBytes(StandardCharsets.UTF_8));
            secrets.add(String.valueOf(envelope.cipherJson()).substring(0, 40));
            secrets.add(String.valueOf(envelope.sign()));
        }
        assertThat(wire.bodies).hasSize(6);
        for (String secret : secrets) {
            assertThat(output.getAll()).doesNotContain(secret);
        }
    }

    /** The keys, and every sign and encrypt value that crossed the wire in either direction. */
    private List<String> secrets(RecordingInterceptor wire) {
        List<String> secrets = new ArrayList<>(
                List.of(TestMerchant.DES_KEY, "b5ae04fdab292c0de580518a98d0cd45853dd91919e30dad", MD5_KEY));
        KeyLoader.resolve("key", TestMerchant.PRIVATE_KEY_LOCATION)
                .lines()
                .filter(line -> !line.startsWith("-----"))
                .map(line -> line.substring(0, Math.min(line.length(), 24)))
                .forEach(secrets::add);
        JdPayXmlCodec requests = new JdPayXmlCodec(
                TestMerchant.cipher(),
                new RsaJdPaySigner(TestMerchant.privateKey()),
                new RsaJdPayVerifier(TestMerchant.publicKey()));
        int signs = 0;
        for (String body : wire.bodies) {
            Matcher encrypt = Pattern.compile("<encrypt>([^<]+)</encrypt>").matcher(body);
            if (!encrypt.find()) {
                continue;
            }
            secrets.add(encrypt.group(1).substring(0, 40));
            String inner = requests.decryptDocument(encrypt.group(1));
            Matcher sign = Pattern.compile("<sign>([^<]+)</sign>").matcher(inner);
            assertThat(sign.find()).isTrue();
            secrets.add(sign.group(1).substring(0, 40));
            signs++;
        }
        assertThat(signs).as("signed messages seen on the wire").isGreaterThanOrEqualTo(6);
        assertThat(JdPayEnvelope.parse(wire.bodies.get(0).getBytes(StandardCharsets.UTF_8))
                        .merchant())
                .isEqualTo(TestMerchant.MERCHANT_NO);
        return secrets;
    }
}
