package io.github.jdpay.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.jdpay.client.JdPayOperations;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.RefundRequest;
import io.github.jdpay.model.UniOrderRequest;
import io.github.jdpay.model.UniOrderTradeType;
import io.github.jdpay.notify.idempotency.jdbc.JdbcIdempotencyStore;
import io.github.jdpay.test.JdPaySimulator;
import io.github.jdpay.test.ManualTime;
import io.github.jdpay.test.NotificationDelivery;
import io.github.jdpay.test.TestMerchant;
import io.github.jdpay.test.notify.JdPayNotifications;
import io.github.jdpay.test.notify.NotificationContent;
import io.github.jdpay.test.notify.NotificationSample;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A shop on a real server with the starter, the JDBC idempotency store on H2, and the simulator playing JD with its
 * retry schedule compressed (one simulated minute per millisecond): payments and refunds travel from JD to the
 * handlers, and JD hears {@code success} exactly when the work is done.
 */
@SpringBootTest(
        classes = NotifyEndToEndTest.Shop.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "jdpay.merchant-no=" + TestMerchant.MERCHANT_NO,
            "jdpay.des-key=" + TestMerchant.DES_KEY,
            "jdpay.private-key=" + TestMerchant.PRIVATE_KEY_LOCATION,
            "jdpay.simulator.enabled=true",
            "jdpay.notify.idempotency.store=jdbc",
            "jdpay.notify.idempotency.jdbc.initialize-schema=true",
            "spring.datasource.url=jdbc:h2:mem:notify-e2e;DB_CLOSE_DELAY=-1",
            "spring.datasource.generate-unique-name=false"
        })
class NotifyEndToEndTest {

    static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    JdPayOperations jdPay;

    @Autowired
    JdPaySimulator simulator;

    @Autowired
    RecordingShop shop;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ManualTime time;

    // Not @LocalServerPort: Spring Boot 4 moved it to another package.
    @Value("${local.server.port}")
    int port;

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Shop {

        /** JD's time, which only the tests move: retries come when a test advances it past them. */
        @Bean
        ManualTime jdTime() {
            return ManualTime.startingNow();
        }

        /** The simulator the starter would start, on JD's time of the test. */
        @Bean
        JdPaySimulator jdPaySimulator(ManualTime time) {
            return JdPaySimulator.builder().testMerchant().manualTime(time).start();
        }

        @Bean
        RecordingShop recordingShop() {
            return new RecordingShop();
        }
    }

    @BeforeEach
    void forgetEverything() {
        this.simulator.reset();
        this.shop.payments.clear();
        this.shop.refunds.clear();
        this.jdbc.update("DELETE FROM " + JdbcIdempotencyStore.TABLE);
    }

    String notifyUrl() {
        return "http://127.0.0.1:" + this.port + "/jdpay/notify";
    }

    void paidOrder(String tradeNum, long fen) {
        this.jdPay.uniOrder(
                UniOrderRequest.builder()
                        .tradeNum(tradeNum)
                        .tradeName("龙井茶")
                        .amount(Money.ofFen(fen))
                        .notifyUrl(notifyUrl())
                        .build(),
                UniOrderTradeType.GEN);
        this.simulator.pay(tradeNum);
    }

    /** A payment notification of 1 yuan signed as the simulator's JD signs, to post without an order. */
    static byte[] signedPayment(String tradeNum) {
        return JdPayNotifications.testMerchant()
                .sign(NotificationContent.payment(tradeNum, 100, NotificationContent.now()))
                .bytes();
    }

    String state(String key) {
        return this.jdbc.queryForObject(
                "SELECT state FROM " + JdbcIdempotencyStore.TABLE + " WHERE notification_key = ?", String.class, key);
    }

    @Test
    void aPaymentReachesItsHandlerAndJdHearsSuccess() {
        paidOrder("E2E-1", 2500);

        NotificationDelivery delivery =
                this.simulator.awaitDeliveries("E2E-1", 1, WAIT).get(0);

        assertThat(delivery.acknowledged()).isTrue();
        assertThat(delivery.responseBody()).isEqualTo("success");
        assertThat(this.shop.payments)
                .filteredOn(n -> n.tradeNum().equals("E2E-1"))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.isPaid()).isTrue();
                    assertThat(n.amount()).isEqualTo(Money.ofFen(2500));
                    assertThat(n.merchantName()).isEqualTo("default");
                });
        assertThat(state("22294531:0:2:E2E-1")).isEqualTo("DONE");
    }

    @Test
    void aHandlerThatFailsTwiceIsCalledThreeTimesAndJdSeesTwoFailuresThenSuccess() throws Exception {
        this.shop.fail("E2E-2", 2);

        paidOrder("E2E-2", 100);
        this.time.advance(Duration.ofMinutes(3)); // JD's retries at +1 and +3 minutes, each answered

        List<NotificationDelivery> deliveries = this.simulator.deliveries().stream()
                .filter(d -> d.tradeNum().equals("E2E-2"))
                .toList();
        assertThat(deliveries)
                .extracting(NotificationDelivery::httpStatus, NotificationDelivery::responseBody)
                .containsExactly(tuple(500, "fail"), tuple(500, "fail"), tuple(200, "success"));
        Instant first = deliveries.get(0).sentAt();
        assertThat(deliveries)
                .extracting(d -> Duration.between(first, d.sentAt()))
                .containsExactly(Duration.ZERO, Duration.ofMinutes(1), Duration.ofMinutes(3));
        this.time.advance(Duration.ofHours(3)); // past JD's whole schedule: acknowledged, so no fourth attempt
        assertThat(this.simulator.deliveries())
                .filteredOn(d -> d.tradeNum().equals("E2E-2"))
                .hasSize(3);
        assertThat(this.time.nextDue()).isEmpty();
        assertThat(this.shop.calls("E2E-2")).isEqualTo(3);
        assertThat(state("22294531:0:2:E2E-2")).isEqualTo("DONE");
    }

    @Test
    void jdSendingEveryAttemptTwiceStillGetsOneHandlerCall() throws Exception {
        this.simulator.faults().notifications().duplicate();

        paidOrder("E2E-3", 100);
        List<NotificationDelivery> deliveries = this.simulator.awaitDeliveries("E2E-3", 2, WAIT);

        assertThat(deliveries).allMatch(NotificationDelivery::acknowledged);
        assertThat(this.shop.calls("E2E-3")).isOne();
    }

    @Test
    void fiveDeliveriesOfOneNotificationCallTheHandlerOnce() throws Exception {
        byte[] body = signedPayment("E2E-4");

        for (int delivery = 0; delivery < 5; delivery++) {
            assertThat(Http.post(notifyUrl(), body)).isEqualTo(new Http.Answer(200, "success"));
        }

        assertThat(this.shop.calls("E2E-4")).isOne();
    }

    @Test
    void sixteenConcurrentDeliveriesCallTheHandlerOnceAndNoneIsAcknowledgedBeforeItReturns() throws Exception {
        byte[] body = signedPayment("E2E-5");
        this.shop.holdCalls();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CompletionService<Http.Answer> jd = new ExecutorCompletionService<>(pool);
        try {
            CyclicBarrier together = new CyclicBarrier(16);
            for (int i = 0; i < 16; i++) {
                jd.submit(() -> {
                    together.await();
                    return Http.post(notifyUrl(), body);
                });
            }
            assertThat(this.shop.entered.await(30, TimeUnit.SECONDS)).isTrue();
            // While the handler is held, its delivery cannot answer: the first 15 answers are all the twins'. No
            // deadline per request decides which is which, so a slow machine cannot make this test fail.
            List<Http.Answer> early = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                Future<Http.Answer> answered = jd.poll(60, TimeUnit.SECONDS);
                assertThat(answered)
                        .as("twin %d answered while the handler is held", i)
                        .isNotNull();
                early.add(answered.get());
            }
            this.shop.releaseCalls();
            Future<Http.Answer> held = jd.poll(60, TimeUnit.SECONDS);

            assertThat(early).hasSize(15).allSatisfy(answer -> assertThat(answer)
                    .isEqualTo(new Http.Answer(409, "fail")));
            assertThat(held).isNotNull();
            assertThat(held.get()).isEqualTo(new Http.Answer(200, "success"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(Http.post(notifyUrl(), body)).isEqualTo(new Http.Answer(200, "success"));
        assertThat(this.shop.calls("E2E-5")).isOne();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.jdpay.test.notify.HostileNotifications#corpus")
    void aHostileNotificationIsRefusedOverHttpAndLeavesNoRow(NotificationSample sample) throws Exception {
        Http.Answer answer = Http.post(notifyUrl(), sample.body(), sample.contentType());

        assertThat(answer.status()).as(sample.description()).isBetween(400, 499);
        assertThat(answer.body()).isEqualTo("fail");
        assertThat(this.shop.payments).isEmpty();
        assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM " + JdbcIdempotencyStore.TABLE, Integer.class))
                .isZero();
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWithoutAContentLengthToGoBy() throws Exception {
        byte[] valid = signedPayment("E2E-8");
        byte[] padded = new byte[64 * 1024 + 1];
        java.util.Arrays.fill(padded, (byte) ' ');
        System.arraycopy(valid, 0, padded, 0, valid.length - "</jdpay>".length());
        System.arraycopy(
                "</jdpay>".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, padded, padded.length - 8, 8);

        assertThat(Http.postChunked(notifyUrl(), padded)).isEqualTo(new Http.Answer(413, "fail"));
        assertThat(Http.postChunked(notifyUrl(), valid)).isEqualTo(new Http.Answer(200, "success"));
        assertThat(this.shop.calls("E2E-8")).isOne();
    }

    @Test
    void aRefundReachesTheRefundHandler() {
        paidOrder("E2E-6", 1000);
        this.simulator.awaitDeliveries("E2E-6", 1, WAIT);

        this.jdPay.refund(RefundRequest.builder()
                .tradeNum("E2E-6-r")
                .originalTradeNum("E2E-6")
                .amount(Money.ofFen(300))
                .notifyUrl(notifyUrl())
                .build());
        NotificationDelivery delivery =
                this.simulator.awaitDeliveries("E2E-6-r", 1, WAIT).get(0);

        assertThat(delivery.acknowledged()).isTrue();
        assertThat(this.shop.refunds)
                .filteredOn(n -> n.tradeNum().equals("E2E-6-r"))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.originalTradeNum()).isEqualTo("E2E-6");
                    assertThat(n.amount()).isEqualTo(Money.ofFen(300));
                    assertThat(n.isRefunded()).isTrue();
                });
    }

    @Test
    void aRefundNotifiedBeforeItsPaymentIsHandledAndSoIsThePayment() {
        this.simulator.faults().notifications().hold();
        paidOrder("E2E-7", 1000);
        this.jdPay.refund(RefundRequest.builder()
                .tradeNum("E2E-7-r")
                .originalTradeNum("E2E-7")
                .amount(Money.ofFen(1000))
                .notifyUrl(notifyUrl())
                .build());

        this.simulator.faults().notifications().releaseReversed();
        List<NotificationDelivery> deliveries = this.simulator.awaitDeliveries(2, WAIT);

        assertThat(deliveries).extracting(NotificationDelivery::tradeNum).containsExactly("E2E-7-r", "E2E-7");
        assertThat(deliveries).allMatch(NotificationDelivery::acknowledged);
        assertThat(this.shop.calls("E2E-7-r")).isOne();
        assertThat(this.shop.calls("E2E-7")).isOne();
    }
}
