package io.github.jdpay.crypto;

import java.util.Map;

/**
 * Signs and verifies aggregate-pay plaintext with the merchant's MD5 key.
 *
 * <p>Implementations are thread-safe. The default is {@link Md5AggregateSigner}.
 */
public interface AggregateSigner {

    /** Signs the plaintext fields (their values already rendered as text). */
    String sign(Map<String, String> plainFields);

    /** Whether {@code sign} matches the plaintext fields, compared case-insensitively and in constant time. */
    boolean verify(Map<String, String> plainFields, String sign);
}
