package io.github.jdpay.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.crypto.TestKeys;
import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.merchant.JdPayMerchantDirectory;
import io.github.jdpay.notify.NotificationRejectedException.Reason;
import io.github.jdpay.protocol.JdPayXmlCodec;
import org.junit.jupiter.api.Test;

/**
 * {@link JdPayXmlNotificationSource} on a {@link JdPayMerchantDirectory} that changes while notifications come in:
 * JD's own N1 for a merchant added and removed, and self-signed notifications across a change of keys.
 */
class JdPayXmlNotificationSourceRegistryTest {

    /** jdpay-v2.md A.5: the DES key of the 2048-bit self-test pair. */
    private static final String DES_KEY_2 = "GX/CH6HIAT2Ubtn3ZKjfYdbxa6HgSVca";

    /** Seals as JD would for the rotated keys: the second DES key, the 2048-bit private key standing for JD's. */
    private static final JdPayXmlCodec JD_AFTER_ROTATION = new JdPayXmlCodec(
            TestKeys.cipher(DES_KEY_2),
            new RsaJdPaySigner(KeyLoader.privateKey("k", "classpath:keys/selftest-2048-private.pem")),
            new RsaJdPayVerifier(TestKeys.jdPublicKey()));

    private final JdPayMerchantDirectory directory = new JdPayMerchantDirectory();

    private final JdPayXmlNotificationSource source = new JdPayXmlNotificationSource(this.directory);

    /** The self-signed merchant after its keys were rotated: the second DES key, the 2048-bit pair as JD's. */
    private static JdPayMerchant rotated() {
        return JdPayMerchant.builder("self", TestKeys.MERCHANT)
                .cipher(TestKeys.cipher(DES_KEY_2))
                .signer(new RsaJdPaySigner(TestKeys.merchantPrivateKey()))
                .verifier(new RsaJdPayVerifier(KeyLoader.publicKey("k", "classpath:keys/selftest-2048-public.pem")))
                .build();
    }

    private Reason refusal(byte[] body) {
        return assertThatExceptionOfType(NotificationRejectedException.class)
                .isThrownBy(() -> this.source.open(body))
                .actual()
                .getReason();
    }

    @Test
    void aMerchantAddedToTheDirectoryHasItsNotificationsVerifiedAndOneRemovedIsUnknown() {
        byte[] n1 = JdNotifications.envelope("N1");
        assertThat(refusal(n1)).isEqualTo(Reason.UNKNOWN_MERCHANT);

        this.directory.put(
                JdNotifications.merchant("shop2", JdNotifications.N1_MERCHANT, TestKeys.DES_KEY_110148035005));
        TradeNotification opened = (TradeNotification) this.source.open(n1).notification();

        assertThat(opened.merchantName()).isEqualTo("shop2");
        assertThat(opened.tradeNum()).isEqualTo("160927496812634");

        this.directory.remove("shop2");

        assertThatExceptionOfType(NotificationRejectedException.class)
                .isThrownBy(() -> this.source.open(n1))
                .satisfies(ex -> assertThat(ex.getReason()).isEqualTo(Reason.UNKNOWN_MERCHANT))
                .withMessageContaining("110148035005");
        assertThat(this.source.cached()).isZero();
    }

    @Test
    void aMerchantsReplacedKeysAreUsedForTheNextNotification() {
        byte[] sealedBefore = SelfSignedNotifications.payment(SelfSignedNotifications.paid("before-1"));
        byte[] sealedAfter =
                SelfSignedNotifications.payment(JD_AFTER_ROTATION, SelfSignedNotifications.paid("after-1"));
        this.directory.put(SelfSignedNotifications.MERCHANT);
        assertThat(this.source.open(sealedBefore).notification().tradeNum()).isEqualTo("before-1");
        assertThat(refusal(sealedAfter)).isIn(Reason.MALFORMED, Reason.SIGNATURE);

        this.directory.put(rotated());

        assertThat(this.source.open(sealedAfter).notification().tradeNum()).isEqualTo("after-1");
        assertThat(refusal(sealedBefore)).isIn(Reason.MALFORMED, Reason.SIGNATURE);
        assertThat(this.source.cached()).isEqualTo(1);
    }

    @Test
    void aNewDesKeyAloneIsUsedForTheNextNotification() {
        JdPayXmlCodec newDesOldSigner = new JdPayXmlCodec(
                TestKeys.cipher(DES_KEY_2),
                new RsaJdPaySigner(TestKeys.merchantPrivateKey()),
                new RsaJdPayVerifier(TestKeys.merchantPublicKey()));
        byte[] sealed = SelfSignedNotifications.payment(newDesOldSigner, SelfSignedNotifications.paid("des-1"));
        this.directory.put(SelfSignedNotifications.MERCHANT);
        assertThat(refusal(sealed)).isIn(Reason.MALFORMED, Reason.SIGNATURE);

        this.directory.put(JdPayMerchant.builder("self", TestKeys.MERCHANT)
                .cipher(TestKeys.cipher(DES_KEY_2))
                .signer(new RsaJdPaySigner(TestKeys.merchantPrivateKey()))
                .verifier(new RsaJdPayVerifier(TestKeys.merchantPublicKey()))
                .build());

        assertThat(this.source.open(sealed).notification().tradeNum()).isEqualTo("des-1");
    }
}
