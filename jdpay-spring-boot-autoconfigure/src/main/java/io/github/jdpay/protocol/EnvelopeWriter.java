package io.github.jdpay.protocol;

import io.github.jdpay.crypto.Base64OfHex;
import org.jspecify.annotations.Nullable;

/** Writes the outer {@code <jdpay>} envelope, the reverse of {@link JdPayEnvelope#parse(byte[])}. */
final class EnvelopeWriter {

    /** The fixed markup around the variable parts: the declaration, {@code <jdpay>}, version, encrypt's tags. */
    private static final int MARKUP = XmlWriter.DECLARATION.length() + 64;

    private EnvelopeWriter() {}

    /**
     * The envelope, written once into an array sized for it. {@code ciphertext[0, ciphertextLength)} goes in as the
     * Base64 of its hex, encoded straight into that array; without it ({@code null}) the envelope is a failure answer.
     */
    static byte[] write(
            String merchant, @Nullable JdPayResult result, byte @Nullable [] ciphertext, int ciphertextLength) {
        XmlNode merchantNode = XmlNode.leaf("merchant", merchant);
        XmlNode resultNode = (result != null) ? result.toNode() : null;
        int encrypt = (ciphertext != null) ? Base64OfHex.length(ciphertextLength) : 0;
        XmlOutput out = new XmlOutput(MARKUP
                + XmlOutput.length(merchantNode)
                + ((resultNode != null) ? XmlOutput.length(resultNode) : 0)
                + encrypt);
        out.declaration();
        out.start("jdpay");
        out.element(XmlNode.leaf("version", JdPayXmlCodec.VERSION));
        out.element(merchantNode);
        if (resultNode != null) {
            out.element(resultNode);
        }
        if (ciphertext != null) {
            out.start("encrypt");
            int at = out.reserve(encrypt);
            Base64OfHex.encode(ciphertext, 0, ciphertextLength, out.buffer(), at);
            out.end();
        }
        out.end();
        return out.toByteArray();
    }
}
