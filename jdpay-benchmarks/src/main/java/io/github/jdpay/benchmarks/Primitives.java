package io.github.jdpay.benchmarks;

import io.github.jdpay.crypto.KeyLoader;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.MessageDigest;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * The cryptographic work a codec call cannot avoid, each as one bare JCA call on an instance made ahead of time:
 * the floor the codec is compared with. Not thread-safe: one instance per thread.
 */
public final class Primitives {

    private final Cipher rsa;

    private final Cipher tripleDes;

    private final MessageDigest sha256;

    /**
     * @param rsaMode {@link Cipher#ENCRYPT_MODE} with a private key to sign, {@link Cipher#DECRYPT_MODE} with a
     *     public key to verify
     * @param desMode the 3DES direction
     */
    public Primitives(int rsaMode, Key rsaKey, int desMode) throws GeneralSecurityException {
        this.rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        this.rsa.init(rsaMode, rsaKey);
        this.tripleDes = Cipher.getInstance("DESede/ECB/NoPadding");
        this.tripleDes.init(desMode, new SecretKeySpec(KeyLoader.desKey("DES key", Messages.DES_KEY), "DESede"));
        this.sha256 = MessageDigest.getInstance("SHA-256");
    }

    public byte[] rsa(byte[] input) throws GeneralSecurityException {
        return this.rsa.doFinal(input);
    }

    public byte[] tripleDes(byte[] blocks) throws GeneralSecurityException {
        return this.tripleDes.doFinal(blocks);
    }

    public byte[] sha256(byte[] content) {
        return this.sha256.digest(content);
    }

    /** A buffer of whole 8-byte blocks as JD frames {@code length} bytes: 4-byte prefix, data, zero padding. */
    static byte[] framedBlocks(int length) {
        int framed = 4 + length;
        return new byte[framed + (8 - framed % 8) % 8];
    }
}
