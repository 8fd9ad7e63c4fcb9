package io.github.jdpay.protocol.aggregate;

import io.github.jdpay.crypto.Base64Text;
import io.github.jdpay.crypto.Hex;
import io.github.jdpay.exception.JdPayMalformedMessageException;
import java.util.Base64;

/**
 * Text forms of aggregate-pay ciphertext: lowercase hex (apipayx {@code /m/*}) and URL-safe Base64 without padding
 * (payx {@code getScanUrl}). {@link #decodeAny(String)} accepts either.
 */
public enum CipherTextEncoding {

    /** Lowercase hexadecimal, as JD's V3.0 SDK emits. */
    HEX {
        @Override
        public String encode(byte[] bytes) {
            return Hex.encode(bytes);
        }
    },

    /** URL-safe Base64 alphabet ({@code -}, {@code _}), no {@code =} padding, no line breaks. */
    BASE64_URL {
        @Override
        public String encode(byte[] bytes) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
    };

    /** Encodes ciphertext bytes as text. */
    public abstract String encode(byte[] bytes);

    /**
     * Decodes ciphertext text in any of the forms JD uses: hex in either case, or Base64 in the standard or URL-safe
     * alphabet with or without padding.
     *
     * @throws JdPayMalformedMessageException if the text is neither
     */
    public static byte[] decodeAny(String text) {
        String compact = Base64Text.stripWhitespace(text);
        if (compact.isEmpty()) {
            throw new JdPayMalformedMessageException("cipherJson is empty");
        }
        if (Hex.isHex(compact)) {
            return Hex.decode(compact);
        }
        String urlSafe = compact.replace('+', '-').replace('/', '_');
        try {
            return Base64.getUrlDecoder().decode(urlSafe);
        } catch (IllegalArgumentException ex) {
            throw new JdPayMalformedMessageException("cipherJson is neither hex nor Base64", ex);
        }
    }
}
