package io.github.jdpay.crypto;

import io.github.jdpay.crypto.internal.RangeVerifier;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import javax.crypto.Cipher;

/**
 * Verifies JD's signature by recovering the signed hex digest with the RSA public key and comparing it, in constant
 * time, with the digest of the content.
 */
public final class RsaJdPayVerifier implements JdPayVerifier, RangeVerifier {

    private final InstancePool<Cipher> ciphers;

    private final String description;

    private final String fingerprint;

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
        if (raw == null || raw.length == 0) {
            return false;
        }
        Cipher cipher = this.ciphers.borrow();
        byte[] recovered;
        try {
            recovered = cipher.doFinal(raw);
        } catch (GeneralSecurityException | RuntimeException ex) {
            // Bad padding or a wrong-sized block: not a signature by this key. The cipher stays usable.
            this.ciphers.giveBack(cipher);
            return false;
        }
        this.ciphers.giveBack(cipher);
        return MessageDigest.isEqual(recovered, digestHex);
    }
}
