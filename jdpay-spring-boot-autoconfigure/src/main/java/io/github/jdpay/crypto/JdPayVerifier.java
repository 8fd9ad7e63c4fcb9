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

    /**
     * Whether {@code signature} is a valid signature of {@code content[from, to)} without the bytes
     * {@code content[cutFrom, cutTo)}: a signed document verified where it lies, its {@code <sign>} element cut out
     * without a copy. The default copies the bytes around the cut and calls {@link #verify(byte[], String)}; the
     * built-in verifier digests them where they lie.
     *
     * @param signature Base64, possibly wrapped over several lines
     * @throws IndexOutOfBoundsException unless {@code 0 <= from <= cutFrom <= cutTo <= to <= content.length}
     */
    default boolean verify(byte[] content, int from, int to, int cutFrom, int cutTo, String signature) {
        Digests.checkCut(content.length, from, to, cutFrom, cutTo);
        byte[] signed = new byte[(to - from) - (cutTo - cutFrom)];
        System.arraycopy(content, from, signed, 0, cutFrom - from);
        System.arraycopy(content, cutTo, signed, cutFrom - from, to - cutTo);
        return verify(signed, signature);
    }
}
