package io.github.jdpay.merchant.jdbc;

import org.jspecify.annotations.Nullable;

/**
 * Turns a key location from the {@code jdpay_merchant} table into the key's text, such as a {@code vault:} path looked
 * up in a secret store. Implementations are thread-safe; they are asked only for rows whose version changed.
 */
@FunctionalInterface
public interface JdPayKeyResolver {

    /**
     * The text of the key at {@code location} (PEM or Base64, as in a key file), or {@code null} if this resolver does
     * not handle the location's scheme.
     *
     * @throws RuntimeException if the location is this resolver's but cannot be read; the message must not show the key
     */
    @Nullable
    String resolve(String location);
}
