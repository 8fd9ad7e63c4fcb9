package io.github.jdpay.crypto;

import io.github.jdpay.exception.JdPayCryptoException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 and MD5 rendered as lowercase hex, the form in which JD signs and compares digests. */
public final class Digests {

    /** {@code MessageDigest.getInstance} looks the provider up each time; a pooled instance is ready to use. */
    private static final InstancePool<MessageDigest> SHA256 = new InstancePool<>(() -> digest("SHA-256"));

    private Digests() {}

    /** Lowercase hex SHA-256 of {@code content}, as the ASCII bytes JD's RSA step encrypts. */
    public static byte[] sha256HexAscii(byte[] content) {
        MessageDigest sha256 = SHA256.borrow();
        // digest() resets the instance, so it goes back clean.
        byte[] digest = sha256.digest(content);
        SHA256.giveBack(sha256);
        return Hex.encodeToAscii(digest);
    }

    /** Lowercase hex SHA-256 of {@code content}. */
    public static String sha256Hex(byte[] content) {
        return new String(sha256HexAscii(content), StandardCharsets.US_ASCII);
    }

    /** Lowercase hex MD5 of the UTF-8 bytes of {@code text}. */
    public static String md5Hex(String text) {
        return Hex.encode(digest("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException ex) {
            throw new JdPayCryptoException(algorithm + " is not available in this JVM", ex);
        }
    }
}
