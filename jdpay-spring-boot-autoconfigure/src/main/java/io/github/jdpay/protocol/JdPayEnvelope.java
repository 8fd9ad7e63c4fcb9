package io.github.jdpay.protocol;

import io.github.jdpay.crypto.Base64Text;
import io.github.jdpay.exception.JdPayMalformedMessageException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The clear-text outer {@code <jdpay>} of a JD Pay 2.0 message. It is not signed: use it to route (pick the
 * merchant's keys) and to read a failure result, never as business data.
 *
 * <p>A value with the accessors of a record ({@code version()}, {@code merchant()}, {@code result()},
 * {@code encrypt()}) and a record's equality.
 */
public final class JdPayEnvelope {

    private final String version;

    private final String merchant;

    private final @Nullable JdPayResult result;

    private final @Nullable String encrypt;

    /**
     * @param version protocol version, normally {@code V2.0}
     * @param merchant merchant number, used to choose the keys that open the message; empty only on a failure
     *     answer that names none
     * @param result the outer result, present on JD responses and notifications
     * @param encrypt the Base64 of the hex ciphertext, absent on most failure responses
     */
    public JdPayEnvelope(String version, String merchant, @Nullable JdPayResult result, @Nullable String encrypt) {
        this.version = version;
        this.merchant = merchant;
        this.result = result;
        this.encrypt = encrypt;
    }

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
        XmlNode result = root.child("result");
        String version = root.childText("version");
        JdPayEnvelope envelope = new JdPayEnvelope(
                (version != null) ? version.trim() : "",
                (merchant != null) ? merchant.trim() : "",
                (result != null) ? JdPayResult.from(result) : null,
                root.childText("encrypt"));
        // A failure answer may come without a merchant; content always names the merchant whose keys open it.
        if ((merchant == null || merchant.isBlank()) && (envelope.hasEncrypt() || result == null)) {
            throw new JdPayMalformedMessageException("envelope carries no <merchant>");
        }
        return envelope;
    }

    /** Protocol version, normally {@code V2.0}. */
    public String version() {
        return this.version;
    }

    /** Merchant number, used to choose the keys that open the message; empty only on a failure that names none. */
    public String merchant() {
        return this.merchant;
    }

    /** The outer result, present on JD responses and notifications. */
    public @Nullable JdPayResult result() {
        return this.result;
    }

    /** The Base64 of the hex ciphertext, absent on most failure responses. */
    public @Nullable String encrypt() {
        return this.encrypt;
    }

    /** Whether the envelope carries encrypted content to open. */
    public boolean hasEncrypt() {
        return this.encrypt != null && !this.encrypt.isBlank();
    }

    /** The ciphertext the encrypt text spells. */
    byte @Nullable [] decodeEncrypt() {
        return (this.encrypt != null) ? Base64Text.decodeHexLenient(this.encrypt) : null;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof JdPayEnvelope that
                && this.version.equals(that.version)
                && this.merchant.equals(that.merchant)
                && Objects.equals(this.result, that.result)
                && Objects.equals(this.encrypt, that.encrypt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.version, this.merchant, this.result, this.encrypt);
    }

    @Override
    public String toString() {
        return "JdPayEnvelope[version=" + this.version + ", merchant=" + this.merchant + ", result=" + this.result
                + ", encrypt=" + this.encrypt + "]";
    }
}
