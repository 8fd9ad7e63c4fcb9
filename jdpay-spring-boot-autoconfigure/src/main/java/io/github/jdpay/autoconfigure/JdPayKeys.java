package io.github.jdpay.autoconfigure;

import io.github.jdpay.crypto.AggregateCipher;
import io.github.jdpay.crypto.AggregateSigner;
import io.github.jdpay.crypto.AggregateTripleDesCipher;
import io.github.jdpay.crypto.JdPayCipher;
import io.github.jdpay.crypto.JdPaySigner;
import io.github.jdpay.crypto.JdTripleDesCipher;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.Md5AggregateSigner;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.exception.JdPayKeyException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.function.Supplier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Loads and checks the configured keys. Every failure is a {@link JdPayKeyException} named after the property, which
 * {@link JdPayKeyFailureAnalyzer} turns into a report; only fingerprints are logged.
 */
final class JdPayKeys {

    private static final Log logger = LogFactory.getLog(JdPayKeys.class);

    private static final byte[] PROBE = "jdpay start-up self-check".getBytes(StandardCharsets.US_ASCII);

    private JdPayKeys() {}

    static JdPayCipher cipher(String property, @Nullable String value) {
        return named(property, () -> new JdTripleDesCipher(KeyLoader.desKey(property, require(property, value))));
    }

    static AggregateCipher aggregateCipher(String property, @Nullable String value) {
        return named(
                property, () -> new AggregateTripleDesCipher(KeyLoader.desKey(property, require(property, value))));
    }

    /** The aggregate MD5 key is a plain string, inline or at a location (its surrounding whitespace dropped). */
    static AggregateSigner aggregateSigner(String property, @Nullable String value) {
        return named(
                property,
                () -> new Md5AggregateSigner(
                        KeyLoader.resolve(property, require(property, value)).trim()));
    }

    /** A signer for the configured private key, after checking that its public half verifies what it signs. */
    static JdPaySigner signer(String property, @Nullable String value) {
        return named(property, () -> {
            PrivateKey key = KeyLoader.privateKey(property, require(property, value));
            RsaJdPaySigner signer = new RsaJdPaySigner(key);
            PublicKey publicHalf = KeyLoader.publicKeyOf(key);
            if (publicHalf == null) {
                logger.info("JD Pay key " + property + ": RSA " + RsaJdPaySigner.bits(key)
                        + " bits; no public half to check it against");
                return signer;
            }
            if (!new RsaJdPayVerifier(publicHalf).verify(PROBE, signer.sign(PROBE))) {
                throw new JdPayKeyException(property, "is damaged: its own public half does not verify what it signs");
            }
            logger.info("JD Pay key " + property + ": RSA " + RsaJdPaySigner.bits(key) + " bits, public fingerprint "
                    + KeyLoader.fingerprint(publicHalf));
            return signer;
        });
    }

    static PublicKey publicKey(String property, @Nullable String value) {
        PublicKey key = named(property, () -> KeyLoader.publicKey(property, require(property, value)));
        logger.info("JD Pay key " + property + ": fingerprint " + KeyLoader.fingerprint(key));
        return key;
    }

    static RsaJdPayVerifier verifier(String property, PublicKey key) {
        return named(property, () -> new RsaJdPayVerifier(key, property));
    }

    private static String require(String property, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new JdPayKeyException(property, "is not set");
        }
        return value;
    }

    /** Runs {@code loader}, renaming a key failure after the property so that the report names what to fix. */
    private static <T> T named(String property, Supplier<T> loader) {
        try {
            return loader.get();
        } catch (JdPayKeyException ex) {
            if (ex.getKeyName().equals(property)) {
                throw ex;
            }
            throw new JdPayKeyException(property, ex.getMessage(), ex);
        }
    }
}
