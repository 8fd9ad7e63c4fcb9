package io.github.jdpay.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * {@link RsaJdPayVerifier} with JD's key on JD's notification N2 after signatures that are not JD's: none of them may
 * leave the verifier's pooled cipher unable to verify the next genuine one.
 */
class RsaJdPayVerifierTest {

    private static final JdSignedDocument N2 = JdSignedDocument.n2();

    private final RsaJdPayVerifier jd = new RsaJdPayVerifier(TestKeys.jdPublicKey());

    /** More than the pool holds, so that every pooled cipher has seen the bad signature. */
    private static final int TIMES = 64;

    @Test
    void aSignatureOfALargerKeyIsFalseAndLeavesTheVerifierWorking() {
        byte[] probe = "signed with a 2048-bit key".getBytes(StandardCharsets.US_ASCII);
        String larger =
                new RsaJdPaySigner(KeyLoader.privateKey("k", "classpath:keys/selftest-2048-private.pem")).sign(probe);

        for (int i = 0; i < TIMES; i++) {
            assertThat(this.jd.verify(probe, larger)).isFalse();
            assertThat(this.jd.verify(N2.signed(), N2.sign()))
                    .as("after %d", i + 1)
                    .isTrue();
        }
    }

    @Test
    void aSignatureOfAnotherKeyOfTheSameSizeIsFalseAndLeavesTheVerifierWorking() {
        byte[] probe = "signed with the merchant's key".getBytes(StandardCharsets.US_ASCII);
        String other = new RsaJdPaySigner(TestKeys.merchantPrivateKey()).sign(probe);

        for (int i = 0; i < TIMES; i++) {
            assertThat(this.jd.verify(probe, other)).isFalse();
            assertThat(this.jd.verify(N2.signed(), N2.sign()))
                    .as("after %d", i + 1)
                    .isTrue();
        }
    }

    @Test
    void aBlockAboveTheModulusIsFalseAndLeavesTheVerifierWorking() {
        byte[] ones = new byte[128];
        Arrays.fill(ones, (byte) 0xff);
        String aboveModulus = Base64.getEncoder().encodeToString(ones);

        for (int i = 0; i < TIMES; i++) {
            assertThat(this.jd.verify(N2.signed(), aboveModulus)).isFalse();
            assertThat(this.jd.verify(N2.signed(), N2.sign()))
                    .as("after %d", i + 1)
                    .isTrue();
        }
    }

    @Test
    void fingerprintIsTheKeysAndDescribeNamesTheSource() {
        RsaJdPayVerifier named = new RsaJdPayVerifier(TestKeys.jdPublicKey(), "jdpay.jd-public-keys[1].key");

        assertThat(named.fingerprint()).isEqualTo(KeyLoader.fingerprint(TestKeys.jdPublicKey()));
        assertThat(named.describe())
                .isEqualTo("jdpay.jd-public-keys[1].key (RSA public key, fingerprint " + named.fingerprint() + ")");
    }
}
