package io.github.jdpay.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.PrivateKey;
import java.security.PublicKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JDK-only reading of the usual key forms gives exactly the key the Bouncy Castle reading gives, and declines
 * everything else so that the Bouncy Castle path still decides it.
 */
class JdkKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"keys/merchant-22294531-private.pem", "keys/selftest-2048-private.pem"})
    void privateKeysAreTheOnesBouncyCastleReads(String resource) {
        String pem = TestKeys.resource(resource);

        for (String form : new String[] {pem, pem.replace("\n", "\r\n"), KeyLoaderTest.bare(resource)}) {
            PrivateKey jdk = JdkKeys.privateKey(form);
            assertThat(jdk).isNotNull();
            assertThat(jdk.getEncoded())
                    .isEqualTo(KeyStructure.read("k", form).toPrivateKey("k").getEncoded());
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"keys/merchant-22294531-public.pem", "keys/selftest-2048-public.pem", "keys/jd-test-public.pem"})
    void publicKeysAreTheOnesBouncyCastleReads(String resource) {
        String pem = TestKeys.resource(resource);

        for (String form : new String[] {pem, pem.replace("\n", "\r\n"), KeyLoaderTest.bare(resource)}) {
            PublicKey jdk = JdkKeys.publicKey(form);
            assertThat(jdk).isNotNull();
            assertThat(jdk.getEncoded())
                    .isEqualTo(KeyStructure.read("k", form).toPublicKey("k").getEncoded());
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "keys/merchant-22294531-private-pkcs1.pem",
                "keys/merchant-22294531-private-encrypted.pem",
                "keys/merchant-22294531-public.pem",
                "keys/merchant-22294531-cert.pem",
                "keys/ec-private.pem"
            })
    void otherFormsAreLeftToBouncyCastleWhereAPrivateKeyIsExpected(String resource) {
        assertThat(JdkKeys.privateKey(TestKeys.resource(resource))).isNull();
        assertThat(JdkKeys.privateKey(KeyLoaderTest.bare(resource))).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "keys/merchant-22294531-public-pkcs1.pem",
                "keys/merchant-22294531-cert.pem",
                "keys/merchant-22294531-private.pem"
            })
    void otherFormsAreLeftToBouncyCastleWhereAPublicKeyIsExpected(String resource) {
        assertThat(JdkKeys.publicKey(TestKeys.resource(resource))).isNull();
        assertThat(JdkKeys.publicKey(KeyLoaderTest.bare(resource))).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Proc-Type: 4,ENCRYPTED\n",
                "-----BEGIN PUBLIC KEY-----\n",
                "AAAA\n-----END PRIVATE KEY-----\n-----BEGIN PRIVATE KEY-----\n"
            })
    void aBlockThatIsNotCanonicalIsLeftToBouncyCastle(String insertion) {
        String pem = TestKeys.resource("keys/merchant-22294531-private.pem");
        String altered = pem.replaceFirst("-----BEGIN PRIVATE KEY-----\n", "-----BEGIN PRIVATE KEY-----\n" + insertion);

        assertThat(JdkKeys.privateKey(altered)).isNull();
        assertThat(JdkKeys.privateKey("text before " + pem)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AA==", "MAA=", "MAEA", "MIAAAAA=", "MIMBAAAA"})
    void onlyOneDerSequenceWithNothingAfterItIsRead(String base64) {
        assertThat(JdkKeys.privateKey(base64)).isNull();
        assertThat(JdkKeys.publicKey(base64)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"keys/merchant-22294531-private.pem"})
    void trailingBytesAfterTheKeyAreLeftToBouncyCastle(String resource) {
        byte[] der = java.util.Base64.getDecoder().decode(KeyLoaderTest.bare(resource));
        byte[] longer = java.util.Arrays.copyOf(der, der.length + 2);

        assertThat(JdkKeys.isOneSequence(der)).isTrue();
        assertThat(JdkKeys.isOneSequence(longer)).isFalse();
        assertThat(JdkKeys.privateKey(java.util.Base64.getEncoder().encodeToString(longer)))
                .isNull();
    }
}
