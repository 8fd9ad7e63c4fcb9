package io.github.jdpay.autoconfigure;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of {@code jdpay.jd-public-keys} (or {@code jdpay.merchants.<name>.jd-public-keys}): one of JD's public
 * keys and the instant after which it is no longer trusted.
 */
public class JdPayPublicKeyProperties {

    /** JD's RSA public key: a location or the content itself, in the formats of jd-public-key. */
    private @Nullable String key;

    /** Last instant (ISO-8601, such as 2027-01-31T16:00:00Z) the key verifies at; unset for no limit. */
    private @Nullable Instant notAfter;

    public @Nullable String getKey() {
        return this.key;
    }

    public void setKey(@Nullable String key) {
        this.key = key;
    }

    public @Nullable Instant getNotAfter() {
        return this.notAfter;
    }

    public void setNotAfter(@Nullable Instant notAfter) {
        this.notAfter = notAfter;
    }

    @Override
    public String toString() {
        // Masked as jd-public-key is: only a location is shown.
        return "{key=" + JdPayMerchantProperties.locationOrSecret(this.key) + ", notAfter=" + this.notAfter + "}";
    }
}
