package io.github.jdpay.crypto.internal;

/** A signer that signs a range of a larger buffer where it lies. Internal: implemented by the built-in signer. */
public interface RangeSigner {

    /**
     * Signs {@code content[from, to)} exactly as the public SPI signs a copy of those bytes.
     *
     * @return the signature as single-line standard Base64
     */
    String sign(byte[] content, int from, int to);
}
