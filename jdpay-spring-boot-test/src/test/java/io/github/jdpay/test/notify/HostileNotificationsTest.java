package io.github.jdpay.test.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.exception.JdPayException;
import io.github.jdpay.protocol.JdPayEnvelope;
import io.github.jdpay.protocol.JdPayMessage;
import io.github.jdpay.protocol.JdPayResult;
import io.github.jdpay.protocol.JdPayXmlCodec;
import io.github.jdpay.test.SimulatorJdKey;
import io.github.jdpay.test.TestMerchant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The hostile corpus is refused by a correct receiving pipeline, while the valid notification it varies passes. */
class HostileNotificationsTest {

    private static final int LIMIT = 64 * 1024;

    private static final JdPayXmlCodec MERCHANT = TestMerchant.xmlCodec(SimulatorJdKey.publicKey());

    /** What a correct notification endpoint does before it calls a handler (DESIGN.md "Notification"). */
    private static JdPayMessage receive(byte[] body) {
        if (body.length > LIMIT) {
            throw new JdPayException("body over the limit");
        }
        JdPayEnvelope envelope = JdPayEnvelope.parse(body);
        if (!envelope.merchant().equals(TestMerchant.MERCHANT_NO)) {
            throw new JdPayException("unknown merchant " + envelope.merchant());
        }
        if (envelope.result() == null || !envelope.result().isSuccess()) {
            throw new JdPayException("failure result");
        }
        JdPayMessage message = MERCHANT.open(envelope);
        JdPayResult inner = message.result();
        if (inner == null || !inner.isSuccess()) {
            throw new JdPayException("failure result inside");
        }
        return message;
    }

    static List<NotificationSample> corpus() {
        return HostileNotifications.corpus();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everySampleIsRefused(NotificationSample sample) {
        assertThatThrownBy(() -> receive(sample.body())).isInstanceOf(JdPayException.class);
    }

    @Test
    void theNotificationTheCorpusVariesIsValid() {
        SignedNotification valid = JdPayNotifications.testMerchant()
                .sign(NotificationContent.payment("HOSTILE1", 100, NotificationContent.now()));

        JdPayMessage message = receive(valid.bytes());

        assertThat(message.text("tradeNum")).isEqualTo("HOSTILE1");
        assertThat(message.text("status")).isEqualTo("2");
    }

    @Test
    void theCorpusHasStableUniqueNamesAndEveryAttackTheBriefLists() {
        assertThat(HostileNotifications.corpus())
                .extracting(NotificationSample::name)
                .doesNotHaveDuplicates()
                .contains(
                        "flipped-sign-byte",
                        "wrong-des-key",
                        "wrong-jd-key",
                        "truncated-encrypt",
                        "bad-base64",
                        "bad-hex",
                        "dtd-external-entity",
                        "billion-laughs",
                        "result-code-failure",
                        "oversized-body",
                        "json-body",
                        "empty-body",
                        "unknown-merchant");
        assertThat(HostileNotifications.named("oversized-body").body()).hasSizeGreaterThanOrEqualTo(4 * 1024 * 1024);
    }

    @Test
    void aFlippedSignatureStillDecryptsSoOnlyTheSignatureCheckCatchesIt() {
        NotificationSample sample = HostileNotifications.named("flipped-sign-byte");
        JdPayEnvelope envelope = JdPayEnvelope.parse(sample.body());

        String inner = MERCHANT.decryptDocument(envelope.encrypt());

        assertThat(inner).contains("<tradeNum>HOSTILE1</tradeNum>");
        assertThatThrownBy(() -> MERCHANT.openDocument(inner))
                .isInstanceOf(io.github.jdpay.exception.JdPaySignatureException.class);
    }

    @Test
    void refundNotificationsCarryTheOriginalTradeAndNoPayList() {
        SignedNotification refund = JdPayNotifications.testMerchant()
                .sign(NotificationContent.refund("R-1", "T-1", 25, NotificationContent.now())
                        .withNote("部分退款"));

        JdPayMessage message = receive(refund.bytes());

        assertThat(message.text("tradeType")).isEqualTo("1");
        assertThat(message.text("oTradeNum")).isEqualTo("T-1");
        assertThat(message.text("note")).isEqualTo("部分退款");
        assertThat(message.root().child("payList")).isNull();
    }
}
