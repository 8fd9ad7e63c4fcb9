package io.github.jdpay.crypto;

import io.github.jdpay.exception.JdPayCryptoException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/** SHA-256 and MD5 rendered as lowercase hex, the form in which JD signs and compares digests. */
public final class Digests {

    /** {@code MessageDigest.getInstance} looks the provider up each time; a pooled instance is ready to use. */
    private static final InstancePool<MessageDigest> SHA256 = new InstancePool<>(() -> digest("SHA-256"));

    private Digests() {}

    /** Lowercase hex SHA-256 of {@code content}, as the ASCII bytes JD's RSA step encrypts. */
    public static byte[] sha256HexAscii(byte[] content) {
        return sha256HexAscii(content, 0, content.length, content.length, content.length);
    }

    /**
     * Lowercase hex SHA-256, as ASCII bytes, of {@code content[from, to)} without {@code content[cutFrom, cutTo)}:
     * a signed document digested around its {@code <sign>} element, with no copy of the bytes that remain.
     */
    static byte[] sha256HexAscii(byte[] content, int from, int to, int cutFrom, int cutTo) {
        checkCut(content.length, from, to, cutFrom, cutTo);
        MessageDigest sha256 = SHA256.borrow();
        sha256.update(content, from, cutFrom - from);
        sha256.update(content, cutTo, to - cutTo);
        // digest() resets the instance, so it goes back clean.
        byte[] digest = sha256.digest();
        SHA256.giveBack(sha256);
        return Hex.encodeToAscii(digest);
    }

    /** Requires {@code 0 <= from <= cutFrom <= cutTo <= to <= length}. */
    static void checkCut(int length, int from, int to, int cutFrom, int cutTo) {
        Objects.checkFromToIndex(from, to, length);
        Objects.checkFromToIndex(cutFrom, cutTo, to);
        if (cutFrom < from) {
            throw new IndexOutOfBoundsException("cut starts at " + cutFrom + ", before " + from);
        }
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
