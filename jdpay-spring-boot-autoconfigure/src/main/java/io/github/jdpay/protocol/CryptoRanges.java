package io.github.jdpay.protocol;

import io.github.jdpay.crypto.JdPayCipher;
import io.github.jdpay.crypto.JdPaySigner;
import io.github.jdpay.crypto.JdPayVerifier;
import io.github.jdpay.crypto.internal.RangeCipher;
import io.github.jdpay.crypto.internal.RangeSigner;
import io.github.jdpay.crypto.internal.RangeVerifier;
import java.util.Arrays;
import java.util.Objects;

/**
 * The codec's calls into the crypto SPIs over byte ranges: the built-in beans take the range where it lies (their
 * internal fast paths); any other implementation, such as an HSM's, gets a copy through its one- or two-method SPI.
 */
final class CryptoRanges {

    private CryptoRanges() {}

    static String sign(JdPaySigner signer, byte[] content, int from, int to) {
        if (signer instanceof RangeSigner ranged) {
            return ranged.sign(content, from, to);
        }
        return signer.sign(Arrays.copyOfRange(content, from, to));
    }

    static boolean verify(
            JdPayVerifier verifier, byte[] content, int from, int to, int cutFrom, int cutTo, String signature) {
        if (verifier instanceof RangeVerifier ranged) {
            return ranged.verify(content, from, to, cutFrom, cutTo, signature);
        }
        Objects.checkFromToIndex(from, to, content.length);
        Objects.checkFromToIndex(cutFrom, cutTo, to);
        if (cutFrom < from) {
            throw new IndexOutOfBoundsException("cut starts at " + cutFrom + ", before " + from);
        }
        byte[] signed = new byte[(to - from) - (cutTo - cutFrom)];
        System.arraycopy(content, from, signed, 0, cutFrom - from);
        System.arraycopy(content, cutTo, signed, cutFrom - from, to - cutTo);
        return verifier.verify(signed, signature);
    }

    /** Encrypts {@code input[offset, offset + length)} to {@code output}, which has room for {@code length + 11}. */
    static int encrypt(JdPayCipher cipher, byte[] input, int offset, int length, byte[] output, int outputOffset) {
        if (cipher instanceof RangeCipher ranged) {
            return ranged.encrypt(input, offset, length, output, outputOffset);
        }
        byte[] ciphertext = cipher.encrypt(Arrays.copyOfRange(input, offset, offset + length));
        System.arraycopy(ciphertext, 0, output, outputOffset, ciphertext.length);
        return ciphertext.length;
    }

    /** Decrypts {@code input[offset, offset + length)} to {@code output}, which has room for {@code length}. */
    static int decrypt(JdPayCipher cipher, byte[] input, int offset, int length, byte[] output, int outputOffset) {
        if (cipher instanceof RangeCipher ranged) {
            return ranged.decrypt(input, offset, length, output, outputOffset);
        }
        byte[] plaintext = cipher.decrypt(Arrays.copyOfRange(input, offset, offset + length));
        System.arraycopy(plaintext, 0, output, outputOffset, plaintext.length);
        return plaintext.length;
    }
}
