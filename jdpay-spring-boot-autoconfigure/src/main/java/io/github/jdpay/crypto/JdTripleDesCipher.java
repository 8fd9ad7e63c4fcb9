package io.github.jdpay.crypto;

import io.github.jdpay.exception.JdPayCryptoException;
import io.github.jdpay.exception.JdPayKeyException;
import io.github.jdpay.exception.JdPayMalformedMessageException;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * JD Pay 2.0 3DES: {@code DESede/ECB/NoPadding} over {@code be32(length) || data || zero padding}.
 *
 * <p>Unlike JD's own Java library, decryption is correct for every byte value and has no size cap; a declared length
 * larger than the decrypted block is an error.
 */
public final class JdTripleDesCipher implements JdPayCipher {

    private static final String TRANSFORMATION = "DESede/ECB/NoPadding";

    private static final int BLOCK = 8;

    private static final int PREFIX = 4;

    private final InstancePool<Cipher> encryptors;

    private final InstancePool<Cipher> decryptors;

    /**
     * Creates a cipher for a 24-byte DESede key, as decoded from the merchant's Base64 {@code desKey}.
     *
     * @throws JdPayKeyException if the key is not 24 bytes long
     */
    public JdTripleDesCipher(byte[] key) {
        if (key.length != 24) {
            throw new JdPayKeyException("DES key", "must be 24 bytes but is " + key.length);
        }
        SecretKey secret = new SecretKeySpec(key.clone(), "DESede");
        this.encryptors = new InstancePool<>(() -> init(Cipher.ENCRYPT_MODE, secret));
        this.decryptors = new InstancePool<>(() -> init(Cipher.DECRYPT_MODE, secret));
    }

    private static Cipher init(int mode, SecretKey key) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(mode, key);
            return cipher;
        } catch (GeneralSecurityException ex) {
            throw new JdPayCryptoException("cannot initialise " + TRANSFORMATION, ex);
        }
    }

    @Override
    public byte[] encrypt(byte[] plaintext) {
        int length = plaintext.length;
        int padding = (BLOCK - (length + PREFIX) % BLOCK) % BLOCK;
        byte[] block = new byte[PREFIX + length + padding];
        block[0] = (byte) (length >>> 24);
        block[1] = (byte) (length >>> 16);
        block[2] = (byte) (length >>> 8);
        block[3] = (byte) length;
        System.arraycopy(plaintext, 0, block, PREFIX, length);
        return run(this.encryptors, block);
    }

    @Override
    public byte[] decrypt(byte[] ciphertext) {
        if (ciphertext.length == 0 || ciphertext.length % BLOCK != 0) {
            throw new JdPayMalformedMessageException(
                    "3DES ciphertext of " + ciphertext.length + " bytes is not a positive multiple of 8 (truncated?)");
        }
        byte[] block = run(this.decryptors, ciphertext);
        long declared = ((block[0] & 0xFFL) << 24)
                | ((block[1] & 0xFFL) << 16)
                | ((block[2] & 0xFFL) << 8)
                | (block[3] & 0xFFL);
        if (declared > block.length - PREFIX) {
            throw new JdPayMalformedMessageException("3DES length prefix declares " + declared
                    + " bytes but the block holds " + (block.length - PREFIX) + " (wrong DES key or corrupt message)");
        }
        return Arrays.copyOfRange(block, PREFIX, PREFIX + (int) declared);
    }

    private static byte[] run(InstancePool<Cipher> pool, byte[] input) {
        Cipher cipher = pool.borrow();
        byte[] output;
        try {
            output = cipher.doFinal(input);
        } catch (GeneralSecurityException ex) {
            throw new JdPayCryptoException("3DES operation failed", ex);
        }
        pool.giveBack(cipher);
        return output;
    }
}
