package io.github.jdpay.crypto;

import io.github.jdpay.exception.JdPayCryptoException;
import io.github.jdpay.exception.JdPayKeyException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.interfaces.RSAKey;
import javax.crypto.Cipher;

/** Shared checks and cipher creation for JD's RSA operations. */
final class RsaKeys {

    static final String TRANSFORMATION = "RSA/ECB/PKCS1Padding";

    /** JD's test keys are 1024 bits; smaller moduli are broken and cannot hold the padded 64-byte digest anyway. */
    static final int MIN_BITS = 1024;

    private RsaKeys() {}

    static void requireRsa(Key key, String name) {
        if (!"RSA".equalsIgnoreCase(key.getAlgorithm()) || !(key instanceof RSAKey rsa)) {
            throw new JdPayKeyException(name, "must be an RSA key but is " + key.getAlgorithm());
        }
        int bits = rsa.getModulus().bitLength();
        if (bits < MIN_BITS) {
            throw new JdPayKeyException(name, "RSA key has " + bits + " bits; at least " + MIN_BITS + " are required");
        }
    }

    static Cipher cipher(int mode, Key key) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(mode, key);
            return cipher;
        } catch (GeneralSecurityException ex) {
            throw new JdPayCryptoException("cannot initialise " + TRANSFORMATION, ex);
        }
    }
}
