package io.github.jdpay.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.exception.JdPayKeyException;
import io.github.jdpay.notify.NotificationRejectedException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hostile inputs of issue 14, each a typed refusal where it once escaped as a JDK runtime exception. */
class HostileNotificationRegressionTest {

    private final JdPayXmlNotificationSource source =
            new JdPayXmlNotificationSource(List.of(SelfSignedNotifications.MERCHANT));

    private static NotificationRejectedException refusal(Runnable call) {
        try {
            call.run();
        } catch (NotificationRejectedException ex) {
            return ex;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aDoctypeWithAControlCharacterIsMalformedNotAMissingResource() {
        byte[] body = "<!DOCTYPE a [\u0001]><a/>".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(body).hasSize(20);
        assertThat(refusal(() -> this.source.open(body)).getReason()).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void invalidUtf8InAnEnvelopeIsRefusedWithNothingOnStderr() {
        byte[] body = {'<', 'j', 'd', 'p', 'a', 'y', '>', (byte) 0xC3, '(', '<', '/', 'j', 'd', 'p', 'a', 'y', '>'};
        PrintStream stderr = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        NotificationRejectedException refused;
        try {
            refused = refusal(() -> this.source.open(body));
        } finally {
            System.setErr(stderr);
        }

        assertThat(refused.getReason()).isEqualTo(Reason.MALFORMED);
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aSignedStatusWithAColonIsMalformed() {
        Map<String, String> fields = SelfSignedNotifications.paid("T1001");
        fields.put("status", "2:x");

        NotificationRejectedException refused =
                refusal(() -> this.source.open(SelfSignedNotifications.payment(fields)));

        assertThat(refused.getReason()).isEqualTo(Reason.MALFORMED);
        assertThat(refused).hasMessageContaining("':'");
    }

    @Test
    void aSignedTradeNumberTooLongForAKeyIsMalformed() {
        Map<String, String> fields = SelfSignedNotifications.paid("T".repeat(300));

        NotificationRejectedException refused =
                refusal(() -> this.source.open(SelfSignedNotifications.payment(fields)));

        assertThat(refused.getReason()).isEqualTo(Reason.MALFORMED);
        assertThat(refused).hasMessageContaining("too long");
    }

    @Test
    void aSelfSignedPaymentOpensSoTheRefusalsAboveAreAboutTheirContent() {
        VerifiedNotification verified =
                this.source.open(SelfSignedNotifications.payment(SelfSignedNotifications.paid("T1001")));

        assertThat(verified.idempotencyKey()).isEqualTo("22294531:0:2:T1001");
    }

    @Test
    void anEmptyDerSequenceAsPublicKeyIsAKeyError() {
        assertThatThrownBy(() -> KeyLoader.publicKey("jdpay.jd-public-key", "MAA="))
                .isInstanceOf(JdPayKeyException.class)
                .hasMessageContaining("jdpay.jd-public-key");
        assertThatThrownBy(() -> KeyLoader.privateKey("jdpay.private-key", "MAA="))
                .isInstanceOf(JdPayKeyException.class);
    }
}
