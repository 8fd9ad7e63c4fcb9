package io.github.jdpay.test.notify;

import io.github.jdpay.crypto.JdPaySigner;
import java.util.Base64;
import java.util.Objects;

/**
 * Signs with a real signer, then flips one bit of the signature: well-formed Base64 of the right length that does not
 * verify. The simulator answers with it when a bad signature is injected, and the hostile corpus uses it.
 */
public final class FlippingSigner implements JdPaySigner {

    private final JdPaySigner delegate;

    public FlippingSigner(JdPaySigner delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public String sign(byte[] content) {
        byte[] signature = Base64.getDecoder().decode(this.delegate.sign(content));
        // The middle byte: flipping the first could push the value above the modulus, which is a different failure.
        signature[signature.length / 2] ^= 0x01;
        return Base64.getEncoder().encodeToString(signature);
    }
}
