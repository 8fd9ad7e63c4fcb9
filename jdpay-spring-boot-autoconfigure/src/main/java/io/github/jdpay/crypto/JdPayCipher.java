package io.github.jdpay.crypto;

import java.nio.charset.StandardCharsets;

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
     * Decrypts raw ciphertext and removes the framing, returning the original bytes.
     *
     * @throws io.github.jdpay.exception.JdPayMalformedMessageException if the ciphertext is truncated or its length
     *     prefix does not fit, which is also what a wrong DES key looks like
     */
    byte[] decrypt(byte[] ciphertext);

    /** Encrypts UTF-8 text to lowercase hex, as JD's form fields and {@code encrypt} elements carry it. */
    default String encryptToHex(String text) {
        return Hex.encode(encrypt(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Decrypts hex text (either case) and decodes the result as UTF-8. */
    default String decryptHex(CharSequence hex) {
        return Utf8.decode(decrypt(Hex.decode(hex)), "decrypted text");
    }
}
