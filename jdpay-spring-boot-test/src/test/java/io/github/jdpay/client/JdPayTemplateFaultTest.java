package io.github.jdpay.client;

import static io.github.jdpay.client.JdPayTemplateSimulatorTest.refund;
import static io.github.jdpay.client.SimulatorTemplates.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.github.jdpay.exception.JdPayApiException;
import io.github.jdpay.exception.JdPayMalformedMessageException;
import io.github.jdpay.exception.JdPayOutcomeUnknownException;
import io.github.jdpay.exception.JdPaySignatureException;
import io.github.jdpay.exception.JdPayTransportException;
import io.github.jdpay.model.FkmPayRequest;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.RefundStatus;
import io.github.jdpay.model.RevokeRequest;
import io.github.jdpay.model.TradeStatus;
import io.github.jdpay.model.UniOrderTradeType;
import io.github.jdpay.test.FaultSpec;
import io.github.jdpay.test.JdPaySimulator;
import io.github.jdpay.test.SimulatorFaults;
import io.github.jdpay.test.TestMerchant;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Injected faults: read-only calls are retried and succeed; money-moving calls are tried once and end in "outcome
 * unknown", which a query then settles.
 */
class JdPayTemplateFaultTest {

    private static final JdPaySimulator jd =
            JdPaySimulator.builder().testMerchant().start();

    /** This class's read timeout: short, so that a TIMEOUT fault costs seconds, yet far above a loaded call's time. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(3);

    /** Twice the read timeout: the answer comes long after the client gave up on it. */
    private static final Duration SLOW = READ_TIMEOUT.multipliedBy(2);

    private final JdPayTemplate template = SimulatorTemplates.template(jd)
            .merchant(SimulatorTemplates.merchant(jd).build())
            .readTimeout(READ_TIMEOUT)
            .build();

    @AfterAll
    static void stop() {
        jd.close();
    }

    @BeforeEach
    void clearFaults() {
        jd.clearFaults();
    }

    /** Faults that stop an answer from arriving or being trusted. */
    enum Broken {
        HTTP_503(spec -> spec.httpStatus(503), false),
        RESET(FaultSpec::connectionReset, false),
        TIMEOUT(spec -> spec.latency(SLOW), true),
        REPLY_LOST(FaultSpec::replyLost, true),
        GARBAGE(FaultSpec::malformedBody, true),
        BAD_SIGNATURE(FaultSpec::badSignature, true);

        final Function<FaultSpec, SimulatorFaults> inject;

        /** Whether the simulator handled the call before the fault: it took effect. */
        final boolean handled;

        Broken(Function<FaultSpec, SimulatorFaults> inject, boolean handled) {
            this.inject = inject;
            this.handled = handled;
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"HTTP_503", "RESET", "TIMEOUT"})
    void paymentQueryIsRetriedUntilItSucceeds(Broken fault) {
        this.template.uniOrder(order("retry-" + fault, 100), UniOrderTradeType.GEN);
        fault.inject.apply(jd.faults().next("query", 2));

        assertThat(this.template.queryPayment("retry-" + fault).status()).isEqualTo(TradeStatus.CREATED);
        assertThat(jd.faults().pending()).isZero();
    }

    @Test
    void otherReadOnlyCallsAreRetriedToo() {
        this.template.uniOrder(order("retry-list", 100), UniOrderTradeType.GEN);
        jd.faults().next("queryRefund", 2).connectionReset();
        jd.faults().next("getUserRelation", 2).httpStatus(502);

        assertThat(this.template.listRefunds("retry-list")).isEmpty();
        assertThat(this.template.getUserRelation("user-nobody").bound()).isFalse();
        assertThat(jd.faults().pending()).isZero();
    }

    @Test
    void retriesAreBounded() {
        jd.faults().next("query", 3).httpStatus(503);

        assertThatThrownBy(() -> this.template.queryPayment("bounded-1"))
                .isExactlyInstanceOf(JdPayTransportException.class)
                .hasMessageContaining("query")
                .hasMessageContaining("HTTP 503");
        assertThat(jd.faults().pending()).isZero();
    }

    @Test
    void clientErrorsAreNotRetried() {
        jd.faults().next("query").httpStatus(400);

        assertThatThrownBy(() -> this.template.queryPayment("client-error-1"))
                .isExactlyInstanceOf(JdPayTransportException.class)
                .hasMessageContaining("HTTP 400");
    }

    @Test
    void untrustworthyAnswersToReadsAreRejectedNotRetried() {
        this.template.uniOrder(order("untrusted-1", 100), UniOrderTradeType.GEN);

        jd.faults().next("query").badSignature();
        assertThatThrownBy(() -> this.template.queryPayment("untrusted-1")).isInstanceOf(JdPaySignatureException.class);
        jd.faults().next("query").malformedBody();
        assertThatThrownBy(() -> this.template.queryPayment("untrusted-1"))
                .isInstanceOf(JdPayMalformedMessageException.class);
    }

    @ParameterizedTest
    @EnumSource(Broken.class)
    void unknownOutcomeOfAnOrderIsSettledByAQuery(Broken fault) {
        String tradeNum = "unknown-" + fault;
        fault.inject.apply(jd.faults().next("uniorder"));

        assertThatThrownBy(() -> this.template.uniOrder(order(tradeNum, 100), UniOrderTradeType.QR))
                .isInstanceOfSatisfying(JdPayOutcomeUnknownException.class, ex -> {
                    assertThat(ex.getOperation()).isEqualTo("uniorder");
                    assertThat(ex.getTradeNum()).isEqualTo(tradeNum);
                });

        // Not retried: had it been, the order would exist whatever the fault did to the first attempt.
        if (fault.handled) {
            // After a timeout JD may still be working on the call: query until it shows.
            await().atMost(Duration.ofSeconds(5))
                    .ignoreException(JdPayApiException.class)
                    .untilAsserted(() -> assertThat(
                                    this.template.queryPayment(tradeNum).status())
                            .isEqualTo(TradeStatus.CREATED));
        } else {
            assertThatThrownBy(() -> this.template.queryPayment(tradeNum)).isInstanceOf(JdPayApiException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Broken.class)
    void unknownOutcomeOfARefundIsSettledByARefundQuery(Broken fault) {
        String tradeNum = "refund-unknown-" + fault;
        this.template.uniOrder(order(tradeNum, 100), UniOrderTradeType.GEN);
        jd.pay(tradeNum);
        fault.inject.apply(jd.faults().next("refund"));

        assertThatThrownBy(() -> this.template.refund(refund(tradeNum + "-r", tradeNum, 100)))
                .isInstanceOfSatisfying(JdPayOutcomeUnknownException.class, ex -> assertThat(ex.getTradeNum())
                        .isEqualTo(tradeNum + "-r"));

        if (fault.handled) {
            await().atMost(Duration.ofSeconds(5))
                    .ignoreException(JdPayApiException.class)
                    .untilAsserted(() -> assertThat(this.template
                                    .queryRefund(tradeNum + "-r", tradeNum)
                                    .status())
                            .isEqualTo(RefundStatus.SUCCESS));
        } else {
            assertThat(this.template.listRefunds(tradeNum)).isEmpty();
        }
    }

    @Test
    void revokeAndPaymentCodePaymentsAreNeverRetried() {
        this.template.uniOrder(order("revoke-lost", 100), UniOrderTradeType.GEN);
        jd.faults().next("revoke").replyLost();
        jd.faults().next("fkmPay").connectionReset();

        assertThatThrownBy(() -> this.template.revoke(RevokeRequest.builder()
                        .tradeNum("revoke-lost-x")
                        .originalTradeNum("revoke-lost")
                        .amount(Money.ofFen(100))
                        .build()))
                .isInstanceOf(JdPayOutcomeUnknownException.class);
        assertThatThrownBy(() -> this.template.fkmPay(FkmPayRequest.builder()
                        .token("287654321098765432")
                        .device("till-1")
                        .tradeNum("fkm-reset")
                        .tradeName("咖啡")
                        .amount(Money.ofFen(100))
                        .build()))
                .isInstanceOfSatisfying(JdPayOutcomeUnknownException.class, ex -> assertThat(ex.getOperation())
                        .isEqualTo("fkmPay"));

        assertThat(this.template.queryPayment("revoke-lost").status()).isEqualTo(TradeStatus.CLOSED);
        assertThatThrownBy(() -> this.template.queryPayment("fkm-reset")).isInstanceOf(JdPayApiException.class);
    }

    @Test
    void cancellingAUserRelationFailsPlainlyAndIsNotRetried() {
        jd.faults().next("cancelUserRelation").connectionReset();

        assertThatThrownBy(() -> this.template.cancelUserRelation("user-1"))
                .isExactlyInstanceOf(JdPayTransportException.class);
        assertThat(jd.faults().pending()).isZero();
    }

    @Test
    void refusedConnectionMeansNothingWasSent() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort + "/x");
        JdPayTemplate unreachable = JdPayTemplate.builder()
                .merchant(SimulatorTemplates.merchant(jd).build())
                .endpoints(new JdPayEndpoints(nowhere, nowhere, nowhere, nowhere, nowhere))
                .retryPolicy(new JdPayRetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(1)))
                .build();

        assertThatThrownBy(() -> unreachable.uniOrder(order("refused-1", 100), UniOrderTradeType.GEN))
                .isExactlyInstanceOf(JdPayTransportException.class)
                .hasMessageContaining("uniorder");
        assertThatThrownBy(() -> unreachable.queryPayment("refused-1"))
                .isExactlyInstanceOf(JdPayTransportException.class);
        assertThat(jd.findOrder(TestMerchant.MERCHANT_NO, "refused-1")).isEmpty();
    }
}
