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
 * Aggregate-pay 3DES: {@code DESede/ECB/PKCS5Padding} out; in, {@code NoPadding} followed by a tolerant unpad.
 *
 * <p>JD's SDK pads with PKCS#5 while its document describes a mod-16 rule of its own; decryption therefore strips a
 * run of {@code n} bytes of value {@code n} (1 to 16) and then trailing control and space bytes, so both decode.
 */
public final class AggregateTripleDesCipher implements AggregateCipher {

    private final InstancePool<Cipher> encryptors;

    private final InstancePool<Cipher> decryptors;

    /**
     * Creates a cipher for the 24-byte key decoded from the merchant's Base64 aggregate DES key.
     *
     * @throws JdPayKeyException if the key is not 24 bytes long
     */
    public AggregateTripleDesCipher(byte[] key) {
        if (key.length != 24) {
            throw new JdPayKeyException("aggregate DES key", "must be 24 bytes but is " + key.length);
        }
        SecretKey secret = new SecretKeySpec(key.clone(), "DESede");
        this.encryptors = new InstancePool<>(() -> init("DESede/ECB/PKCS5Padding", Cipher.ENCRYPT_MODE, secret));
        this.decryptors = new InstancePool<>(() -> init("DESede/ECB/NoPadding", Cipher.DECRYPT_MODE, secret));
    }

    private static Cipher init(String transformation, int mode, SecretKey key) {
        try {
            Cipher cipher = Cipher.getInstance(transformation);
            cipher.init(mode, key);
            return cipher;
        } catch (GeneralSecurityException ex) {
            throw new JdPayCryptoException("cannot initialise " + transformation, ex);
        }
    }

    @Override
    public byte[] encrypt(byte[] plaintext) {
        return run(this.encryptors, plaintext);
    }

    @Override
    public byte[] decrypt(byte[] ciphertext) {
        if (ciphertext.length == 0 || ciphertext.length % 8 != 0) {
            throw new JdPayMalformedMessageException(
                    "cipherJson of " + ciphertext.length + " bytes is not a positive multiple of 8 (truncated?)");
        }
        return unpad(run(this.decryptors, ciphertext));
    }

    static byte[] unpad(byte[] block) {
        int end = block.length;
        int n = block[end - 1] & 0xFF;
        if (n >= 1 && n <= 16 && n <= end && allEqual(block, end - n, end, (byte) n)) {
            end -= n;
        }
        while (end > 0 && (block[end - 1] & 0xFF) <= 0x20) {
            end--;
        }
        return Arrays.copyOf(block, end);
    }

    private static boolean allEqual(byte[] bytes, int from, int to, byte value) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != value) {
                return false;
            }
        }
        return true;
    }

    private static byte[] run(InstancePool<Cipher> pool, byte[] input) {
        Cipher cipher = pool.borrow();
        byte[] output;
        try {
            output = cipher.doFinal(input);
        } catch (GeneralSecurityException ex) {
            throw new JdPayCryptoException("aggregate 3DES operation failed", ex);
        }
        pool.giveBack(cipher);
        return output;
    }
}
