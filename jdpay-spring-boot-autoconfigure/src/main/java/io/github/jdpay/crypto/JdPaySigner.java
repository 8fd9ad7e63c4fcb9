package io.github.jdpay.crypto;

import java.util.Arrays;

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

    /**
     * Signs {@code content[from, to)}, the text to be signed as it lies inside a larger buffer. The default copies
     * the range and calls {@link #sign(byte[])}; the built-in signer digests it where it lies.
     *
     * @return the signature as single-line standard Base64
     */
    default String sign(byte[] content, int from, int to) {
        return sign(Arrays.copyOfRange(content, from, to));
    }
}
