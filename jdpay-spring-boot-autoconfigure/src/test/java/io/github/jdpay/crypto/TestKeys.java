package io.github.jdpay.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Properties;

/** The published test credentials of {@code shared/protocol/jdpay-v2.md} Appendix A, and the vector files. */
public final class TestKeys {

    /** A.1 test merchant number. */
    public static final String MERCHANT = "22294531";

    /** A.1 test merchant DES key. */
    public static final String DES_KEY = "ta4E/aspLA3lgFGKmNDNRYU92RkZ4w2t";

    /** A.2 DES key of merchant 110148035005 (vector N1). */
    public static final String DES_KEY_110148035005 = "ta4E/aspLA3lgFGKmNDNRYU92RkZ4w35";

    private TestKeys() {}

    public static PrivateKey merchantPrivateKey() {
        return KeyLoader.privateKey("test merchant private key", "classpath:keys/merchant-22294531-private.pem");
    }

    public static PublicKey merchantPublicKey() {
        return KeyLoader.publicKey("test merchant public key", "classpath:keys/merchant-22294531-public.pem");
    }

    public static PublicKey jdPublicKey() {
        return KeyLoader.publicKey("JD test public key", "classpath:keys/jd-test-public.pem");
    }

    public static JdPayCipher cipher(String desKey) {
        return new JdTripleDesCipher(KeyLoader.desKey("desKey", desKey));
    }

    /**
     * The same cipher behind only the abstract methods, as an application's own implementation (an HSM bean) would
     * have it: the interface's default methods do the rest.
     */
    public static JdPayCipher abstractMethodsOnly(JdPayCipher cipher) {
        return new JdPayCipher() {
            @Override
            public byte[] encrypt(byte[] plaintext) {
                return cipher.encrypt(plaintext);
            }

            @Override
            public byte[] decrypt(byte[] ciphertext) {
                return cipher.decrypt(ciphertext);
            }
        };
    }

    public static String resource(String path) {
        try (InputStream in = TestKeys.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public static Properties meta(String vector) {
        Properties meta = new Properties();
        try (InputStream in = TestKeys.class.getClassLoader().getResourceAsStream("vectors/" + vector + ".meta")) {
            meta.load(in);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return meta;
    }
}
