package io.github.jdpay.crypto;

import io.github.jdpay.crypto.internal.RangeVerifier;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.interfaces.RSAKey;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;

/**
 * Verifies JD's signature by recovering the signed hex digest with the RSA public key and comparing it, in constant
 * time, with the digest of the content.
 */
public final class RsaJdPayVerifier implements JdPayVerifier, RangeVerifier {

    private final InstancePool<Cipher> ciphers;

    private final String description;

    private final String fingerprint;

    /** Length of the key's modulus: no signature by this key is longer. */
    private final int modulusBytes;

    /**
     * Creates a verifier for an RSA public key of at least 1024 bits.
     *
     * @throws io.github.jdpay.exception.JdPayKeyException if the key is not a usable RSA public key
     */
    public RsaJdPayVerifier(PublicKey publicKey) {
        this(publicKey, "JD public key");
    }

    /**
     * Creates a verifier for an RSA public key of at least 1024 bits that came from {@code source}.
     *
     * @param source where the key was configured, such as the property {@code jdpay.jd-public-key}, for messages
     * @throws io.github.jdpay.exception.JdPayKeyException if the key is not a usable RSA public key
     */
    public RsaJdPayVerifier(PublicKey publicKey, String source) {
        RsaKeys.requireRsa(publicKey, "JD public key");
        this.fingerprint = KeyLoader.fingerprint(publicKey);
        this.modulusBytes = (((RSAKey) publicKey).getModulus().bitLength() + 7) / 8;
        this.description = source + " (RSA public key, fingerprint " + this.fingerprint + ")";
        this.ciphers = new InstancePool<>(() -> RsaKeys.cipher(Cipher.DECRYPT_MODE, publicKey));
        this.ciphers.giveBack(this.ciphers.borrow());
    }

    /** The key's {@linkplain KeyLoader#fingerprint fingerprint}, to tell which key this is without showing it. */
    public String fingerprint() {
        return this.fingerprint;
    }

    @Override
    public String describe() {
        return this.description;
    }

    @Override
    public boolean verify(byte[] content, String signature) {
        return verify(content, 0, content.length, content.length, content.length, signature);
    }

    @Override
    public boolean verify(byte[] content, int from, int to, int cutFrom, int cutTo, String signature) {
        // Bad arguments are the caller's bug, not a bad signature: check them before anything can answer false.
        byte[] digestHex = Digests.sha256HexAscii(content, from, to, cutFrom, cutTo);
        byte[] raw = Base64Text.decodeLenient(signature);
        if (raw == null || raw.length == 0 || raw.length > this.modulusBytes) {
            // Longer than the modulus, as a larger key's signature is: the JDK's cipher would refuse it and stay
            // broken for every later call, so it is refused here without one.
            return false;
        }
        Cipher cipher = this.ciphers.borrow();
        byte[] recovered;
        try {
            recovered = cipher.doFinal(raw);
        } catch (BadPaddingException ex) {
            // Not a signature by this key; the cipher is reset and stays usable.
            this.ciphers.giveBack(cipher);
            return false;
        } catch (GeneralSecurityException | RuntimeException ex) {
            // Anything else may leave the cipher in any state: it is dropped, not given back.
            return false;
        }
        this.ciphers.giveBack(cipher);
        return MessageDigest.isEqual(recovered, digestHex);
    }
}
