package io.github.jdpay.crypto;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One of JD's public keys in a {@link RotatingJdPayVerifier}: the verifier of that key and, optionally, the instant
 * after which it is no longer tried.
 *
 * @param verifier verifies with this key
 * @param notAfter the last instant the key is tried at (inclusive); {@code null} for no limit
 */
public record JdPublicKeyVersion(JdPayVerifier verifier, @Nullable Instant notAfter) {

    public JdPublicKeyVersion {
        Objects.requireNonNull(verifier, "verifier");
    }

    /** A key without a not-after. */
    public static JdPublicKeyVersion of(JdPayVerifier verifier) {
        return new JdPublicKeyVersion(verifier, null);
    }

    /** Whether the key may still be tried at {@code now}: it has no not-after, or {@code now} is not past it. */
    public boolean trustedAt(Instant now) {
        return this.notAfter == null || !now.isAfter(this.notAfter);
    }

    /** The key's own description (fingerprint, never the key) and its not-after. */
    public String describe() {
        return this.verifier.describe() + ((this.notAfter != null) ? ", not after " + this.notAfter : "");
    }
}
