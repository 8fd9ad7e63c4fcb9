package io.github.jdpay.protocol;

import io.github.jdpay.crypto.Base64OfHex;
import org.jspecify.annotations.Nullable;

/** Writes the outer {@code <jdpay>} envelope, the reverse of {@link JdPayEnvelope#parse(byte[])}. */
final class EnvelopeWriter {

    private static final String START =
            XmlWriter.DECLARATION + "<jdpay><version>" + JdPayXmlCodec.VERSION + "</version>";

    private static final String ENCRYPT_START = "<encrypt>";

    private static final String ENCRYPT_END = "</encrypt>";

    private static final String END = "</jdpay>";

    private EnvelopeWriter() {}

    /**
     * The envelope, written once into an array of its exact size. {@code ciphertext[0, ciphertextLength)} goes in as
     * the Base64 of its hex; without it ({@code null}) the envelope is a failure answer.
     */
    static byte[] write(
            String merchant, @Nullable JdPayResult result, byte @Nullable [] ciphertext, int ciphertextLength) {
        XmlNode merchantNode = XmlNode.leaf("merchant", merchant);
        XmlNode resultNode = (result != null) ? result.toNode() : null;
        int encrypt = (ciphertext != null) ? Base64OfHex.length(ciphertextLength) : 0;
        Utf8XmlWriter out = new Utf8XmlWriter(START.length()
                + Utf8XmlWriter.length(merchantNode)
                + ((resultNode != null) ? Utf8XmlWriter.length(resultNode) : 0)
                + ((ciphertext != null) ? ENCRYPT_START.length() + encrypt + ENCRYPT_END.length() : 0)
                + END.length());
        out.raw(START);
        out.element(merchantNode);
        if (resultNode != null) {
            out.element(resultNode);
        }
        if (ciphertext != null) {
            out.raw(ENCRYPT_START);
            int at = out.reserve(encrypt);
            Base64OfHex.encode(ciphertext, 0, ciphertextLength, out.buffer(), at);
            out.raw(ENCRYPT_END);
        }
        out.raw(END);
        return out.toByteArray();
    }
}
