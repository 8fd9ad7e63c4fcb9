package io.github.jdpay.crypto;

import io.github.jdpay.exception.JdPayKeyException;
import io.github.jdpay.exception.JdPayMalformedMessageException;
import java.util.Arrays;

/**
 * Aggregate-pay 3DES: {@code DESede/ECB/PKCS5Padding} out; in, {@code NoPadding} followed by a tolerant unpad.
 *
 * <p>JD's SDK pads with PKCS#5 while its document describes a mod-16 rule of its own; decryption therefore strips a
 * run of {@code n} bytes of value {@code n} (1 to 16) and then trailing control and space bytes, so both decode. The
 * blocks go through Bouncy Castle's DES engine, in place, with the padding added here.
 */
public final class AggregateTripleDesCipher implements AggregateCipher {

    private static final int BLOCK = 8;

    private final InstancePool<InPlaceCipher> encryptors;

    private final InstancePool<InPlaceCipher> decryptors;

    /**
     * Creates a cipher for the 24-byte key decoded from the merchant's Base64 aggregate DES key.
     *
     * @throws JdPayKeyException if the key is not 24 bytes long
     */
    public AggregateTripleDesCipher(byte[] key) {
        if (key.length != 24) {
            throw new JdPayKeyException("aggregate DES key", "must be 24 bytes but is " + key.length);
        }
        byte[] secret = key.clone();
        this.encryptors = new InstancePool<>(() -> new InPlaceCipher(true, secret));
        this.decryptors = new InstancePool<>(() -> new InPlaceCipher(false, secret));
    }

    @Override
    public byte[] encrypt(byte[] plaintext) {
        // PKCS#5: 1 to 8 bytes, each holding their count, so that a whole block of padding follows a full block.
        int padding = BLOCK - plaintext.length % BLOCK;
        byte[] block = Arrays.copyOf(plaintext, plaintext.length + padding);
        Arrays.fill(block, plaintext.length, block.length, (byte) padding);
        run(this.encryptors, block);
        return block;
    }

    @Override
    public byte[] decrypt(byte[] ciphertext) {
        if (ciphertext.length == 0 || ciphertext.length % BLOCK != 0) {
            throw new JdPayMalformedMessageException(
                    "cipherJson of " + ciphertext.length + " bytes is not a positive multiple of 8 (truncated?)");
        }
        byte[] block = ciphertext.clone();
        run(this.decryptors, block);
        return unpad(block);
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

    private static void run(InstancePool<InPlaceCipher> pool, byte[] blocks) {
        InPlaceCipher cipher = pool.borrow();
        cipher.run(blocks, 0, blocks.length);
        pool.giveBack(cipher);
    }
}
