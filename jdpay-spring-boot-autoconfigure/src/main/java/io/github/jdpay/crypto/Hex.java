package io.github.jdpay.crypto;

import io.github.jdpay.exception.JdPayMalformedMessageException;
import java.nio.charset.StandardCharsets;

/** Lowercase hexadecimal encoding and case-insensitive decoding, table driven and strict about bad input. */
public final class Hex {

    private static final byte[] DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private static final byte[] VALUES = new byte[128];

    static {
        java.util.Arrays.fill(VALUES, (byte) -1);
        for (int i = 0; i < 10; i++) {
            VALUES['0' + i] = (byte) i;
        }
        for (int i = 0; i < 6; i++) {
            VALUES['a' + i] = (byte) (10 + i);
            VALUES['A' + i] = (byte) (10 + i);
        }
    }

    private Hex() {}

    /** The ASCII of the lowercase hex digit for {@code nibble} (0 to 15). */
    static byte digitAscii(int nibble) {
        return DIGITS[nibble];
    }

    /** Encodes bytes as lowercase hex text. */
    public static String encode(byte[] bytes) {
        return new String(encodeToAscii(bytes), StandardCharsets.ISO_8859_1);
    }

    /** Encodes bytes as the ASCII bytes of their lowercase hex text. */
    public static byte[] encodeToAscii(byte[] bytes) {
        byte[] out = new byte[bytes.length * 2];
        for (int i = 0, j = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            out[j++] = DIGITS[b >>> 4];
            out[j++] = DIGITS[b & 0x0F];
        }
        return out;
    }

    /**
     * Decodes hex text in either case.
     *
     * @throws JdPayMalformedMessageException if the text has odd length or a character that is not a hex digit
     */
    public static byte[] decode(CharSequence hex) {
        int length = hex.length();
        if ((length & 1) != 0) {
            throw new JdPayMalformedMessageException("hex text has odd length " + length);
        }
        byte[] out = new byte[length / 2];
        for (int i = 0, j = 0; j < out.length; i += 2, j++) {
            out[j] = (byte) ((digit(hex.charAt(i), i) << 4) | digit(hex.charAt(i + 1), i + 1));
        }
        return out;
    }

    /** Decodes the hex text held as ASCII bytes in {@code ascii}, in either case. */
    public static byte[] decodeAscii(byte[] ascii) {
        byte[] out = allocateForAscii(ascii.length);
        for (int i = 0, j = 0; j < out.length; i += 2, j++) {
            out[j] = (byte) ((digit((char) (ascii[i] & 0xFF), i) << 4) | digit((char) (ascii[i + 1] & 0xFF), i + 1));
        }
        return out;
    }

    /** Whether every character is a hex digit and the length is even and non-zero. */
    public static boolean isHex(CharSequence text) {
        int length = text.length();
        if (length == 0 || (length & 1) != 0) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 128 || VALUES[c] < 0) {
                return false;
            }
        }
        return true;
    }

    /** The array for the bytes of {@code hexLength} hex digits, refusing an odd count. */
    static byte[] allocateForAscii(int hexLength) {
        if ((hexLength & 1) != 0) {
            throw new JdPayMalformedMessageException("hex text has odd length " + hexLength);
        }
        return new byte[hexLength / 2];
    }

    /** The value of the hex digit whose ASCII code is {@code c} (0 to 255), or -1 if it is none. */
    static int valueOf(int c) {
        return (c < VALUES.length) ? VALUES[c] : -1;
    }

    static int digit(char c, int index) {
        int value = valueOf(c);
        if (value < 0) {
            throw new JdPayMalformedMessageException("not a hex digit at index " + index);
        }
        return value;
    }
}
