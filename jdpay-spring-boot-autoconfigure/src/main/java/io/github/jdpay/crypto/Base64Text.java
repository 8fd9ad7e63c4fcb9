package io.github.jdpay.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/** Base64 decoding that tolerates line wrapping (JD wraps some signatures at 76 characters) but nothing else. */
public final class Base64Text {

    private Base64Text() {}

    /**
     * Decodes standard Base64 after removing spaces, tabs and line breaks.
     *
     * @return the bytes, or {@code null} if the text is not valid Base64
     */
    public static byte @Nullable [] decodeLenient(String text) {
        String compact = stripWhitespace(text);
        try {
            return Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }

    /**
     * Decodes standard Base64 whose content is hex text, as JD's {@code <encrypt>} is, straight to the bytes the hex
     * spells. Equivalent to {@code Hex.decodeAscii(decodeLenient(text))} without its two intermediate copies of the
     * text, which are most of what decoding a notification allocates.
     *
     * @return the bytes, or {@code null} if the text is not valid Base64
     * @throws io.github.jdpay.exception.JdPayMalformedMessageException if it is Base64 but not of hex text
     */
    public static byte @Nullable [] decodeHexLenient(String text) {
        // Base64 is ASCII: anything beyond Latin-1 becomes '?', which is no more Base64 than the character was.
        byte[] ascii = text.getBytes(StandardCharsets.ISO_8859_1);
        return Base64OfHex.decode(ascii, 0, ascii.length);
    }

    /** The text without spaces, tabs and line breaks, as wrapped Base64 arrives. */
    public static String stripWhitespace(String text) {
        int i = 0;
        int length = text.length();
        while (i < length && !isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == length) {
            return text;
        }
        StringBuilder sb = new StringBuilder(length);
        sb.append(text, 0, i);
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (!isWhitespace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }
}
