package io.github.jdpay.benchmarks;

import io.github.jdpay.crypto.KeyLoader;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.MessageDigest;
import javax.crypto.Cipher;
import org.bouncycastle.crypto.engines.DESEngine;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The cryptographic work a codec call cannot avoid, each as one bare call on an instance made ahead of time: the floor
 * the codec is compared with. RSA and SHA-256 are JCA calls; 3DES is three keyed Bouncy Castle DES engines per block,
 * the fastest 3DES found here ({@link TripleDesEngineBenchmark}) and the one the library uses. Not thread-safe: one
 * instance per thread.
 */
public final class Primitives {

    private final Cipher rsa;

    private final DESEngine[] tripleDes;

    private final MessageDigest sha256;

    /**
     * @param rsaMode {@link Cipher#ENCRYPT_MODE} with a private key to sign, {@link Cipher#DECRYPT_MODE} with a
     *     public key to verify
     * @param desMode the 3DES direction
     */
    public Primitives(int rsaMode, Key rsaKey, int desMode) throws GeneralSecurityException {
        this.rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        this.rsa.init(rsaMode, rsaKey);
        byte[] key = KeyLoader.desKey("DES key", Messages.DES_KEY);
        boolean encrypt = desMode == Cipher.ENCRYPT_MODE;
        // EDE: E(k1), D(k2), E(k3) to encrypt, D(k3), E(k2), D(k1) to decrypt.
        this.tripleDes = new DESEngine[] {
            des(encrypt, key, encrypt ? 0 : 16), des(!encrypt, key, 8), des(encrypt, key, encrypt ? 16 : 0)
        };
        this.sha256 = MessageDigest.getInstance("SHA-256");
    }

    public byte[] rsa(byte[] input) throws GeneralSecurityException {
        return this.rsa.doFinal(input);
    }

    private static DESEngine des(boolean forEncryption, byte[] key, int offset) {
        DESEngine des = new DESEngine();
        des.init(forEncryption, new KeyParameter(key, offset, 8));
        return des;
    }

    /** 3DES-ECB over whole blocks into a new array, as {@code Cipher.doFinal} would answer them. */
    public byte[] tripleDes(byte[] blocks) {
        byte[] out = blocks.clone();
        for (int at = 0; at < out.length; at += 8) {
            for (DESEngine des : this.tripleDes) {
                des.processBlock(out, at, out, at);
            }
        }
        return out;
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
