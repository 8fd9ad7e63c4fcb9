package io.github.jdpay.autoconfigure;

import io.github.jdpay.crypto.AggregateCipher;
import io.github.jdpay.crypto.AggregateSigner;
import io.github.jdpay.crypto.AggregateTripleDesCipher;
import io.github.jdpay.crypto.JdPayCipher;
import io.github.jdpay.crypto.JdPaySigner;
import io.github.jdpay.crypto.JdPayVerifier;
import io.github.jdpay.crypto.JdPublicKeyVersion;
import io.github.jdpay.crypto.JdTripleDesCipher;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.Md5AggregateSigner;
import io.github.jdpay.crypto.RotatingJdPayVerifier;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.exception.JdPayKeyException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** A signer for the configured private key, after checking that the key is whole ({@link KeyLoader#requireWhole}). */
    static JdPaySigner signer(String property, @Nullable String value) {
        return named(property, () -> {
            PrivateKey key = KeyLoader.privateKey(property, require(property, value));
            RsaJdPaySigner signer = new RsaJdPaySigner(key);
            PublicKey publicHalf = KeyLoader.requireWhole(property, key, signer);
            if (publicHalf == null) {
                logger.info("JD Pay key " + property + ": RSA " + RsaJdPaySigner.bits(key)
                        + " bits; no public half to check it against");
                return signer;
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

    /**
     * JD's newest public key of the top-level merchant: {@code jdpay.jd-public-keys[0]} or {@code jdpay.jd-public-key}
     * (what the connection details answer).
     */
    static PublicKey newestJdPublicKey(JdPayMerchantProperties merchant) {
        List<JdPayPublicKeyProperties> keys = jdPublicKeys("jdpay.", merchant);
        if (keys.isEmpty()) {
            return publicKey("jdpay.jd-public-key", merchant.getJdPublicKey());
        }
        // Not logged here: the merchants load and log every key of the list.
        String property = "jdpay.jd-public-keys[0].key";
        String value = keys.get(0).getKey();
        return named(property, () -> KeyLoader.publicKey(property, require(property, value)));
    }

    /**
     * The verifier of a merchant's own JD keys, {@code <prefix>jd-public-keys} or {@code <prefix>jd-public-key}:
     * {@code null} when neither is set; the plain verifier for one key without a not-after, so that the usual case
     * costs what it did; a {@link RotatingJdPayVerifier} otherwise.
     */
    static @Nullable JdPayVerifier jdVerifier(String prefix, JdPayMerchantProperties merchant, Clock clock) {
        if (jdPublicKeys(prefix, merchant).isEmpty()) {
            String single = merchant.getJdPublicKey();
            return (single != null)
                    ? verifier(prefix + "jd-public-key", publicKey(prefix + "jd-public-key", single))
                    : null;
        }
        return combined(versions(prefix, merchant, clock), clock);
    }

    /**
     * The top-level merchant's verifier: the one of {@code jdpay.jd-public-keys} when the {@link JdPayVerifier} bean
     * holds its newest key (the bean the connection details of the properties give); the bean otherwise, such as one
     * of the application's or one built from the simulator's connection details.
     */
    static JdPayVerifier topLevelVerifier(JdPayProperties properties, JdPayVerifier bean, Clock clock) {
        if (jdPublicKeys("jdpay.", properties).isEmpty()) {
            return bean;
        }
        List<JdPublicKeyVersion> versions = versions("jdpay.", properties, clock);
        RsaJdPayVerifier newest = (RsaJdPayVerifier) versions.get(0).verifier();
        if (bean instanceof RsaJdPayVerifier rsa && rsa.fingerprint().equals(newest.fingerprint())) {
            return combined(versions, clock);
        }
        logger.info("JD Pay keys jdpay.jd-public-keys are not used for the default merchant: the JdPayVerifier bean ("
                + bean.describe() + ") holds another key");
        return bean;
    }

    /** Each key of {@code <prefix>jd-public-keys} loaded, fingerprinted and logged; a WARN for one already expired. */
    private static List<JdPublicKeyVersion> versions(String prefix, JdPayMerchantProperties merchant, Clock clock) {
        List<JdPayPublicKeyProperties> keys = merchant.getJdPublicKeys();
        Instant now = clock.instant();
        List<JdPublicKeyVersion> versions = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            String property = prefix + "jd-public-keys[" + i + "].key";
            PublicKey key = publicKey(property, keys.get(i).getKey());
            String earlier = seen.putIfAbsent(KeyLoader.fingerprint(key), property);
            if (earlier != null) {
                throw new JdPayKeyException(property, "is the same key as " + earlier + ": list each key once");
            }
            Instant notAfter = keys.get(i).getNotAfter();
            if (notAfter != null && now.isAfter(notAfter)) {
                logger.warn("JD Pay key " + property + " (fingerprint " + KeyLoader.fingerprint(key)
                        + ") is past its not-after " + notAfter + " and is never tried: remove it");
            }
            versions.add(new JdPublicKeyVersion(verifier(property, key), notAfter));
        }
        return versions;
    }

    /** The plain verifier for one key without a not-after, so that the usual case costs what it did. */
    private static JdPayVerifier combined(List<JdPublicKeyVersion> versions, Clock clock) {
        if (versions.size() == 1 && versions.get(0).notAfter() == null) {
            return versions.get(0).verifier();
        }
        return RotatingJdPayVerifier.of(versions, clock);
    }

    /** The keys of {@code <prefix>jd-public-keys}, after checking that {@code <prefix>jd-public-key} is not set too. */
    private static List<JdPayPublicKeyProperties> jdPublicKeys(String prefix, JdPayMerchantProperties merchant) {
        List<JdPayPublicKeyProperties> keys = merchant.getJdPublicKeys();
        String single = merchant.getJdPublicKey();
        if (!keys.isEmpty() && single != null && !single.isBlank()) {
            throw new JdPayKeyException(
                    prefix + "jd-public-keys",
                    "is set together with " + prefix + "jd-public-key: set one of them (jd-public-keys holds"
                            + " the single key too)");
        }
        return keys;
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
