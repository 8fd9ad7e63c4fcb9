package io.github.jdpay.test;

import static io.github.jdpay.test.MerchantClient.refund;
import static io.github.jdpay.test.MerchantClient.uniorder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.protocol.JdPayEnvelope;
import io.github.jdpay.protocol.JdPayMessage;
import io.github.jdpay.protocol.JdPayXmlCodec;
import io.github.jdpay.protocol.XmlNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JD's notification contract: encrypted and signed like N1/N2, re-sent at +1, +3, +10, +120 minutes until acked. */
class NotificationRetryTest extends SimulatorTestBase {

    private static final Duration WAIT = Duration.ofSeconds(30);

    /** JD's published retry offsets from the first attempt, in minutes. */
    private static final List<Long> RETRY_MINUTES = List.of(1L, 3L, 10L, 120L);

    private void paidOrder(String tradeNum, long amount) {
        paidOrder(tradeNum, amount, this.receiver);
    }

    private void paidOrder(String tradeNum, long amount, NotifyReceiver to) {
        this.merchant.call("uniorder", uniorder(tradeNum, amount, to.url()));
        this.simulator.pay(tradeNum);
    }

    private List<NotificationDelivery> deliveries(String tradeNum) {
        return this.simulator.deliveries().stream()
                .filter(d -> d.tradeNum().equals(tradeNum))
                .toList();
    }

    @Test
    void aFailAnswerIsResentExactlyAtOneThreeTenAndHundredTwentyMinutesAndNeverASixthTime() throws Exception {
        this.receiver.answering(n -> "fail");
        Instant paid = this.time.instant();
        paidOrder("N1", 10);
        this.time.advance(Duration.ZERO); // the first attempt goes out at once: wait for its answer
        assertThat(deliveries("N1")).singleElement().returns(paid, NotificationDelivery::sentAt);

        Duration elapsed = Duration.ZERO;
        for (long minutes : RETRY_MINUTES) {
            Duration due = Duration.ofMinutes(minutes);
            int before = deliveries("N1").size();

            this.time.advance(due.minus(elapsed).minusNanos(1));
            assertThat(deliveries("N1"))
                    .as("a nanosecond before +%d min", minutes)
                    .hasSize(before);

            this.time.advance(Duration.ofNanos(1));
            assertThat(deliveries("N1"))
                    .as("at +%d min", minutes)
                    .hasSize(before + 1)
                    .last()
                    .returns(before + 1, NotificationDelivery::attempt)
                    .returns(paid.plus(due), NotificationDelivery::dueAt)
                    .returns(paid.plus(due), NotificationDelivery::sentAt);
            elapsed = due;
        }

        this.time.advance(Duration.ofDays(30));
        assertThat(deliveries("N1")).hasSize(5).noneMatch(NotificationDelivery::acknowledged);
        assertThat(this.time.nextDue()).isEmpty();
        this.simulator.awaitNotificationsSettled(WAIT); // nothing is left on the schedule
        assertThat(this.receiver.bodies())
                .hasSize(5)
                .allMatch(deliveries("N1").get(0).requestBody()::equals);
    }

    @Test
    void attemptsStopAtTheFirstSuccessAnswer() throws Exception {
        this.receiver.answering(n -> (n < 3) ? "fail" : "  success\n");
        paidOrder("N2", 10);

        this.time.advance(Duration.ofMinutes(3));
        List<NotificationDelivery> deliveries = deliveries("N2");
        this.time.advance(Duration.ofDays(1));

        assertThat(deliveries).extracting(NotificationDelivery::acknowledged).containsExactly(false, false, true);
        assertThat(deliveries("N2")).isEqualTo(deliveries);
        assertThat(this.receiver.bodies()).hasSize(3);
        assertThat(this.time.nextDue()).isEmpty();
        this.simulator.awaitNotificationsSettled(WAIT);
    }

    @Test
    void theSchedulesOfSeveralNotificationsInterleaveInTimeOrder() {
        Instant start = this.time.instant();
        this.receiver.answering(n -> "fail");
        try (NotifyReceiver second = new NotifyReceiver().answering(n -> (n < 3) ? "fail" : "success")) {
            paidOrder("I1", 10);
            this.time.advance(Duration.ofMinutes(2));
            paidOrder("I2", 20, second);

            this.time.advance(Duration.ofHours(3));
        }

        // I1 fails for ever from minute 0; I2 starts at minute 2 and is acknowledged at its third attempt. Where two
        // fall due together, the one scheduled first goes first.
        assertThat(this.simulator.deliveries())
                .extracting(d -> d.tradeNum() + "#" + d.attempt() + " at "
                        + Duration.between(start, d.sentAt()).toMinutes())
                .containsExactly(
                        "I1#1 at 0",
                        "I1#2 at 1",
                        "I2#1 at 2",
                        "I1#3 at 3",
                        "I2#2 at 3",
                        "I2#3 at 5",
                        "I1#4 at 10",
                        "I1#5 at 120");
        assertThat(this.simulator.deliveries())
                .extracting(NotificationDelivery::sequence)
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
    }

    @Test
    void aRetryWaitingForItsTimeKeepsTheNotificationUnsettled() {
        this.receiver.answering(n -> "fail");
        Instant paid = this.time.instant();
        paidOrder("N8", 10);
        this.time.advance(Duration.ZERO);

        assertThat(this.time.nextDue()).contains(paid.plus(Duration.ofMinutes(1)));
        assertThatThrownBy(() -> this.simulator.awaitNotificationsSettled(Duration.ZERO))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("still on their schedule");
    }

    @Test
    void advanceWaitsForEveryReleasedNotificationThoughEachStartsOnlyAfterThePreviousAnswer() {
        this.simulator.faults().notifications().hold();
        paidOrder("R1", 10);
        paidOrder("R2", 10);
        paidOrder("R3", 10);

        this.simulator.faults().notifications().releaseReversed();
        this.time.advance(Duration.ZERO);

        assertThat(this.simulator.deliveries())
                .extracting(NotificationDelivery::tradeNum)
                .containsExactly("R3", "R2", "R1");
    }

    @Test
    void okIsAnAcknowledgementToo() {
        this.receiver.answering(n -> "ok");
        paidOrder("N3", 10);

        this.time.advance(Duration.ofHours(3));

        assertThat(this.simulator.deliveries()).singleElement().matches(NotificationDelivery::acknowledged);
    }

    @Test
    void anUnreachableReceiverGetsFiveAttemptsEachWithAnError() {
        String closedPort = "http://127.0.0.1:9/notify";
        this.merchant.call("uniorder", uniorder("N4", 10, closedPort));
        this.simulator.pay("N4");

        this.time.advance(Duration.ofHours(3));

        assertThat(deliveries("N4")).hasSize(5).allSatisfy(d -> {
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
