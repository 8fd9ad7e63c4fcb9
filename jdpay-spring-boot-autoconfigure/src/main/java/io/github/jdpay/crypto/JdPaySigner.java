package io.github.jdpay.crypto;

/**
 * Signs outgoing JD Pay 2.0 content with the merchant's RSA private key.
 *
 * <p>Implementations are thread-safe. The default is {@link RsaJdPaySigner}; replace the bean to sign in an HSM or
 * a KMS.
 */
public interface JdPaySigner {

    /**
     * Signs the exact bytes of the text to be signed (the UTF-8 of JD's "S1").
     *
     * @return the signature as single-line standard Base64
     */
    String sign(byte[] content);
}
