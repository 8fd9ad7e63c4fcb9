package io.github.jdpay.crypto.internal;

/** A verifier that checks a signed document where it lies, one range cut out. Internal: the built-in verifier. */
public interface RangeVerifier {

    /**
     * Whether {@code signature} is a valid signature of {@code content[from, to)} without the bytes
     * {@code content[cutFrom, cutTo)}: the document's {@code <sign>} element cut out without a copy.
     *
     * @param signature Base64, possibly wrapped over several lines
     * @throws IndexOutOfBoundsException unless {@code 0 <= from <= cutFrom <= cutTo <= to <= content.length}
     */
    boolean verify(byte[] content, int from, int to, int cutFrom, int cutTo, String signature);
}
