package io.github.jdpay.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.jdpay.crypto.internal.RangeVerifier;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link RotatingJdPayVerifier} against JD's own signature: the inner document of JD's payment notification N2
 * (jdpay-v2.md B.6), signed with JD's published test key, beside keys JD never signed with.
 */
class RotatingJdPayVerifierTest {

    private static final Instant T0 = Instant.parse("2027-01-31T16:00:00Z");

    private static final JdSignedDocument N2 = JdSignedDocument.n2();

    /** N2's inner document as JD signed it: everything but its {@code <sign>} element. */
    private static final byte[] N2_SIGNED = N2.signed();

    private static final String N2_SIGN = N2.sign();

    private final TestClock clock = new TestClock(T0);

    private final Counting jd = new Counting(TestKeys.jdPublicKey(), "JD test key");

    private final Counting unrelated = new Counting(
            KeyLoader.publicKey("unrelated", "classpath:keys/selftest-2048-public.pem"), "newer unrelated key");

    private final Counting merchant = new Counting(TestKeys.merchantPublicKey(), "merchant's own key");

    @Test
    void theVectorIsJdsSignatureWithJdsKeyAlone() {
        assertThat(new RsaJdPayVerifier(TestKeys.jdPublicKey()).verify(N2_SIGNED, N2_SIGN))
                .isTrue();
        assertThat(new RsaJdPayVerifier(TestKeys.merchantPublicKey()).verify(N2_SIGNED, N2_SIGN))
                .isFalse();
    }

    @Test
    void jdsNotificationVerifiesWithJdsKeySecondBehindANewerUnrelatedKey() {
        RotatingJdPayVerifier verifier = RotatingJdPayVerifier.of(
                List.of(JdPublicKeyVersion.of(this.unrelated), JdPublicKeyVersion.of(this.jd)), this.clock);

        assertThat(verifier.verify(N2_SIGNED, N2_SIGN)).isTrue();
        assertThat(this.unrelated.calls).isEqualTo(1);
        assertThat(this.jd.calls).isEqualTo(1);
    }

    @Test
    void whenTheNewestKeyMatchesOnlyItIsTried() {
        RotatingJdPayVerifier verifier = RotatingJdPayVerifier.of(
                List.of(JdPublicKeyVersion.of(this.jd), JdPublicKeyVersion.of(this.unrelated)), this.clock);

        assertThat(verifier.verify(N2_SIGNED, N2_SIGN)).isTrue();
        assertThat(this.jd.calls).isEqualTo(1);
        assertThat(this.unrelated.calls).isZero();
    }

    @Test
    void jdsKeyIsTriedUpToItsNotAfterAndNeverAfterIt() {
        RotatingJdPayVerifier verifier = RotatingJdPayVerifier.of(
                List.of(JdPublicKeyVersion.of(this.unrelated), new JdPublicKeyVersion(this.jd, T0.plusSeconds(60))),
                this.clock);

        assertThat(verifier.verify(N2_SIGNED, N2_SIGN)).isTrue();
        this.clock.advance(Duration.ofSeconds(60));
        assertThat(verifier.verify(N2_SIGNED, N2_SIGN))
                .as("at the not-after itself")
                .isTrue();
        assertThat(this.jd.calls).isEqualTo(2);

        this.clock.advance(Duration.ofMillis(1));
        assertThat(verifier.verify(N2_SIGNED, N2_SIGN)).isFalse();
        assertThat(this.jd.calls).as("a key past its not-after is never tried").isEqualTo(2);
        assertThat(this.unrelated.calls).isEqualTo(3);
    }

    @Test
    void aListOfUnrelatedKeysRefusesJdsNotificationTryingEachOnce() {
        RotatingJdPayVerifier verifier = RotatingJdPayVerifier.of(
                List.of(JdPublicKeyVersion.of(this.unrelated), JdPublicKeyVersion.of(this.merchant)), this.clock);

        assertThat(verifier.verify(N2_SIGNED, N2_SIGN)).isFalse();
        assertThat(this.unrelated.calls).isEqualTo(1);
        assertThat(this.merchant.calls).isEqualTo(1);
    }

    @Test
    void badSignaturesAreFalseWithoutAnExceptionAndCostAtMostOneTryPerKey() {
        RotatingJdPayVerifier verifier = RotatingJdPayVerifier.of(
                List.of(
                        JdPublicKeyVersion.of(this.unrelated),
                        JdPublicKeyVersion.of(this.merchant),
                        JdPublicKeyVersion.of(this.jd)),
                this.clock);
        byte[] tampered = N2_SIGNED.clone();
        tampered[tampered.length - 10] ^= 1;
        char[] flipped = N2_SIGN.toCharArray();
        flipped[5] = (flipped[5] == 'A') ? 'B' : 'A';
        List<Runnable> bad = List.of(
                () -> assertThat(verifier.verify(tampered, N2_SIGN)).isFalse(),
                () -> assertThat(verifier.verify(N2_SIGNED, new String(flipped)))
                        .isFalse(),
                () -> assertThat(verifier.verify(N2_SIGNED, "")).isFalse(),
                () -> assertThat(verifier.verify(N2_SIGNED, "not base64 !")).isFalse(),
                () -> assertThat(verifier.verify(N2_SIGNED, "AAAA")).isFalse());

        for (int i = 0; i < bad.size(); i++) {
            bad.get(i).run();
            assertThat(List.of(this.unrelated.calls, this.merchant.calls, this.jd.calls))
                    .as("tries after %d bad signatures", i + 1)
                    .containsOnly(i + 1);
        }
    }

    @Test
    void aDocumentIsVerifiedWhereItLiesWithItsSignCutOut() {
        RotatingJdPayVerifier verifier = RotatingJdPayVerifier.of(
                List.of(JdPublicKeyVersion.of(this.unrelated), JdPublicKeyVersion.of(this.jd)), this.clock);
        // An application's verifier without the range path gets the signed bytes as a copy.
        JdPayVerifier wholeArraysOnly = (content, signature) -> this.jd.verify(content, signature);
        RotatingJdPayVerifier withItsOwn = RotatingJdPayVerifier.of(
                List.of(JdPublicKeyVersion.of(this.unrelated), JdPublicKeyVersion.of(wholeArraysOnly)), this.clock);

        assertThat(verifier.verify(N2.document(), 0, N2.document().length, N2.signFrom(), N2.signTo(), N2_SIGN))
                .isTrue();
        assertThat(withItsOwn.verify(N2.document(), 0, N2.document().length, N2.signFrom(), N2.signTo(), N2_SIGN))
                .isTrue();
        assertThat(verifier.verify(N2.document(), 0, N2.document().length, N2.signFrom(), N2.signFrom(), N2_SIGN))
                .as("nothing cut")
                .isFalse();
    }

    @Test
    void withoutANotAfterTheClockIsNeverRead() {
        Clock unreadable = new TestClock(T0) {
            @Override
            public Instant instant() {
                throw new AssertionError("clock read");
            }
        };
        RotatingJdPayVerifier verifier = RotatingJdPayVerifier.of(
                List.of(JdPublicKeyVersion.of(this.unrelated), JdPublicKeyVersion.of(this.jd)), unreadable);

        assertThat(verifier.verify(N2_SIGNED, N2_SIGN)).isTrue();
    }

    @Test
    void describeListsEachFingerprintAndNotAfterButNoKey() throws NoSuchAlgorithmException {
        RotatingJdPayVerifier verifier = RotatingJdPayVerifier.of(
                List.of(
                        JdPublicKeyVersion.of(new RsaJdPayVerifier(this.unrelated.key, "jdpay.jd-public-keys[0].key")),
                        new JdPublicKeyVersion(
                                new RsaJdPayVerifier(this.jd.key, "jdpay.jd-public-keys[1].key"),
                                Instant.parse("2027-02-01T00:00:00Z"))),
                this.clock);

        String description = verifier.describe();

        assertThat(description)
                .contains("jdpay.jd-public-keys[0].key (RSA public key, fingerprint " + sha256Prefix(this.unrelated.key)
                        + ")")
                .contains("jdpay.jd-public-keys[1].key (RSA public key, fingerprint " + sha256Prefix(this.jd.key)
                        + "), not after 2027-02-01T00:00:00Z")
                .containsSubsequence("[0]", "[1]");
        for (PublicKey key : List.of(this.unrelated.key, this.jd.key)) {
            String base64 = java.util.Base64.getEncoder().encodeToString(key.getEncoded());
            // No run of 16 characters of the key's Base64 is shown.
            for (int i = 0; i + 16 <= base64.length(); i += 16) {
                assertThat(description).doesNotContain(base64.substring(i, i + 16));
            }
        }
        assertThat(verifier.toString()).isEqualTo("RotatingJdPayVerifier[" + description + "]");
    }

    @Test
    void invalidListsAreRefusedWithMessagesSayingWhatIsWrong() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RotatingJdPayVerifier.of(List.of(), this.clock))
                .withMessageContaining("at least one JD public key");
        List<JdPublicKeyVersion> withNull = new ArrayList<>(Arrays.asList(JdPublicKeyVersion.of(this.jd), null));
        assertThatNullPointerException()
                .isThrownBy(() -> RotatingJdPayVerifier.of(withNull, this.clock))
                .withMessage("JD public key 1 of 2 is null");
        assertThatNullPointerException()
                .isThrownBy(() -> RotatingJdPayVerifier.of(List.of(JdPublicKeyVersion.of(this.jd)), null))
                .withMessage("clock");
        assertThatNullPointerException()
                .isThrownBy(() -> new JdPublicKeyVersion(null, T0))
                .withMessage("verifier");
    }

    @Test
    void theListIsCopied() {
        List<JdPublicKeyVersion> keys = new ArrayList<>(List.of(JdPublicKeyVersion.of(this.jd)));
        RotatingJdPayVerifier verifier = RotatingJdPayVerifier.of(keys, this.clock);

        keys.clear();

        assertThat(verifier.keys()).hasSize(1);
        assertThat(verifier.verify(N2_SIGNED, N2_SIGN)).isTrue();
    }

    private static String sha256Prefix(PublicKey key) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
        return HexFormat.of().formatHex(digest).substring(0, 16);
    }

    /** The built-in verifier of a key, counting how often it is tried. */
    private static final class Counting implements JdPayVerifier, RangeVerifier {

        final PublicKey key;

        private final RsaJdPayVerifier verifier;

        int calls;

        Counting(PublicKey key, String source) {
            this.key = key;
            this.verifier = new RsaJdPayVerifier(key, source);
        }

        @Override
        public boolean verify(byte[] content, String signature) {
            this.calls++;
            return this.verifier.verify(content, signature);
        }

        @Override
        public boolean verify(byte[] content, int from, int to, int cutFrom, int cutTo, String signature) {
            this.calls++;
            return this.verifier.verify(content, from, to, cutFrom, cutTo, signature);
        }
    }

    /** A clock that moves only when told. */
    private static class TestClock extends Clock {

        private Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            this.now = this.now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return this.now;
        }
    }
}
