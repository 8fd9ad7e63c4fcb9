package io.github.jdpay.crypto;

import io.github.jdpay.exception.JdPayCryptoException;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;

/**
 * An initialised 3DES cipher (ECB, no padding) that transforms a buffer in place. Given the same array as input and
 * output, the JDK 17 {@code Cipher} copies the whole input first (64 KB for a large request); going through a small
 * scratch buffer of this instance instead allocates nothing per call. Not thread-safe: pooled like a {@code Cipher}.
 */
final class InPlaceCipher {

    /** Large enough that the JCA call overhead is amortised, small enough to keep per pooled instance. */
    private static final int SCRATCH = 4096;

    private final Cipher cipher;

    private final byte[] scratch = new byte[SCRATCH];

    InPlaceCipher(Cipher cipher) {
        this.cipher = cipher;
    }

    /** Encrypts or decrypts {@code buffer[offset, offset + length)}, whole blocks, where it lies. */
    void run(byte[] buffer, int offset, int length) {
        try {
            int end = offset + length;
            for (int at = offset; at < end; ) {
                int chunk = Math.min(SCRATCH, end - at);
                // ECB without padding answers each whole block at once, so update() returns all it was given.
                int written = (at + chunk < end)
                        ? this.cipher.update(buffer, at, chunk, this.scratch, 0)
                        : this.cipher.doFinal(buffer, at, chunk, this.scratch, 0);
                System.arraycopy(this.scratch, 0, buffer, at, written);
                at += chunk;
            }
        } catch (GeneralSecurityException ex) {
            throw new JdPayCryptoException("3DES operation failed", ex);
        }
    }
}
