package io.github.jdpay.crypto;

import io.github.jdpay.crypto.internal.RangeSigner;
import io.github.jdpay.exception.JdPayCryptoException;
import io.github.jdpay.exception.JdPayKeyException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.interfaces.RSAKey;
import java.util.Base64;
import javax.crypto.Cipher;

/**
 * JD's signature: {@code Base64(RSA-private-encrypt(PKCS#1 v1.5 type 1, lowercaseHex(SHA-256(content))))}.
 *
 * <p>This is deliberately not {@code SHA256withRSA}: JD encrypts the 64 ASCII hex characters without a DigestInfo.
 * The result is deterministic, which is what lets the starter be tested byte for byte against JD's own library.
 */
public final class RsaJdPaySigner implements JdPaySigner, RangeSigner {

    private final InstancePool<Cipher> ciphers;

    /**
     * Creates a signer for an RSA private key of at least 1024 bits.
     *
     * @throws JdPayKeyException if the key is not a usable RSA private key
     */
    public RsaJdPaySigner(PrivateKey privateKey) {
        RsaKeys.requireRsa(privateKey, "merchant private key");
        this.ciphers = new InstancePool<>(() -> RsaKeys.cipher(Cipher.ENCRYPT_MODE, privateKey));
        // Fail now rather than on the first payment if the provider refuses the key.
        this.ciphers.giveBack(this.ciphers.borrow());
    }

    @Override
    public String sign(byte[] content) {
        return sign(content, 0, content.length);
    }

    @Override
    public String sign(byte[] content, int from, int to) {
        byte[] digestHex = Digests.sha256HexAscii(content, from, to, to, to);
        Cipher cipher = this.ciphers.borrow();
        byte[] signature;
        try {
            signature = cipher.doFinal(digestHex);
        } catch (GeneralSecurityException ex) {
            throw new JdPayCryptoException("RSA signing failed", ex);
        }
        this.ciphers.giveBack(cipher);
        return Base64.getEncoder().encodeToString(signature);
    }

    /** Size of the key's modulus in bits, for start-up logging. */
    public static int bits(PrivateKey key) {
        return (key instanceof RSAKey rsa) ? rsa.getModulus().bitLength() : 0;
    }
}
