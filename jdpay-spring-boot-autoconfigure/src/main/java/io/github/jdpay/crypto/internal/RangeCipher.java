package io.github.jdpay.crypto.internal;

/** JD's framed 3DES over buffer ranges, in place when asked. Internal: implemented by the built-in cipher. */
public interface RangeCipher {

    /**
     * Frames and encrypts {@code input[offset, offset + length)} into {@code output} from {@code outputOffset}, which
     * needs room for {@code length + 11} bytes (4-byte length prefix, data, up to 7 bytes of padding). With the same
     * array and the plaintext 4 bytes after {@code outputOffset}, it works in place.
     *
     * @return the length of the ciphertext
     */
    int encrypt(byte[] input, int offset, int length, byte[] output, int outputOffset);

    /**
     * Decrypts {@code input[offset, offset + length)} and removes the framing, writing the original bytes to
     * {@code output} from {@code outputOffset} (room for {@code length} bytes); in place when both are the same.
     *
     * @return the length of the original bytes
     */
    int decrypt(byte[] input, int offset, int length, byte[] output, int outputOffset);
}
