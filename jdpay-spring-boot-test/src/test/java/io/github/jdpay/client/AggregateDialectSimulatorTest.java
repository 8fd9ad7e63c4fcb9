package io.github.jdpay.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.jdpay.client.aggregate.JdPayAggregateTemplate;
import io.github.jdpay.crypto.AggregateTripleDesCipher;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.Md5AggregateSigner;
import io.github.jdpay.exception.JdPayApiException;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.aggregate.PayStatus;
import io.github.jdpay.model.aggregate.ScanUrl;
import io.github.jdpay.model.aggregate.ScanUrlRequest;
import io.github.jdpay.protocol.aggregate.AggregateCodec;
import io.github.jdpay.protocol.aggregate.AggregateDialect;
import io.github.jdpay.protocol.aggregate.AggregateEnvelope;
import io.github.jdpay.protocol.aggregate.CipherTextEncoding;
import io.github.jdpay.protocol.aggregate.ScanUrlFieldNames;
import io.github.jdpay.protocol.aggregate.ScanUrlTransport;
import io.github.jdpay.test.JdPaySimulator;
import io.github.jdpay.test.ManualTime;
import io.github.jdpay.test.NotificationDelivery;
import io.github.jdpay.test.TestMerchant;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A simulator told to accept only one aggregate dialect: the client in that dialect gets its order, a client in any
 * other is refused in clear, and the refusal reaches the application as JD's code and message.
 */
class AggregateDialectSimulatorTest {

    private static final String M = TestMerchant.MERCHANT_NO;

    private JdPaySimulator jd;

    @AfterEach
    void stop() {
        if (this.jd != null) {
            this.jd.close();
        }
    }

    private JdPaySimulator start(AggregateDialect only) {
        JdPaySimulator simulator = JdPaySimulator.builder()
                .testMerchant()
                .acceptOnlyAggregateDialect(only)
                .allowNotifyAnyHost()
                .manualTime(ManualTime.startingNow()) // retries to the closed port wait: the test reads the first
                .start();
        this.jd = simulator;
        return simulator;
    }

    private JdPayAggregateTemplate client(AggregateDialect dialect) {
        return SimulatorTemplates.aggregateTemplate(this.jd, TestMerchant.MD5_KEY)
                .dialect(dialect)
                .build();
    }

    private static ScanUrlRequest order(String outTradeNo) {
        return ScanUrlRequest.builder()
                .outTradeNo(outTradeNo)
                .amount(Money.ofFen(20))
                .remark("小白兔买糖")
                .build();
    }

    @Test
    void theExamplesDialectIsAcceptedAndEveryOtherRefusedInClear() {
        // tag::accept-only[]
        this.jd = JdPaySimulator.builder()
                .testMerchant()
                .acceptOnlyAggregateDialect(AggregateDialect.PRODUCT_PAGE_EXAMPLE)
                .start();
        JdPayAggregateTemplate inTheExamplesDialect = SimulatorTemplates.aggregateTemplate(
                        this.jd, TestMerchant.MD5_KEY)
                .dialect(AggregateDialect.PRODUCT_PAGE_EXAMPLE)
                .build();

        ScanUrl code = inTheExamplesDialect.getScanUrl(order("d-1"));
        // end::accept-only[]

        assertThat(code.url().toString()).startsWith(this.jd.aggregateUrl() + "/scan?c=");
        for (AggregateDialect other : new AggregateDialect[] {
            AggregateDialect.DEFAULT,
            AggregateDialect.PRODUCT_PAGE_EXAMPLE.withScanUrlFieldNames(ScanUrlFieldNames.TABLE),
            AggregateDialect.PRODUCT_PAGE_EXAMPLE.withScanUrlTransport(ScanUrlTransport.JSON),
            AggregateDialect.PRODUCT_PAGE_EXAMPLE.withScanUrlCipherText(CipherTextEncoding.HEX)
        }) {
            assertThatExceptionOfType(JdPayApiException.class)
                    .as("%s", other)
                    .isThrownBy(() -> client(other).getScanUrl(order("d-2")))
                    .satisfies(ex -> {
                        assertThat(ex.getCode()).isEqualTo("GATE900009");
                        assertThat(ex.getDescription()).startsWith("报文形式不符");
                    });
        }
    }

    @Test
    void theDefaultDialectIsAcceptedAndTheApiCipherTextChecked() {
        start(AggregateDialect.DEFAULT);

        client(AggregateDialect.DEFAULT).getScanUrl(order("d-3"));

        assertThat(client(AggregateDialect.DEFAULT).queryTrade("d-3").payStatus())
                .isEqualTo(PayStatus.PROCESSING);
        assertThatExceptionOfType(JdPayApiException.class)
                .isThrownBy(() -> client(AggregateDialect.DEFAULT.withApiCipherText(CipherTextEncoding.BASE64_URL))
                        .queryTrade("d-3"))
                .satisfies(ex -> assertThat(ex.getCode()).isEqualTo("GATE900009"));
        assertThatExceptionOfType(JdPayApiException.class)
                .isThrownBy(() -> client(AggregateDialect.PRODUCT_PAGE_EXAMPLE).getScanUrl(order("d-4")));
    }

    @Test
    void anOrderMadeInTheExamplesNamesIsAnsweredAndNotifiedInThem() {
        start(AggregateDialect.PRODUCT_PAGE_EXAMPLE);
        ScanUrlRequest request = ScanUrlRequest.builder()
                .outTradeNo("d-5")
                .amount(Money.ofFen(20))
                .successNotifyUrl("http://127.0.0.1:9/aggregate/notify")
                .build();

        client(AggregateDialect.PRODUCT_PAGE_EXAMPLE).getScanUrl(request);
        this.jd.aggregate().pay(M, "d-5");
        NotificationDelivery delivery =
                this.jd.awaitDeliveries("d-5", 1, Duration.ofSeconds(5)).get(0);
        AggregateCodec codec = new AggregateCodec(
                new AggregateTripleDesCipher(KeyLoader.desKey("des", TestMerchant.DES_KEY)),
                new Md5AggregateSigner(TestMerchant.MD5_KEY));
        Map<String, String> notified =
                codec.open(AggregateEnvelope.parse(delivery.requestBody().getBytes(StandardCharsets.UTF_8)), M);

        assertThat(notified).containsEntry("orderId", "d-5").doesNotContainKey("outTradeNo");
    }
}
