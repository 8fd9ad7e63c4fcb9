package io.github.jdpay.crypto;

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

    static String stripWhitespace(String text) {
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
