package io.github.jdpay.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.client.SimulatorTemplates;
import io.github.jdpay.client.aggregate.JdPayAggregateTemplate;
import io.github.jdpay.crypto.AggregateTripleDesCipher;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.Md5AggregateSigner;
import io.github.jdpay.merchant.aggregate.JdPayAggregateMerchant;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.aggregate.AggregatePayRequest;
import io.github.jdpay.model.aggregate.AggregateRefundRequest;
import io.github.jdpay.model.aggregate.PayStatus;
import io.github.jdpay.notify.NotificationRejectedException;
import io.github.jdpay.notify.NotificationRejectedException.Reason;
import io.github.jdpay.notify.VerifiedNotification;
import io.github.jdpay.notify.aggregate.AggregateNotification;
import io.github.jdpay.notify.aggregate.AggregateNotificationSource;
import io.github.jdpay.test.notify.AggregateNotifications;
import io.github.jdpay.test.notify.HostileAggregateNotifications;
import io.github.jdpay.test.notify.NotificationSample;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the notification endpoint's aggregate source makes of the simulator's real notifications (typed, keyed per
 * merchant, kind, status and trade) and of the hostile aggregate corpus (refused, each for its reason).
 */
class AggregateNotificationSourceTest extends SimulatorTestBase {

    private static final String M = TestMerchant.MERCHANT_NO;

    private static final AggregateNotificationSource SOURCE =
            new AggregateNotificationSource(new JdPayAggregateMerchant(
                    M,
                    "jw",
                    new AggregateTripleDesCipher(KeyLoader.desKey("des", TestMerchant.DES_KEY)),
                    new Md5AggregateSigner(TestMerchant.MD5_KEY),
                    null));

    /** Why each sample is refused; the oversized one is valid inside: refusing it is the endpoint's size limit. */
    private static final Map<String, Reason> REASONS = Map.of(
            "aggregate-wrong-md5-key", Reason.SIGNATURE,
            "aggregate-wrong-des-key", Reason.MALFORMED,
            "aggregate-missing-sign", Reason.SIGNATURE,
            "aggregate-failure-envelope", Reason.FAILURE_RESULT,
            "aggregate-unknown-merchant", Reason.UNKNOWN_MERCHANT,
            "aggregate-xml-body", Reason.MALFORMED,
            "aggregate-empty-body", Reason.MALFORMED);

    private static VerifiedNotification open(String body) {
        return SOURCE.open(body.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRefused(String body, Reason reason) {
        assertThatThrownBy(() -> open(body))
                .isInstanceOfSatisfying(NotificationRejectedException.class, ex -> assertThat(ex.getReason())
                        .isEqualTo(reason));
    }

    @Test
    void theSimulatorsPaymentAndRefundNotificationsAreTypedAndKeyed() {
        JdPayAggregateTemplate aggregate = SimulatorTemplates.aggregateTemplate(this.simulator, TestMerchant.MD5_KEY)
                .build();
        aggregate.pay(AggregatePayRequest.builder()
                .outTradeNo("N1")
                .amount(Money.ofFen(500))
                .authCode("134567890123456789")
                .notifyUrl(this.receiver.url())
                .build());
        aggregate.refund(AggregateRefundRequest.builder()
                .outRefundNo("N1-r")
                .outTradeNo("N1")
                .amount(Money.ofFen(200))
                .notifyUrl(this.receiver.url())
                .build());
        VerifiedNotification paid = open(this.simulator
                .awaitDeliveries("N1", 1, Duration.ofSeconds(5))
                .get(0)
                .requestBody());
        VerifiedNotification refunded = open(this.simulator
                .awaitDeliveries("N1-r", 1, Duration.ofSeconds(5))
                .get(0)
                .requestBody());

        assertThat(paid.notification()).isInstanceOfSatisfying(AggregateNotification.class, n -> {
            assertThat(n.isRefund()).isFalse();
            assertThat(n.isSuccess()).isTrue();
            assertThat(n.tradeNum()).isEqualTo("N1");
            assertThat(n.amount()).isEqualTo(Money.ofFen(500));
            assertThat(n.merchantName()).isEqualTo(AggregateNotification.MERCHANT_NAME);
            assertThat(n.payFinishTime()).isNotNull();
        });
        assertThat(paid.idempotencyKey()).isEqualTo(M + ":aggregate-pay:FINISH:N1");
        assertThat(refunded.notification()).isInstanceOfSatisfying(AggregateNotification.class, n -> {
            assertThat(n.isRefund()).isTrue();
            assertThat(n.tradeNum()).isEqualTo("N1-r");
            assertThat(n.outTradeNo()).isEqualTo("N1");
            assertThat(n.amount()).isEqualTo(Money.ofFen(200));
        });
        assertThat(refunded.idempotencyKey()).isEqualTo(M + ":aggregate-refund:FINISH:N1-r");
    }

    @Test
    void jdsSucceedIsTheSameDeliveryAsFinish() {
        AggregateNotifications jd = AggregateNotifications.testMerchant();
        Map<String, Object> fields = AggregateNotifications.tradeFields(M, "S1", "J1", 100, "FINISH", "QR", null);
        String finish = jd.sign(fields);
        fields.put("payStatus", "SUCCEED");
        String succeed = jd.sign(fields);

        assertThat(open(succeed).idempotencyKey()).isEqualTo(open(finish).idempotencyKey());
        assertThat(((AggregateNotification) open(succeed).notification()).payStatus())
                .isEqualTo(PayStatus.FINISH);
    }

    static List<NotificationSample> corpus() {
        return HostileAggregateNotifications.corpus().stream()
                .filter(sample -> !sample.name().equals("aggregate-oversized-body"))
                .toList();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void theHostileCorpusIsRefused(NotificationSample sample) {
        Reason reason = REASONS.get(sample.name());

        assertThatThrownBy(() -> SOURCE.open(sample.body()))
                .isInstanceOfSatisfying(NotificationRejectedException.class, ex -> {
                    if (reason != null) {
                        assertThat(ex.getReason()).isEqualTo(reason);
                    } else {
                        // A tampered cipherJson either fails to decrypt to JSON or fails the sign.
                        assertThat(ex.getReason()).isIn(Reason.MALFORMED, Reason.SIGNATURE);
                    }
                });
    }

    @Test
    void signedButUnacceptablePlaintextsAreRefused() {
        AggregateNotifications jd = AggregateNotifications.testMerchant();
        Map<String, Object> failed = AggregateNotifications.tradeFields(M, "F1", "J1", 100, "FINISH", "QR", null);
        failed.put("resultCode", "FAIL");
        Map<String, Object> otherMerchant =
                AggregateNotifications.tradeFields("99999999", "F2", "J2", 100, "FINISH", "QR", null);
        Map<String, Object> noAmount = AggregateNotifications.tradeFields(M, "F3", "J3", 100, "FINISH", "QR", null);
        noAmount.remove("amount");
        Map<String, Object> oddStatus = AggregateNotifications.tradeFields(M, "F4", "J4", 100, "ON:HOLD", "QR", null);

        assertRefused(jd.sign(failed), Reason.FAILURE_RESULT);
        assertRefused(jd.sign(otherMerchant), Reason.MALFORMED);
        assertRefused(jd.sign(noAmount), Reason.MALFORMED);
        assertRefused(jd.sign(oddStatus), Reason.MALFORMED);
    }
}
