package io.github.jdpay.protocol;

import io.github.jdpay.exception.JdPayMalformedMessageException;
import org.jspecify.annotations.Nullable;

/**
 * The clear-text outer {@code <jdpay>} of a JD Pay 2.0 message. It is not signed: use it to route (pick the
 * merchant's keys) and to read a failure result, never as business data.
 *
 * @param version protocol version, normally {@code V2.0}
 * @param merchant merchant number, used to choose the keys that open the message; empty only on a failure answer
 *     that names none
 * @param result the outer result, present on JD responses and notifications
 * @param encrypt the Base64 of the hex ciphertext, absent on most failure responses
 */
public record JdPayEnvelope(String version, String merchant, @Nullable JdPayResult result, @Nullable String encrypt) {

    /**
     * Parses an envelope from the exact bytes received.
     *
     * @throws JdPayMalformedMessageException if the bytes are not a {@code <jdpay>} envelope with a merchant
     */
    public static JdPayEnvelope parse(byte[] body) {
        if (body.length == 0) {
            throw new JdPayMalformedMessageException("message body is empty");
        }
        XmlNode root = SafeXmlParser.parse(body);
        if (!"jdpay".equals(root.name())) {
            throw new JdPayMalformedMessageException("expected a <jdpay> envelope but found <" + root.name() + ">");
        }
        String merchant = root.childText("merchant");
        String encrypt = root.childText("encrypt");
        boolean hasContent = encrypt != null && !encrypt.isBlank();
        // A failure answer may come without a merchant; content always names the merchant whose keys open it.
        if ((merchant == null || merchant.isBlank()) && (hasContent || root.child("result") == null)) {
            throw new JdPayMalformedMessageException("envelope carries no <merchant>");
        }
        XmlNode result = root.child("result");
        String version = root.childText("version");
        return new JdPayEnvelope(
                (version != null) ? version.trim() : "",
                (merchant != null) ? merchant.trim() : "",
                (result != null) ? JdPayResult.from(result) : null,
                encrypt);
    }

    /** Whether the envelope carries encrypted content to open. */
    public boolean hasEncrypt() {
        return this.encrypt != null && !this.encrypt.isBlank();
    }
}
