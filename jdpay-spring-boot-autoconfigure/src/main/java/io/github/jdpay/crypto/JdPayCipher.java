package io.github.jdpay.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * JD Pay 2.0 symmetric encryption of message bodies and form fields (3DES with JD's length-prefix framing).
 *
 * <p>Implementations are thread-safe. The default is {@link JdTripleDesCipher}; replace the bean to keep the DES
 * key in an HSM.
 */
public interface JdPayCipher {

    /** Frames and encrypts {@code plaintext}, returning the raw ciphertext. */
    byte[] encrypt(byte[] plaintext);

    /**
     * Frames and encrypts {@code input[offset, offset + length)}, writing the ciphertext to {@code output} from
     * {@code outputOffset}, which needs room for {@code length + 11} bytes (the 4-byte length prefix, the data and up
     * to 7 bytes of padding). The two may be the same array: {@link JdTripleDesCipher} then works in place, without a
     * copy, when the plaintext starts 4 bytes after {@code outputOffset}, where its framing puts it. The default
     * copies the range and calls {@link #encrypt(byte[])}.
     *
     * @return the length of the ciphertext
     */
    default int encrypt(byte[] input, int offset, int length, byte[] output, int outputOffset) {
        byte[] ciphertext = encrypt(Arrays.copyOfRange(input, offset, offset + length));
        System.arraycopy(ciphertext, 0, output, outputOffset, ciphertext.length);
        return ciphertext.length;
    }

    /**
     * Decrypts raw ciphertext and removes the framing, returning the original bytes.
     *
     * @throws io.github.jdpay.exception.JdPayMalformedMessageException if the ciphertext is truncated or its length
     *     prefix does not fit, which is also what a wrong DES key looks like
     */
    byte[] decrypt(byte[] ciphertext);

    /**
     * Decrypts {@code input[offset, offset + length)} and removes the framing, writing the original bytes to
     * {@code output} from {@code outputOffset}, which needs room for {@code length} bytes (the decrypted block,
     * framing included). The two may be the same array: {@link JdTripleDesCipher} then decrypts in place, without a
     * copy, when both offsets are equal. The default copies the range and calls {@link #decrypt(byte[])}.
     *
     * @return the length of the original bytes
     * @throws io.github.jdpay.exception.JdPayMalformedMessageException as {@link #decrypt(byte[])} does
     */
    default int decrypt(byte[] input, int offset, int length, byte[] output, int outputOffset) {
        byte[] plaintext = decrypt(Arrays.copyOfRange(input, offset, offset + length));
        System.arraycopy(plaintext, 0, output, outputOffset, plaintext.length);
        return plaintext.length;
    }

    /** Encrypts UTF-8 text to lowercase hex, as JD's form fields and {@code encrypt} elements carry it. */
    default String encryptToHex(String text) {
        return Hex.encode(encrypt(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Decrypts hex text (either case) and decodes the result as UTF-8. */
    default String decryptHex(CharSequence hex) {
        return Utf8.decode(decrypt(Hex.decode(hex)), "decrypted text");
    }
}
