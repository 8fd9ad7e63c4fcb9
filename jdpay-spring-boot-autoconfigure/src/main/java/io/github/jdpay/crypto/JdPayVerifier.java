package io.github.jdpay.crypto;

/**
 * Verifies signatures on incoming JD Pay 2.0 content with the peer's RSA public key (JD's, on the merchant side).
 *
 * <p>Implementations are thread-safe and never throw for a bad signature: they answer {@code false}.
 */
public interface JdPayVerifier {

    /**
     * Whether {@code signature} is a valid signature of the exact bytes {@code content}.
     *
     * @param signature Base64, possibly wrapped over several lines
     */
    boolean verify(byte[] content, String signature);
}
