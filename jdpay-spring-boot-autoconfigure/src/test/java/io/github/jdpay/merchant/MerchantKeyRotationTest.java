package io.github.jdpay.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.crypto.JdPaySigner;
import io.github.jdpay.crypto.JdPayVerifier;
import io.github.jdpay.crypto.JdPublicKeyVersion;
import io.github.jdpay.crypto.JdSignedDocument;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.RotatingJdPayVerifier;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.crypto.TestKeys;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Rotating keys of a merchant held in a {@link JdPayMerchantDirectory}, as docs/key-rotation.md shows it: JD's keys
 * newest first, and the merchant's own key replaced by publishing the merchant again.
 */
class MerchantKeyRotationTest {

    private static final byte[] PROBE = "a request to JD".getBytes(StandardCharsets.US_ASCII);

    private final Clock clock = Clock.fixed(Instant.parse("2027-02-01T01:00:00Z"), ZoneOffset.UTC);

    private final PublicKey jdsNewKey = KeyLoader.publicKey("new", "classpath:keys/selftest-2048-public.pem");

    private final PublicKey jdsOldKey = TestKeys.jdPublicKey();

    private final JdPayMerchantDirectory directory = new JdPayMerchantDirectory();

    private JdPayMerchant.Builder merchant() {
        return JdPayMerchant.builder("default", TestKeys.MERCHANT).cipher(TestKeys.cipher(TestKeys.DES_KEY));
    }

    @Test
    void jdsKeysNewestFirstVerifyWhatJdSignedWithTheOldOne() {
        Clock clock = this.clock;
        PublicKey jdsNewKey = this.jdsNewKey;
        PublicKey jdsOldKey = this.jdsOldKey;
        // tag::jd-keys[]
        JdPayVerifier jdKeys = RotatingJdPayVerifier.of(
                List.of(
                        JdPublicKeyVersion.of(new RsaJdPayVerifier(jdsNewKey, "JD key of 2027")),
                        new JdPublicKeyVersion(
                                new RsaJdPayVerifier(jdsOldKey, "JD key of 2024"),
                                Instant.parse("2027-02-01T02:00:00Z"))),
                clock);
        // end::jd-keys[]
        this.directory.put(merchant()
                .signer(new RsaJdPaySigner(TestKeys.merchantPrivateKey()))
                .verifier(jdKeys)
                .build());
        JdSignedDocument n2 = JdSignedDocument.n2();

        JdPayMerchant published =
                Objects.requireNonNull(this.directory.merchants().byName("default"));

        assertThat(published.verifier().verify(n2.signed(), n2.sign())).isTrue();
        assertThat(published.jdKeyDescription()).contains("JD key of 2027").contains("JD key of 2024");
    }

    @Test
    void theMerchantsNewKeySignsOnceTheMerchantIsPublishedAgain() {
        JdPayVerifier jdKeys = new RsaJdPayVerifier(this.jdsOldKey);
        JdPayMerchantDirectory directory = this.directory;
        directory.put(merchant()
                .signer(new RsaJdPaySigner(TestKeys.merchantPrivateKey()))
                .verifier(jdKeys)
                .build());
        JdPayMerchant before = Objects.requireNonNull(directory.merchants().byName("default"));

        // tag::merchant-key[]
        JdPayMerchant current = Objects.requireNonNull(directory.merchants().byName("default"));
        JdPaySigner newKey = new RsaJdPaySigner(
                KeyLoader.privateKey("merchant key of 2027", "classpath:keys/selftest-2048-private.pem"));
        // The same merchant with the new private key: put() self-checks it and publishes it for the next request.
        directory.put(new JdPayMerchant(
                current.name(),
                current.merchantNo(),
                current.cipher(),
                newKey,
                current.verifier(),
                current.md5Key(),
                current.appId(),
                current.notifyUrl(),
                current.callbackUrl()));
        // end::merchant-key[]

        JdPayMerchant after = Objects.requireNonNull(directory.merchants().byName("default"));
        RsaJdPayVerifier newPublicHalf = new RsaJdPayVerifier(this.jdsNewKey);
        RsaJdPayVerifier oldPublicHalf = new RsaJdPayVerifier(TestKeys.merchantPublicKey());
        assertThat(newPublicHalf.verify(PROBE, after.signer().sign(PROBE))).isTrue();
        assertThat(oldPublicHalf.verify(PROBE, after.signer().sign(PROBE))).isFalse();
        assertThat(oldPublicHalf.verify(PROBE, before.signer().sign(PROBE)))
                .as("a merchant already taken keeps its key")
                .isTrue();
    }
}
