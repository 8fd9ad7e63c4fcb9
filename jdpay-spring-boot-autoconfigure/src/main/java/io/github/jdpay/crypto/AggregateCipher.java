package io.github.jdpay.crypto;

/**
 * Aggregate-pay (聚合支付) symmetric encryption of {@code cipherJson}: 3DES-ECB with PKCS#5 padding.
 *
 * <p>Implementations are thread-safe. The default is {@link AggregateTripleDesCipher}.
 */
public interface AggregateCipher {

    /** Encrypts with PKCS#5 padding, which JD's servers accept whichever unpadding they apply. */
    byte[] encrypt(byte[] plaintext);

    /**
     * Decrypts and removes PKCS#5 padding or the pay-x document's padding rule, whichever was used.
     *
     * @throws io.github.jdpay.exception.JdPayMalformedMessageException if the ciphertext is not whole blocks
     */
    byte[] decrypt(byte[] ciphertext);
}
