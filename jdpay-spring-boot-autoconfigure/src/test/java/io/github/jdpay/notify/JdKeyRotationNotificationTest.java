package io.github.jdpay.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.jdpay.crypto.JdPayVerifier;
import io.github.jdpay.crypto.JdPublicKeyVersion;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.RotatingJdPayVerifier;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.crypto.TestKeys;
import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.notify.NotificationRejectedException.Reason;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JD's notification N2 through {@link JdPayXmlNotificationSource} for a merchant whose JD keys are rotating. */
class JdKeyRotationNotificationTest {

    private static final Instant NOT_AFTER = Instant.parse("2027-01-31T16:00:00Z");

    private static final JdPayVerifier NEWER_UNRELATED =
            new RsaJdPayVerifier(KeyLoader.publicKey("unrelated", "classpath:keys/selftest-2048-public.pem"));

    private static JdPayXmlNotificationSource source(JdPayVerifier verifier) {
        return new JdPayXmlNotificationSource(List.of(JdPayMerchant.builder("default", TestKeys.MERCHANT)
                .cipher(TestKeys.cipher(TestKeys.DES_KEY))
                .signer(new RsaJdPaySigner(TestKeys.merchantPrivateKey()))
                .verifier(verifier)
                .build()));
    }

    private static JdPayVerifier newerThenJd(Instant now) {
        return RotatingJdPayVerifier.of(
                List.of(
                        JdPublicKeyVersion.of(NEWER_UNRELATED),
                        new JdPublicKeyVersion(new RsaJdPayVerifier(TestKeys.jdPublicKey()), NOT_AFTER)),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void jdsNotificationIsAcceptedWithJdsKeyBehindANewerOne() {
        TradeNotification n2 = (TradeNotification) source(newerThenJd(NOT_AFTER))
                .open(JdNotifications.envelope("N2"))
                .notification();

        assertThat(n2.tradeNum()).isEqualTo("1493972675054");
    }

    @Test
    void jdsNotificationIsRefusedOnceJdsKeyIsPastItsNotAfter() {
        JdPayXmlNotificationSource source = source(newerThenJd(NOT_AFTER.plusMillis(1)));

        assertThatExceptionOfType(NotificationRejectedException.class)
                .isThrownBy(() -> source.open(JdNotifications.envelope("N2")))
                .extracting(NotificationRejectedException::getReason)
                .isEqualTo(Reason.SIGNATURE);
    }

    @Test
    void jdsNotificationIsRefusedByKeysJdNeverSignedWith() {
        JdPayXmlNotificationSource source = source(RotatingJdPayVerifier.of(
                List.of(
                        JdPublicKeyVersion.of(NEWER_UNRELATED),
                        JdPublicKeyVersion.of(new RsaJdPayVerifier(TestKeys.merchantPublicKey()))),
                Clock.systemUTC()));

        assertThatExceptionOfType(NotificationRejectedException.class)
                .isThrownBy(() -> source.open(JdNotifications.envelope("N2")))
                .extracting(NotificationRejectedException::getReason)
                .isEqualTo(Reason.SIGNATURE);
    }
}
