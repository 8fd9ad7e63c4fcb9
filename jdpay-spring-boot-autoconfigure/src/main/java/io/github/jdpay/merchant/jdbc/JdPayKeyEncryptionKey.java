package io.github.jdpay.merchant.jdbc;

import javax.crypto.SecretKey;

/**
 * Supplies the application's key encryption key (AES, 128 or 256 bits), under which {@code kek:} locations hold the
 * merchants' keys as AES-GCM ciphertext (see {@link KekJdPayKeyResolver}). Thread-safe.
 */
@FunctionalInterface
public interface JdPayKeyEncryptionKey {

    /** The AES key; asked once per {@code kek:} location of a changed row. */
    SecretKey secretKey();
}
