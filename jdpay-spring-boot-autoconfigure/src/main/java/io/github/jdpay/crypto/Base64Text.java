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

    /**
     * Decodes standard Base64 whose content is hex text, as JD's {@code <encrypt>} is, straight to the bytes the hex
     * spells. Equivalent to {@code Hex.decodeAscii(decodeLenient(text))} without its two intermediate copies of the
     * text, which are most of what decoding a notification allocates.
     *
     * @return the bytes, or {@code null} if the text is not valid Base64
     * @throws io.github.jdpay.exception.JdPayMalformedMessageException if it is Base64 but not of hex text
     */
    public static byte @Nullable [] decodeHexLenient(String text) {
        int length = text.length();
        int data = 0;
        int padding = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '=') {
                padding++;
            } else if (!isWhitespace(c)) {
                if (padding > 0 || sextet(c) < 0) {
                    return null;
                }
                data++;
            }
        }
        // The same final units java.util.Base64 accepts: 2 or 3 characters unpadded, "xx==" or "xxx=".
        int tail = data % 4;
        boolean valid = (padding == 0) ? tail != 1 : (padding == 1) ? tail == 3 : (padding == 2 && tail == 2);
        if (!valid) {
            return null;
        }
        int hexLength = data / 4 * 3 + Math.max(0, tail - 1);
        byte[] out = Hex.allocateForAscii(hexLength);
        int bits = 0;
        int pending = 0;
        int hexIndex = 0;
        int high = 0;
        for (int i = 0; hexIndex < hexLength; i++) {
            char c = text.charAt(i);
            if (isWhitespace(c)) {
                continue;
            }
            bits = (bits << 6) | sextet(c);
            pending += 6;
            if (pending >= 8) {
                pending -= 8;
                int nibble = Hex.digit((char) ((bits >>> pending) & 0xFF), hexIndex);
                if ((hexIndex & 1) == 0) {
                    high = nibble;
                } else {
                    out[hexIndex >> 1] = (byte) ((high << 4) | nibble);
                }
                hexIndex++;
            }
        }
        return out;
    }

    private static int sextet(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return (c == '+') ? 62 : (c == '/') ? 63 : -1;
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
