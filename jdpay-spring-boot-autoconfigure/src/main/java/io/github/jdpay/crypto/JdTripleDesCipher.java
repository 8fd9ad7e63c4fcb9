package io.github.jdpay.crypto;

import io.github.jdpay.crypto.internal.RangeCipher;
import io.github.jdpay.exception.JdPayKeyException;
import io.github.jdpay.exception.JdPayMalformedMessageException;
import java.util.Arrays;
import java.util.Objects;

/**
 * JD Pay 2.0 3DES: {@code DESede/ECB/NoPadding} over {@code be32(length) || data || zero padding}.
 *
 * <p>Unlike JD's own Java library, decryption is correct for every byte value and has no size cap; a declared length
 * larger than the decrypted block is an error. The blocks go through Bouncy Castle's DES engine, byte for byte what
 * the JCA transformation gives, in less time.
 */
public final class JdTripleDesCipher implements JdPayCipher, RangeCipher {

    private static final int BLOCK = 8;

    private static final int PREFIX = 4;

    private final InstancePool<InPlaceCipher> encryptors;

    private final InstancePool<InPlaceCipher> decryptors;

    /**
     * Creates a cipher for a 24-byte DESede key, as decoded from the merchant's Base64 {@code desKey}.
     *
     * @throws JdPayKeyException if the key is not 24 bytes long
     */
    public JdTripleDesCipher(byte[] key) {
        if (key.length != 24) {
            throw new JdPayKeyException("DES key", "must be 24 bytes but is " + key.length);
        }
        byte[] secret = key.clone();
        this.encryptors = new InstancePool<>(() -> new InPlaceCipher(true, secret));
        this.decryptors = new InstancePool<>(() -> new InPlaceCipher(false, secret));
    }

    @Override
    public byte[] encrypt(byte[] plaintext) {
        byte[] block = new byte[framedLength(plaintext.length)];
        System.arraycopy(plaintext, 0, block, PREFIX, plaintext.length);
        encrypt(block, PREFIX, plaintext.length, block, 0);
        return block;
    }

    @Override
    public int encrypt(byte[] input, int offset, int length, byte[] output, int outputOffset) {
        Objects.checkFromIndexSize(offset, length, input.length);
        int framed = framedLength(length);
        Objects.checkFromIndexSize(outputOffset, framed, output.length);
        // Frame in the output and encrypt there: ECB turns each block into one of the same size, in place.
        int data = outputOffset + PREFIX;
        if (input != output || offset != data) {
            System.arraycopy(input, offset, output, data, length);
        }
        output[outputOffset] = (byte) (length >>> 24);
        output[outputOffset + 1] = (byte) (length >>> 16);
        output[outputOffset + 2] = (byte) (length >>> 8);
        output[outputOffset + 3] = (byte) length;
        Arrays.fill(output, data + length, outputOffset + framed, (byte) 0);
        run(this.encryptors, output, outputOffset, framed);
        return framed;
    }

    private static int framedLength(int length) {
        return PREFIX + length + (BLOCK - (length + PREFIX) % BLOCK) % BLOCK;
    }

    @Override
    public byte[] decrypt(byte[] ciphertext) {
        byte[] block = ciphertext.clone();
        return Arrays.copyOf(block, decrypt(block, 0, block.length, block, 0));
    }

    @Override
    public int decrypt(byte[] input, int offset, int length, byte[] output, int outputOffset) {
        Objects.checkFromIndexSize(offset, length, input.length);
        if (length == 0 || length % BLOCK != 0) {
            throw new JdPayMalformedMessageException(
                    "3DES ciphertext of " + length + " bytes is not a positive multiple of 8 (truncated?)");
        }
        Objects.checkFromIndexSize(outputOffset, length, output.length);
        if (input != output || offset != outputOffset) {
            System.arraycopy(input, offset, output, outputOffset, length);
        }
        run(this.decryptors, output, outputOffset, length);
        long declared = ((output[outputOffset] & 0xFFL) << 24)
                | ((output[outputOffset + 1] & 0xFFL) << 16)
                | ((output[outputOffset + 2] & 0xFFL) << 8)
                | (output[outputOffset + 3] & 0xFFL);
        if (declared > length - PREFIX) {
            throw new JdPayMalformedMessageException("3DES length prefix declares " + declared
                    + " bytes but the block holds " + (length - PREFIX) + " (wrong DES key or corrupt message)");
        }
        System.arraycopy(output, outputOffset + PREFIX, output, outputOffset, (int) declared);
        return (int) declared;
    }

    private static void run(InstancePool<InPlaceCipher> pool, byte[] buffer, int offset, int length) {
        InPlaceCipher cipher = pool.borrow();
        cipher.run(buffer, offset, length);
        pool.giveBack(cipher);
    }
}
