package io.github.jdpay.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.KeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The two usual key forms read with the JDK alone: an unencrypted PKCS#8 RSA private key and an X.509 RSA public key,
 * each as one canonical PEM block or as bare Base64 DER. Anything else, and anything the JDK refuses, is left to
 * {@link KeyStructure}, so every other form and every error message stay as they are; this only spares start-up the
 * Bouncy Castle ASN.1 and PEM classes, which take about a third of a second to load.
 */
final class JdkKeys {

    private static final String BEGIN = "-----BEGIN ";

    private static final String END = "-----END ";

    private static final String DASHES = "-----";

    private JdkKeys() {}

    /** The key, if the text is a canonical PKCS#8 RSA private key; otherwise {@code null}. */
    static @Nullable PrivateKey privateKey(String text) {
        return key(text, "PRIVATE KEY", PKCS8EncodedKeySpec::new, (factory, spec) -> factory.generatePrivate(spec));
    }

    /** The key, if the text is a canonical X.509 RSA public key; otherwise {@code null}. */
    static @Nullable PublicKey publicKey(String text) {
        return key(text, "PUBLIC KEY", X509EncodedKeySpec::new, (factory, spec) -> factory.generatePublic(spec));
    }

    private static <K> @Nullable K key(
            String text, String label, Function<byte[], KeySpec> spec, Generator<K> generator) {
        byte[] der = text.contains(BEGIN) ? pemBody(text, label) : Base64Text.decodeLenient(text);
        if (der == null || !isOneSequence(der)) {
            return null;
        }
        try {
            return generator.generate(KeyFactory.getInstance("RSA"), spec.apply(der));
        } catch (GeneralSecurityException | RuntimeException ex) {
            return null;
        }
    }

    /** The DER of the first PEM block if it has this label, no headers and only Base64 between its lines. */
    private static byte @Nullable [] pemBody(String text, String label) {
        String begin = BEGIN + label + DASHES;
        String end = END + label + DASHES;
        int first = text.indexOf(BEGIN);
        if (!text.startsWith(begin, first) || (first > 0 && text.charAt(first - 1) != '\n')) {
            return null;
        }
        int body = first + begin.length();
        int last = text.indexOf(end, body);
        if (last < 0
                || text.charAt(last - 1) != '\n'
                || !endsLine(text, body)
                || !endsLine(text, last + end.length())) {
            return null;
        }
        String base64 = text.substring(body, last);
        return (base64.indexOf(':') >= 0 || base64.indexOf('-') >= 0) ? null : Base64Text.decodeLenient(base64);
    }

    private static boolean endsLine(String text, int at) {
        return at == text.length() || text.charAt(at) == '\n' || text.charAt(at) == '\r';
    }

    /** Whether the bytes are one DER SEQUENCE with a definite length and nothing after it. */
    static boolean isOneSequence(byte[] der) {
        if (der.length < 2 || der[0] != 0x30) {
            return false;
        }
        int length = der[1] & 0xFF;
        int header = 2;
        if (length >= 0x80) {
            int octets = length & 0x7F;
            if (octets == 0 || octets > 3 || der.length < 2 + octets) {
                return false;
            }
            length = 0;
            for (int i = 0; i < octets; i++) {
                length = (length << 8) | (der[2 + i] & 0xFF);
            }
            header += octets;
        }
        return header + length == der.length;
    }

    @FunctionalInterface
    private interface Generator<K> {
        K generate(KeyFactory factory, KeySpec spec) throws GeneralSecurityException;
    }
}
