package io.github.jdpay.protocol;

import io.github.jdpay.crypto.Base64OfHex;
import io.github.jdpay.crypto.Base64Text;
import io.github.jdpay.exception.JdPayMalformedMessageException;
import java.nio.charset.StandardCharsets;
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

    /** Made from {@link #encryptLatin1} when first asked for: the codec decodes the bytes and needs no string. */
    private @Nullable String encrypt;

    /** The encrypt text as Latin-1 bytes when parsed, or {@code null}. */
    private final byte @Nullable [] encryptLatin1;

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
        this.encryptLatin1 = null;
    }

    private JdPayEnvelope(String version, String merchant, @Nullable JdPayResult result, byte[] encryptLatin1) {
        this.version = version;
        this.merchant = merchant;
        this.result = result;
        this.encryptLatin1 = encryptLatin1;
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
        XmlFrame.Raw parsed = SafeXmlParser.parseRaw(body, "encrypt");
        XmlNode root = Objects.requireNonNull(parsed.root, "parseRaw sets the root");
        if (!"jdpay".equals(root.name())) {
            throw new JdPayMalformedMessageException("expected a <jdpay> envelope but found <" + root.name() + ">");
        }
        String merchant = root.childText("merchant");
        XmlNode result = root.child("result");
        String version = root.childText("version");
        String trimmedVersion = (version != null) ? version.trim() : "";
        String trimmedMerchant = (merchant != null) ? merchant.trim() : "";
        JdPayResult outer = (result != null) ? JdPayResult.from(result) : null;
        JdPayEnvelope envelope = (parsed.bytes != null)
                ? new JdPayEnvelope(trimmedVersion, trimmedMerchant, outer, parsed.bytes)
                : new JdPayEnvelope(trimmedVersion, trimmedMerchant, outer, root.childText("encrypt"));
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
        String text = this.encrypt;
        if (text == null && this.encryptLatin1 != null) {
            text = new String(this.encryptLatin1, StandardCharsets.ISO_8859_1);
            this.encrypt = text; // a benign race: every thread makes the same immutable string
        }
        return text;
    }

    /** Whether the envelope carries encrypted content to open. */
    public boolean hasEncrypt() {
        byte[] latin1 = this.encryptLatin1;
        if (latin1 != null) {
            for (byte b : latin1) {
                if (!Character.isWhitespace((char) (b & 0xFF))) {
                    return true; // as String.isBlank judges each Latin-1 character
                }
            }
            return false;
        }
        return this.encrypt != null && !this.encrypt.isBlank();
    }

    /** The ciphertext the encrypt text spells, decoded from the parsed bytes when there are some. */
    byte @Nullable [] decodeEncrypt() {
        if (this.encryptLatin1 != null) {
            return Base64OfHex.decode(this.encryptLatin1, 0, this.encryptLatin1.length);
        }
        return (this.encrypt != null) ? Base64Text.decodeHexLenient(this.encrypt) : null;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof JdPayEnvelope that
                && this.version.equals(that.version)
                && this.merchant.equals(that.merchant)
                && Objects.equals(this.result, that.result)
                && Objects.equals(encrypt(), that.encrypt());
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.version, this.merchant, this.result, encrypt());
    }

    @Override
    public String toString() {
        return "JdPayEnvelope[version=" + this.version + ", merchant=" + this.merchant + ", result=" + this.result
                + ", encrypt=" + encrypt() + "]";
    }
}
