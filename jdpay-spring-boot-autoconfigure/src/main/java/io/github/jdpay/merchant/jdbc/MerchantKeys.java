package io.github.jdpay.merchant.jdbc;

import io.github.jdpay.crypto.JdPayCipher;
import io.github.jdpay.crypto.JdPaySigner;
import io.github.jdpay.crypto.JdPayVerifier;
import io.github.jdpay.crypto.JdPublicKeyVersion;
import io.github.jdpay.crypto.JdTripleDesCipher;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.RotatingJdPayVerifier;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.exception.JdPayKeyException;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The keys of one refresh: each location resolved once and each distinct key text parsed and checked once, however
 * many rows share them. Not thread-safe; one per refresh.
 */
final class MerchantKeys {

    /** Where a location names its scheme; Base64 and PEM have no colon, so key text never looks like one. */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /** Separates the locations of {@code jd_public_key}, newest first. */
    static final String LIST_SEPARATOR = ",";

    private final List<JdPayKeyResolver> resolvers;

    private final boolean allowPlaintext;

    private final Map<String, Object> texts = new HashMap<>();

    private final Map<String, Object> parsed = new HashMap<>();

    MerchantKeys(List<JdPayKeyResolver> resolvers, boolean allowPlaintext) {
        this.resolvers = resolvers;
        this.allowPlaintext = allowPlaintext;
    }

    JdPayCipher cipher(String name, @Nullable String location) {
        String text = text(name, required(name, location));
        return parsed(name, "des:" + text, () -> new JdTripleDesCipher(KeyLoader.desKey(name, text)));
    }

    /** A signer, after checking that the private key is whole ({@link KeyLoader#requireWhole}). */
    JdPaySigner signer(String name, @Nullable String location) {
        String text = text(name, required(name, location));
        return parsed(name, "private:" + text, () -> {
            PrivateKey key = KeyLoader.privateKey(name, text);
            RsaJdPaySigner signer = new RsaJdPaySigner(key);
            KeyLoader.requireWhole(name, key, signer);
            return signer;
        });
    }

    /** A verifier with one or more JD public keys, their locations newest first and separated by commas. */
    JdPayVerifier verifier(String name, @Nullable String locations) {
        List<RsaJdPayVerifier> verifiers = new ArrayList<>();
        for (String location : required(name, locations).split(LIST_SEPARATOR, -1)) {
            String text = text(name, location.strip());
            String source = source(location.strip());
            verifiers.add(parsed(
                    name,
                    "public:" + source + "\n" + text,
                    () -> new RsaJdPayVerifier(KeyLoader.publicKey(name, text), source)));
        }
        if (verifiers.size() == 1) {
            return verifiers.get(0);
        }
        List<JdPublicKeyVersion> versions = new ArrayList<>();
        for (RsaJdPayVerifier verifier : verifiers) {
            versions.add(JdPublicKeyVersion.of(verifier));
        }
        // No not-after in a row: the clock is never asked about a key.
        return RotatingJdPayVerifier.of(versions, Clock.systemUTC());
    }

    /** The MD5 key's text (surrounding whitespace dropped), or {@code null} if the column is empty. */
    @Nullable
    String md5Key(String name, @Nullable String location) {
        return (location == null || location.isBlank())
                ? null
                : text(name, location).strip();
    }

    /** Where a JD public key came from, for messages: a file or class path location, else only its scheme. */
    private static String source(String location) {
        if (location.startsWith("file:") || location.startsWith("classpath:")) {
            return "jd_public_key " + location;
        }
        int colon = location.indexOf(':');
        return "jd_public_key at a " + ((colon > 0) ? location.substring(0, colon + 1) : "plaintext") + " location";
    }

    private static String required(String name, @Nullable String location) {
        if (location == null || location.isBlank()) {
            throw new JdPayKeyException(name, "is not set");
        }
        return location;
    }

    /** The key text at {@code location}, resolved by the first resolver that handles its scheme. */
    private String text(String name, String location) {
        String value = location.strip();
        if (value.isEmpty()) {
            throw new JdPayKeyException(name, "has an empty location");
        }
        if (!SCHEME.matcher(value).find()) {
            if (!this.allowPlaintext) {
                throw new JdPayKeyException(
                        name,
                        "holds a key itself, not its location; key columns hold locations (file:, classpath:, kek:"
                                + " or a JdPayKeyResolver's scheme). To allow keys in the table, set"
                                + " jdpay.merchant-registry.jdbc.allow-plaintext-keys=true");
            }
            return value;
        }
        return cached(this.texts, value, name, () -> {
            String text = resolve(name, value);
            if (SCHEME.matcher(text.strip()).find()) {
                // KeyLoader would follow a file: or classpath: it finds in the text: one level of indirection only.
                throw new JdPayKeyException(name, "resolves to another location rather than a key");
            }
            return text;
        });
    }

    private String resolve(String name, String location) {
        for (JdPayKeyResolver resolver : this.resolvers) {
            String text;
            try {
                text = resolver.resolve(location);
            } catch (JdPayKeyException ex) {
                // The resolver names the location (or its scheme); the column is named before it.
                throw new JdPayKeyException(name, ex.getKeyName() + " " + problem(ex), ex);
            } catch (RuntimeException ex) {
                throw new JdPayKeyException(
                        name, "cannot be resolved by " + resolver.getClass().getSimpleName() + ": " + ex, ex);
            }
            if (text != null) {
                return text;
            }
        }
        String scheme = location.substring(0, location.indexOf(':') + 1);
        throw new JdPayKeyException(
                name,
                "no JdPayKeyResolver handles '" + scheme + "' locations"
                        + (KekJdPayKeyResolver.SCHEME.equals(scheme)
                                ? " (no JdPayKeyEncryptionKey is configured)"
                                : ""));
    }

    private <T> T parsed(String name, String text, Load<T> parse) {
        return cached(this.parsed, text, name, parse);
    }

    /**
     * What {@code load} gives for {@code key}, loaded once per refresh; a failure is kept too, so that a bad key
     * shared by many rows is read and parsed once, and each row that names it gets the failure under its own name.
     */
    @SuppressWarnings("unchecked")
    private static <T> T cached(Map<String, Object> cache, String key, String name, Load<T> load) {
        Object known = cache.get(key);
        if (known == null) {
            try {
                known = load.get();
            } catch (JdPayKeyException ex) {
                known = new Failure(problem(ex));
            }
            cache.put(key, known);
        }
        if (known instanceof Failure failure) {
            throw new JdPayKeyException(name, failure.problem());
        }
        return (T) known;
    }

    private static String problem(JdPayKeyException ex) {
        String message = String.valueOf(ex.getMessage());
        String prefix = ex.getKeyName() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    /** Loads one location's text or one key. */
    @FunctionalInterface
    private interface Load<T> {
        T get();
    }

    /** A load that failed, kept for the other rows of the refresh. */
    private record Failure(String problem) {}
}
