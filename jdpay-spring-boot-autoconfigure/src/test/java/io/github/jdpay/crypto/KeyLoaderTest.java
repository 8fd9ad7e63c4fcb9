package io.github.jdpay.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.exception.JdPayKeyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Key loading: every form a merchant may be given, and a clear error for every mistake. */
class KeyLoaderTest {

    static String bare(String pemResource) {
        return TestKeys.resource(pemResource)
                .replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
    }

    private static void assertSamePrivate(PrivateKey key) {
        assertThat(key.getEncoded()).isEqualTo(TestKeys.merchantPrivateKey().getEncoded());
    }

    private static void assertSamePublic(PublicKey key) {
        assertThat(key.getEncoded()).isEqualTo(TestKeys.merchantPublicKey().getEncoded());
    }

    @Test
    void privateKeysLoadFromEveryForm(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("key.pem");
        Files.writeString(file, TestKeys.resource("keys/merchant-22294531-private-pkcs1.pem"));

        assertSamePrivate(KeyLoader.privateKey("k", "classpath:keys/merchant-22294531-private.pem"));
        assertSamePrivate(KeyLoader.privateKey("k", "classpath:/keys/merchant-22294531-private-pkcs1.pem"));
        assertSamePrivate(KeyLoader.privateKey("k", "file:" + file));
        assertSamePrivate(KeyLoader.privateKey("k", TestKeys.resource("keys/merchant-22294531-private.pem")));
        assertSamePrivate(KeyLoader.privateKey("k", bare("keys/merchant-22294531-private.pem")));
        assertSamePrivate(KeyLoader.privateKey("k", bare("keys/merchant-22294531-private-pkcs1.pem")));
    }

    @Test
    void publicKeysLoadFromEveryFormIncludingCertificates() {
        assertSamePublic(KeyLoader.publicKey("k", "classpath:keys/merchant-22294531-public.pem"));
        assertSamePublic(KeyLoader.publicKey("k", "classpath:keys/merchant-22294531-public-pkcs1.pem"));
        assertSamePublic(KeyLoader.publicKey("k", "classpath:keys/merchant-22294531-cert.pem"));
        assertSamePublic(KeyLoader.publicKey("k", bare("keys/merchant-22294531-public.pem")));
        assertSamePublic(KeyLoader.publicKey("k", bare("keys/merchant-22294531-public-pkcs1.pem")));
        assertSamePublic(KeyLoader.publicKey("k", bare("keys/merchant-22294531-cert.pem")));
    }

    @Test
    void publicHalfIsDerivedFromThePrivateKey() {
        assertSamePublic(KeyLoader.publicKeyOf(TestKeys.merchantPrivateKey()));
        assertThat(KeyLoader.fingerprint(TestKeys.merchantPublicKey()))
                .hasSize(16)
                .matches("[0-9a-f]+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"keys/merchant-22294531-public.pem", "keys/merchant-22294531-public-pkcs1.pem"})
    void publicKeyGivenAsPrivateKeyIsNamed(String resource) {
        assertThatThrownBy(() -> KeyLoader.privateKey("jdpay.private-key", "classpath:" + resource))
                .isInstanceOf(JdPayKeyException.class)
                .hasMessage("jdpay.private-key: looks like a public key where a private key was expected")
                .extracting("keyName")
                .isEqualTo("jdpay.private-key");
        assertThatThrownBy(() -> KeyLoader.privateKey("jdpay.private-key", bare(resource)))
                .hasMessageContaining("looks like a public key where a private key was expected");
    }

    @Test
    void privateKeyOrCertificateInTheWrongPlaceIsNamed() {
        assertThatThrownBy(() -> KeyLoader.publicKey("jdpay.jd-public-key", bare("keys/merchant-22294531-private.pem")))
                .hasMessage("jdpay.jd-public-key: looks like a private key where a public key or certificate "
                        + "was expected");
        assertThatThrownBy(() -> KeyLoader.privateKey("jdpay.private-key", "classpath:keys/merchant-22294531-cert.pem"))
                .hasMessageContaining("looks like a certificate where a private key was expected");
    }

    @Test
    void unusableKeyTextGivesATypedMessageWithoutTheKey() {
        String secretFragment = bare("keys/merchant-22294531-private.pem").substring(0, 60);

        assertThatThrownBy(() -> KeyLoader.privateKey("k", "%%% not a key %%%"))
                .isInstanceOf(JdPayKeyException.class)
                .hasMessage("k: is neither PEM nor Base64");
        assertThatThrownBy(() -> KeyLoader.privateKey("k", "AAAAAAAA"))
                .isInstanceOf(JdPayKeyException.class)
                .hasMessageContaining("not a DER-encoded key");
        assertThatThrownBy(() -> KeyLoader.privateKey("k", secretFragment))
                .isInstanceOf(JdPayKeyException.class)
                .message()
                .doesNotContain(secretFragment.substring(10, 40));
        assertThatThrownBy(() -> KeyLoader.privateKey("k", "-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----"))
                .isInstanceOf(JdPayKeyException.class);
        assertThatThrownBy(() -> KeyLoader.privateKey("k", "  "))
                .isInstanceOf(JdPayKeyException.class)
                .hasMessage("k: is empty");
    }

    @Test
    void encryptedAndNonRsaKeysAreExplained() {
        assertThatThrownBy(() -> KeyLoader.privateKey("k", "classpath:keys/merchant-22294531-private-encrypted.pem"))
                .hasMessageContaining("password-protected");
        assertThatThrownBy(() -> KeyLoader.privateKey("k", "classpath:keys/ec-private.pem"))
                .hasMessage("k: must be an RSA key but is EC");
    }

    @Test
    void missingLocationsAreNamed(@TempDir Path dir) {
        assertThatThrownBy(() -> KeyLoader.privateKey("k", "classpath:keys/nope.pem"))
                .hasMessage("k: classpath resource 'keys/nope.pem' does not exist");
        assertThatThrownBy(() -> KeyLoader.publicKey("k", "file:" + dir.resolve("nope.pem")))
                .hasMessageContaining("does not exist or cannot be read");
    }

    @Test
    void desKeyMustDecodeToTwentyFourBytes() {
        assertThat(KeyLoader.desKey("jdpay.des-key", TestKeys.DES_KEY)).hasSize(24);
        assertThat(Hex.encode(KeyLoader.desKey("jdpay.des-key", TestKeys.DES_KEY)))
                .isEqualTo("b5ae04fdab292c0de580518a98d0cd45853dd91919e30dad");
        assertThatThrownBy(() -> KeyLoader.desKey("jdpay.des-key", "AAAAAAAAAAAAAAAAAAAAAA=="))
                .isInstanceOf(JdPayKeyException.class)
                .hasMessageContaining("jdpay.des-key: must decode to 24 bytes but decodes to 16");
        assertThatThrownBy(() -> KeyLoader.desKey("jdpay.des-key", "not base64!"))
                .hasMessageContaining("jdpay.des-key: is not Base64");
    }
}
