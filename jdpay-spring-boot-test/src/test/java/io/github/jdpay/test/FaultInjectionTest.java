package io.github.jdpay.test;

import static io.github.jdpay.test.MerchantClient.refund;
import static io.github.jdpay.test.MerchantClient.request;
import static io.github.jdpay.test.MerchantClient.uniorder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.exception.JdPayMalformedMessageException;
import io.github.jdpay.exception.JdPaySignatureException;
import io.github.jdpay.protocol.JdPayEnvelope;
import io.github.jdpay.protocol.JdPayMessage;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every fault can be injected, is observed by the client, and goes away when used up or cleared. */
class FaultInjectionTest extends SimulatorTestBase {

    private String sealed(String tradeNum) {
        return TestMerchant.xmlCodec(this.simulator.jdPublicKey())
                .seal(
                        TestMerchant.MERCHANT_NO,
                        uniorder(tradeNum, 10, this.receiver.url()).build());
    }

    private void paidOrder(String tradeNum) {
        this.merchant.call("uniorder", uniorder(tradeNum, 100, this.receiver.url()));
        this.simulator.pay(tradeNum);
    }

    @Test
    void latencyDelaysTheNextCallOnly() {
        this.simulator.faults().next("uniorder").latency(Duration.ofMillis(300));

        long slow = millis(() -> this.merchant.call("uniorder", uniorder("L1", 10, this.receiver.url())));
        int pendingAfterOneCall = this.simulator.faults().pending();

        // A lower bound only: on a loaded machine any call may be slow, so no upper bound tells "not delayed".
        assertThat(slow).isGreaterThanOrEqualTo(300);
        assertThat(pendingAfterOneCall).isZero();
    }

    @Test
    void anHttpStatusIsAnsweredForTheNextNCallsWithoutTakingEffect() {
        this.simulator.faults().next("uniorder", 2).httpStatus(503);

        int first = this.merchant.post("uniorder", sealed("H1")).statusCode();
        int second = this.merchant.post("uniorder", sealed("H1")).statusCode();
        int third = this.merchant.post("uniorder", sealed("H1")).statusCode();

        assertThat(List.of(first, second, third)).containsExactly(503, 503, 200);
        assertThat(this.simulator.orders()).hasSize(1);
        assertThat(this.simulator.faults().pending()).isZero();
    }

    @Test
    void aConnectionResetLeavesNoTrace() {
        this.simulator.faults().next("uniorder").connectionReset();

        assertThatThrownBy(() -> this.merchant.post("uniorder", sealed("X1"))).isInstanceOf(UncheckedIOException.class);
        assertThat(this.simulator.orders()).isEmpty();
    }

    @Test
    void aLostReplyTakesEffectThoughTheClientSeesNoAnswer() {
        paidOrder("X2");
        this.simulator.faults().next("refund").replyLost();

        assertThatThrownBy(() -> this.merchant.call("refund", refund("X2-r", "X2", 40, null)))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(this.simulator.findRefund(TestMerchant.MERCHANT_NO, "X2-r")).isPresent();
        assertThat(this.merchant.call("refund", refund("X2-r", "X2", 40, null)).text("status"))
                .isEqualTo("1");
        assertThat(this.simulator.order("X2").refundedAmount()).isEqualTo(40);
    }

    @Test
    void aMalformedBodyIsCutShortAfterTakingEffect() {
        this.simulator.faults().next("uniorder").malformedBody();

        String body = this.merchant.post("uniorder", sealed("X3")).body();

        assertThatThrownBy(() -> JdPayEnvelope.parse(body.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(JdPayMalformedMessageException.class);
        assertThat(this.simulator.order("X3").state()).isEqualTo(OrderState.CREATED);
    }

    @Test
    void aBadSignatureOnTheAnswerFailsVerificationAtTheMerchant() {
        this.simulator.faults().next("uniorder").badSignature();

        String body = this.merchant.post("uniorder", sealed("X4")).body();
        JdPayEnvelope envelope = JdPayEnvelope.parse(body.getBytes(StandardCharsets.UTF_8));

        assertThat(envelope.result().isSuccess()).isTrue();
        assertThatThrownBy(() ->
                        TestMerchant.xmlCodec(this.simulator.jdPublicKey()).open(envelope))
                .isInstanceOf(JdPaySignatureException.class);
    }

    @Test
    void anInjectedResultCodeRefusesTheCallWithoutEffect() {
        paidOrder("X5");
        this.simulator.faults().next("refund").resultCode("RFND100008", "可用余额不足");

        MerchantClient.Answer refused = this.merchant.call("refund", refund("X5-r", "X5", 10, null));
        MerchantClient.Answer retried = this.merchant.call("refund", refund("X5-r", "X5", 10, null));

        assertThat(refused.code()).isEqualTo("RFND100008");
        assertThat(refused.desc()).isEqualTo("可用余额不足");
        assertThat(refused.hasEncrypt()).isFalse();
        assertThat(retried.code()).isEqualTo("000000");
    }

    @Test
    void anAlwaysFaultLastsUntilCleared() {
        this.simulator.faults().always("query").httpStatus(500);
        String query = TestMerchant.xmlCodec(this.simulator.jdPublicKey())
                .seal(
                        TestMerchant.MERCHANT_NO,
                        request().add("tradeNum", "none").build());

        int first = this.merchant.post("query", query).statusCode();
        int second = this.merchant.post("query", query).statusCode();
        this.simulator.clearFaults();
        int cleared = this.merchant.post("query", query).statusCode();

        assertThat(List.of(first, second, cleared)).containsExactly(500, 500, 200);
    }

    @Test
    void aFaultOnAnUnknownOperationIsRefusedAtOnce() {
        assertThatThrownBy(() -> this.simulator.faults().next("refunds"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refund");
    }

    @Test
    void duplicatedNotificationsArriveTwicePerAttempt() {
        this.simulator.faults().notifications().duplicate();
        paidOrder("Y1");

        List<NotificationDelivery> deliveries = this.simulator.awaitDeliveries("Y1", 2, Duration.ofSeconds(5));

        assertThat(deliveries).extracting(NotificationDelivery::duplicate).containsExactly(false, true);
        assertThat(deliveries).extracting(NotificationDelivery::attempt).containsExactly(1, 1);
        List<String> bodies = this.receiver.bodies();
        assertThat(bodies).hasSize(2);
        assertThat(bodies.get(1)).isEqualTo(bodies.get(0));
    }

    @Test
    void heldNotificationsCanArriveRefundFirst() {
        this.simulator.faults().notifications().hold();
        paidOrder("Y2");
        this.merchant.call("refund", refund("Y2-r", "Y2", 30, this.receiver.url()));

        int held = this.simulator.faults().notifications().held();
        this.simulator.faults().notifications().releaseReversed();
        this.simulator.awaitDeliveries(2, Duration.ofSeconds(5));

        assertThat(held).isEqualTo(2);
        List<JdPayMessage> arrived =
                this.receiver.bodies().stream().map(this::openNotification).toList();
        assertThat(arrived).extracting(m -> m.text("tradeType")).containsExactly("1", "0");
    }

    private static long millis(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
