package io.github.jdpay.test.aggregateshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.jdpay.client.JdPayAggregateOperations;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.aggregate.AggregatePayRequest;
import io.github.jdpay.model.aggregate.AggregateRefundRequest;
import io.github.jdpay.model.aggregate.ScanUrl;
import io.github.jdpay.model.aggregate.ScanUrlRequest;
import io.github.jdpay.notify.aggregate.AggregateNotification;
import io.github.jdpay.test.JdPaySimulator;
import io.github.jdpay.test.NotificationDelivery;
import io.github.jdpay.test.TestMerchant;
import io.github.jdpay.test.notify.HostileAggregateNotifications;
import io.github.jdpay.test.notify.NotificationSample;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An aggregate-only web shop with the simulator switched on: a QR order paid by the payer, a payment-code payment and
 * its refund, each notified by the simulator over HTTP to the shop's endpoint, handled once and acknowledged; the
 * hostile corpus is refused by the running endpoint.
 */
@SpringBootTest(
        classes = AggregateShopApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "jdpay.aggregate.merchant-no=" + TestMerchant.MERCHANT_NO,
            "jdpay.aggregate.system-id=jw",
            "jdpay.aggregate.des-key=" + TestMerchant.DES_KEY,
            "jdpay.aggregate.md5-key=" + TestMerchant.MD5_KEY,
            "jdpay.simulator.enabled=true"
        })
class AggregateEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    JdPayAggregateOperations aggregate;

    @Autowired
    JdPaySimulator simulator;

    @Autowired
    AggregateShopApplication.Orders orders;

    // Not @LocalServerPort: Spring Boot 4 moved it to another package.
    @Value("${local.server.port}")
    int port;

    private String notifyUrl() {
        return "http://127.0.0.1:" + this.port + "/jdpay/aggregate/notify";
    }

    @BeforeEach
    void reset() {
        this.simulator.clearFaults();
        this.orders.notified.clear();
    }

    @Test
    void aQrOrderPaidByThePayerIsNotifiedHandledAndAcknowledged() {
        ScanUrl code = this.aggregate.getScanUrl(ScanUrlRequest.builder()
                .outTradeNo("e2e-scan-1")
                .amount(Money.ofYuan("19.90"))
                .successNotifyUrl(notifyUrl())
                .remark("龙井茶")
                .build());
        this.simulator.faults().notifications().duplicate();

        this.simulator.aggregate().pay(TestMerchant.MERCHANT_NO, "e2e-scan-1");
        List<NotificationDelivery> deliveries = this.simulator.awaitDeliveries("e2e-scan-1", 2, WAIT);

        assertThat(code.url().toString()).startsWith(this.simulator.aggregateUrl());
        assertThat(deliveries)
                .allSatisfy(delivery -> assertThat(delivery.acknowledged()).isTrue());
        assertThat(this.orders.notified).singleElement().satisfies(n -> {
            assertThat(n.outTradeNo()).isEqualTo("e2e-scan-1");
            assertThat(n.amount()).isEqualTo(Money.ofFen(1990));
            assertThat(n.isSuccess()).isTrue();
        });
        assertThat(this.aggregate.queryTrade("e2e-scan-1").isPaid()).isTrue();
    }

    @Test
    void aPaymentCodePaymentAndItsRefundAreEachNotified() {
        this.aggregate.pay(AggregatePayRequest.builder()
                .outTradeNo("e2e-code-1")
                .amount(Money.ofFen(800))
                .authCode("134567890123456789")
                .notifyUrl(notifyUrl())
                .build());
        this.aggregate.refund(AggregateRefundRequest.builder()
                .outRefundNo("e2e-code-1-r")
                .outTradeNo("e2e-code-1")
                .amount(Money.ofFen(300))
                .notifyUrl(notifyUrl())
                .build());

        assertThat(this.simulator.awaitDeliveries("e2e-code-1", 1, WAIT).get(0).acknowledged())
                .isTrue();
        assertThat(this.simulator
                        .awaitDeliveries("e2e-code-1-r", 1, WAIT)
                        .get(0)
                        .acknowledged())
                .isTrue();
        assertThat(this.orders.notified)
                .extracting(AggregateNotification::tradeNum, AggregateNotification::amount)
                .containsExactlyInAnyOrder(
                        tuple("e2e-code-1", Money.ofFen(800)), tuple("e2e-code-1-r", Money.ofFen(300)));
    }

    @Test
    void theRunningEndpointRefusesTheHostileCorpus() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        for (NotificationSample sample : HostileAggregateNotifications.corpus()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(notifyUrl()))
                            .header("Content-Type", sample.contentType())
                            .POST(HttpRequest.BodyPublishers.ofByteArray(sample.body()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(sample.name()).isBetween(400, 499);
            assertThat(response.body()).as(sample.name()).isEqualTo("fail");
        }
        assertThat(this.orders.notified).isEmpty();
    }
}
