package io.github.jdpay.crypto;

import io.github.jdpay.exception.JdPayKeyException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * Loads the keys a merchant is given: RSA keys as PEM (PKCS#8, PKCS#1, X.509 public key or certificate) or bare
 * Base64 DER, and the Base64 3DES key; each either inline or from a {@code classpath:} or {@code file:} location.
 *
 * <p>Every failure is a {@link JdPayKeyException} that names the key and says what was wrong, never what the key
 * holds.
 */
public final class KeyLoader {

    private static final byte[] PROBE = "jdpay key self-check".getBytes(StandardCharsets.US_ASCII);

    private static final String CLASSPATH = "classpath:";

    private static final String FILE = "file:";

    private KeyLoader() {}

    /**
     * Returns the text of a key given as a location ({@code classpath:...}, {@code file:...}) or as inline content.
     *
     * @param name names the key in error messages, such as {@code jdpay.private-key}
     */
    public static String resolve(String name, String locationOrContent) {
        String value = locationOrContent.trim();
        if (value.isEmpty()) {
            throw new JdPayKeyException(name, "is empty");
        }
        try {
            if (value.startsWith(CLASSPATH)) {
                String path = value.substring(CLASSPATH.length()).replaceFirst("^/+", "");
                ClassLoader loader = classLoader();
                try (InputStream in = loader.getResourceAsStream(path)) {
                    if (in == null) {
                        throw new JdPayKeyException(name, "classpath resource '" + path + "' does not exist");
                    }
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            if (value.startsWith(FILE)) {
                Path path = Path.of(value.substring(FILE.length()));
                if (!Files.isReadable(path)) {
                    throw new JdPayKeyException(name, "file '" + path + "' does not exist or cannot be read");
                }
                return Files.readString(path, StandardCharsets.UTF_8);
            }
        } catch (IOException ex) {
            throw new JdPayKeyException(name, "cannot be read from " + value, ex);
        }
        return value;
    }

    /** Loads an RSA private key (PKCS#8 or PKCS#1; PEM or bare Base64 DER) from a location or inline content. */
    public static PrivateKey privateKey(String name, String locationOrContent) {
        String text = resolve(name, locationOrContent);
        PrivateKey usual = JdkKeys.privateKey(text);
        if (usual != null) {
            return usual;
        }
        KeyStructure structure = structure(name, text);
        if (structure.kind() != KeyStructure.Kind.PRIVATE_KEY) {
            throw new JdPayKeyException(
                    name, "looks like " + structure.kind().description + " where a private key was expected");
        }
        return requireRsa(name, structure.toPrivateKey(name));
    }

    /** Loads an RSA public key (X.509 or PKCS#1, or an X.509 certificate; PEM or bare Base64 DER). */
    public static PublicKey publicKey(String name, String locationOrContent) {
        String text = resolve(name, locationOrContent);
        PublicKey usual = JdkKeys.publicKey(text);
        if (usual != null) {
            return usual;
        }
        KeyStructure structure = structure(name, text);
        if (structure.kind() != KeyStructure.Kind.PUBLIC_KEY && structure.kind() != KeyStructure.Kind.CERTIFICATE) {
            throw new JdPayKeyException(
                    name,
                    "looks like " + structure.kind().description + " where a public key or certificate was expected");
        }
        return requireRsa(name, structure.toPublicKey(name));
    }

    /**
     * Loads a 3DES key: Base64 text (JD's 32-character {@code desKey}) that must decode to exactly 24 bytes.
     */
    public static byte[] desKey(String name, String locationOrContent) {
        String text = Base64Text.stripWhitespace(resolve(name, locationOrContent));
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException ex) {
            throw new JdPayKeyException(
                    name, "is not Base64 (expected the 32-character key from the JD merchant console)", ex);
        }
        if (key.length != 24) {
            throw new JdPayKeyException(
                    name,
                    "must decode to 24 bytes but decodes to " + key.length
                            + " (expected the 32-character Base64 key from the JD merchant console)");
        }
        return key;
    }

    /**
     * Derives the public half of an RSA private key that carries its CRT parameters (every PKCS#8 and PKCS#1 key).
     *
     * @return the public key, or {@code null} if the private key does not carry its public exponent
     */
    public static @Nullable PublicKey publicKeyOf(PrivateKey privateKey) {
        if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
            return null;
        }
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        } catch (GeneralSecurityException ex) {
            return null;
        }
    }

    /**
     * Checks that a private key is whole, and answers its public half ({@code null} if it has none to check against).
     * A CRT key (what PKCS#1 and PKCS#8 files hold) is checked by arithmetic on its parts, which proves what a trial
     * signature would (that its public half verifies what it signs) without an RSA operation, the first of which is
     * costly in a cold JVM; a key with a public exponent but no CRT parts would be checked by signing with
     * {@code signer}.
     *
     * @throws JdPayKeyException named {@code name} if the key is damaged
     */
    public static @Nullable PublicKey requireWhole(String name, PrivateKey key, JdPaySigner signer) {
        PublicKey publicHalf = publicKeyOf(key);
        if (publicHalf == null) {
            return null;
        }
        boolean whole = (key instanceof RSAPrivateCrtKey crt)
                ? consistent(crt)
                : new RsaJdPayVerifier(publicHalf).verify(PROBE, signer.sign(PROBE));
        if (!whole) {
            throw new JdPayKeyException(name, "is damaged: its own public half does not verify what it signs");
        }
        return publicHalf;
    }

    /**
     * Whether the parts of a CRT key fit together: n = pq, d inverts e modulo p - 1 and q - 1, the CRT exponents are d
     * reduced modulo those, and the coefficient inverts q modulo p. Signing uses exactly these parts, and when they
     * fit, every signature verifies with (n, e).
     */
    public static boolean consistent(RSAPrivateCrtKey key) {
        BigInteger p = key.getPrimeP();
        BigInteger q = key.getPrimeQ();
        BigInteger d = key.getPrivateExponent();
        BigInteger ed = key.getPublicExponent().multiply(d);
        BigInteger pMinusOne = p.subtract(BigInteger.ONE);
        BigInteger qMinusOne = q.subtract(BigInteger.ONE);
        // Parts below 2 would make the reductions below divide by zero.
        return p.compareTo(BigInteger.ONE) > 0
                && q.compareTo(BigInteger.ONE) > 0
                && p.multiply(q).equals(key.getModulus())
                && ed.mod(pMinusOne).equals(BigInteger.ONE)
                && ed.mod(qMinusOne).equals(BigInteger.ONE)
                && d.mod(pMinusOne).equals(key.getPrimeExponentP())
                && d.mod(qMinusOne).equals(key.getPrimeExponentQ())
                && key.getCrtCoefficient().multiply(q).mod(p).equals(BigInteger.ONE);
    }

    /** A short, safe-to-log fingerprint of a public key: the first 16 hex digits of SHA-256 over its encoding. */
    public static String fingerprint(PublicKey publicKey) {
        return Digests.sha256Hex(publicKey.getEncoded()).substring(0, 16);
    }

    /** Reads the structure; Bouncy Castle's parser throws index errors on some truncated DER ({@code MAA=}). */
    private static KeyStructure structure(String name, String text) {
        try {
            return KeyStructure.read(name, text);
        } catch (JdPayKeyException ex) {
            throw ex;
        } catch (RuntimeException ex) {
            throw new JdPayKeyException(name, "is not a key structure this starter can read", ex);
        }
    }

    private static <K extends java.security.Key> K requireRsa(String name, K key) {
        if (!"RSA".equalsIgnoreCase(key.getAlgorithm())) {
            throw new JdPayKeyException(name, "must be an RSA key but is " + key.getAlgorithm());
        }
        return key;
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return (context != null) ? context : KeyLoader.class.getClassLoader();
    }
}
