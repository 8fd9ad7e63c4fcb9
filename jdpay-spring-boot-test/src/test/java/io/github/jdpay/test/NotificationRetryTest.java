package io.github.jdpay.test;

import static io.github.jdpay.test.MerchantClient.refund;
import static io.github.jdpay.test.MerchantClient.uniorder;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.protocol.JdPayEnvelope;
import io.github.jdpay.protocol.JdPayMessage;
import io.github.jdpay.protocol.JdPayXmlCodec;
import io.github.jdpay.protocol.XmlNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JD's notification contract: encrypted and signed like N1/N2, re-sent at +1, +3, +10, +120 minutes until acked. */
class NotificationRetryTest extends SimulatorTestBase {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private void paidOrder(String tradeNum, long amount) {
        this.merchant.call("uniorder", uniorder(tradeNum, amount, this.receiver.url()));
        this.simulator.pay(tradeNum);
    }

    @Test
    void aReceiverThatNeverAcknowledgesGetsExactlyFiveAttemptsOnJdsSchedule() throws Exception {
        this.receiver.answering(n -> "fail");
        paidOrder("N1", 10);

        List<NotificationDelivery> deliveries = this.simulator.awaitDeliveries("N1", 5, WAIT);
        this.simulator.awaitNotificationsSettled(WAIT);

        assertThat(deliveries).extracting(NotificationDelivery::attempt).containsExactly(1, 2, 3, 4, 5);
        assertThat(deliveries)
                .extracting(d ->
                        Duration.between(deliveries.get(0).dueAt(), d.dueAt()).toMinutes())
                .containsExactly(0L, 1L, 3L, 10L, 120L);
        assertThat(deliveries).extracting(NotificationDelivery::sentAt).isSorted();
        assertThat(deliveries).noneMatch(NotificationDelivery::acknowledged);
        assertThat(this.simulator.deliveries()).hasSize(5);
        assertThat(this.receiver.bodies()).hasSize(5).allMatch(deliveries.get(0).requestBody()::equals);
    }

    @Test
    void attemptsStopAtTheFirstSuccessAnswer() throws Exception {
        this.receiver.answering(n -> (n < 3) ? "fail" : "  success\n");
        paidOrder("N2", 10);

        List<NotificationDelivery> deliveries = this.simulator.awaitDeliveries("N2", 3, WAIT);
        this.simulator.awaitNotificationsSettled(WAIT);

        assertThat(this.simulator.deliveries()).hasSize(3);
        assertThat(deliveries).extracting(NotificationDelivery::acknowledged).containsExactly(false, false, true);
        assertThat(this.receiver.bodies()).hasSize(3);
    }

    @Test
    void okIsAnAcknowledgementToo() throws Exception {
        this.receiver.answering(n -> "ok");
        paidOrder("N3", 10);

        this.simulator.awaitDeliveries("N3", 1, WAIT);
        this.simulator.awaitNotificationsSettled(WAIT);

        assertThat(this.simulator.deliveries()).singleElement().matches(NotificationDelivery::acknowledged);
    }

    @Test
    void anUnreachableReceiverGetsFiveAttemptsEachWithAnError() {
        String closedPort = "http://127.0.0.1:9/notify";
        this.merchant.call("uniorder", uniorder("N4", 10, closedPort));
        this.simulator.pay("N4");

        List<NotificationDelivery> deliveries = this.simulator.awaitDeliveries("N4", 5, WAIT);

        assertThat(deliveries).allSatisfy(d -> {
            assertThat(d.error()).isNotBlank();
            assertThat(d.httpStatus()).isZero();
        });
    }

    @Test
    void thePaymentNotificationIsJdsLayoutAndOpensWithTheMerchantKeys() {
        paidOrder("N5", 1690);

        NotificationDelivery delivery =
                this.simulator.awaitDeliveries("N5", 1, WAIT).get(0);
        String body = this.receiver.bodies().get(0);
        JdPayXmlCodec codec = TestMerchant.xmlCodec(this.simulator.jdPublicKey());
        JdPayEnvelope envelope = JdPayEnvelope.parse(body.getBytes(StandardCharsets.UTF_8));
        JdPayMessage message = codec.open(envelope);

        assertThat(delivery.acknowledged()).isTrue();
        assertThat(body).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" ?><jdpay>  <version>V2.0</version>");
        assertThat(envelope.result().code()).isEqualTo("000000");
        assertThat(message.document()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>");
        assertThat(message.root().children())
                .extracting(XmlNode::name)
                .containsExactly(
                        "version",
                        "merchant",
                        "result",
                        "tradeNum",
                        "tradeType",
                        "sign",
                        "note",
                        "amount",
                        "status",
                        "payList");
        assertThat(message.text("tradeNum")).isEqualTo("N5");
        assertThat(message.text("tradeType")).isEqualTo("0");
        assertThat(message.text("amount")).isEqualTo("1690");
        assertThat(message.text("status")).isEqualTo("2");
        assertThat(message.text("note")).isEqualTo("备注");
    }

    @Test
    void aRefundNotificationGoesToTheRefundsNotifyUrl() {
        paidOrder("N6", 100);
        this.simulator.awaitDeliveries("N6", 1, WAIT);

        this.merchant.call("refund", refund("N6-r", "N6", 25, this.receiver.url()));
        NotificationDelivery delivery =
                this.simulator.awaitDeliveries("N6-r", 1, WAIT).get(0);
        JdPayMessage message = openNotification(delivery.requestBody());

        assertThat(delivery.isRefund()).isTrue();
        assertThat(message.text("tradeType")).isEqualTo("1");
        assertThat(message.text("oTradeNum")).isEqualTo("N6");
        assertThat(message.text("amount")).isEqualTo("25");
        assertThat(message.text("status")).isEqualTo("1");
    }

    @Test
    void aNotifyUrlOffThisMachineIsRecordedButNeverPosted() {
        this.merchant.call("uniorder", uniorder("N7", 10, "https://shop.example.com/jdpay/notify"));
        this.simulator.pay("N7");

        NotificationDelivery delivery =
                this.simulator.awaitDeliveries("N7", 1, WAIT).get(0);

        assertThat(delivery.error()).contains("loopback");
        assertThat(delivery.httpStatus()).isZero();
    }
}
