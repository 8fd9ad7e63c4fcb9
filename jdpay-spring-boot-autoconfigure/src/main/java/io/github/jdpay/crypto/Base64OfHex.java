package io.github.jdpay.crypto;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The text of JD's {@code <encrypt>}: standard Base64 of the ASCII of the lowercase hex of the ciphertext, encoded
 * and decoded in one pass, without the hex in between.
 */
public final class Base64OfHex {

    private static final byte[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes(StandardCharsets.US_ASCII);

    /**
     * The four Base64 characters of each three lowercase hex digits, packed big-endian, indexed by the 12 bits the
     * digits spell: three bytes of ciphertext are six hex digits, and those are exactly two such groups.
     */
    private static final int[] HEX_TRIPLES = new int[1 << 12];

    /** Each byte's value as a Base64 character, or one of the negative markers below. */
    private static final byte[] SEXTETS = new byte[256];

    private static final int INVALID = -1;

    private static final int WHITESPACE = -2;

    private static final int PAD = -3;

    private static final VarHandle INT_BIG_ENDIAN =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    static {
        Arrays.fill(SEXTETS, (byte) INVALID);
        for (int i = 0; i < ALPHABET.length; i++) {
            SEXTETS[ALPHABET[i]] = (byte) i;
        }
        for (char c : new char[] {' ', '\n', '\r', '\t'}) {
            SEXTETS[c] = WHITESPACE;
        }
        SEXTETS['='] = PAD;
        byte[] hex = new byte[3];
        for (int value = 0; value < HEX_TRIPLES.length; value++) {
            hex[0] = Hex.digitAscii(value >>> 8);
            hex[1] = Hex.digitAscii((value >>> 4) & 0x0F);
            hex[2] = Hex.digitAscii(value & 0x0F);
            int bits = (hex[0] << 16) | (hex[1] << 8) | hex[2];
            HEX_TRIPLES[value] = (ALPHABET[bits >>> 18] << 24)
                    | (ALPHABET[(bits >>> 12) & 0x3F] << 16)
                    | (ALPHABET[(bits >>> 6) & 0x3F] << 8)
                    | ALPHABET[bits & 0x3F];
        }
    }

    private Base64OfHex() {}

    /** Length of the standard Base64, with padding, of the lowercase hex of {@code byteCount} bytes. */
    public static int length(int byteCount) {
        return Math.toIntExact((2L * byteCount + 2) / 3 * 4);
    }

    /**
     * Writes standard Base64, with padding, of the ASCII of the lowercase hex of {@code bytes[from, to)} to
     * {@code out} from {@code outOffset}: JD's {@code <encrypt>} text, in one pass and without the hex in between.
     * Equivalent to {@code Base64.getEncoder().encode(Hex.encodeToAscii(bytes))}.
     *
     * @return the index in {@code out} after the last character written
     */
    public static int encode(byte[] bytes, int from, int to, byte[] out, int outOffset) {
        Objects.checkFromToIndex(from, to, bytes.length);
        Objects.checkFromIndexSize(outOffset, length(to - from), out.length);
        int i = from;
        int o = outOffset;
        for (int end = to - (to - from) % 3; i < end; i += 3, o += 8) {
            int b0 = bytes[i] & 0xFF;
            int b1 = bytes[i + 1] & 0xFF;
            int b2 = bytes[i + 2] & 0xFF;
            INT_BIG_ENDIAN.set(out, o, HEX_TRIPLES[(b0 << 4) | (b1 >>> 4)]);
            INT_BIG_ENDIAN.set(out, o + 4, HEX_TRIPLES[((b1 & 0x0F) << 8) | b2]);
        }
        if (to - i == 1) {
            // Two hex digits left: one Base64 unit of two bytes.
            o = unitOfOneOrTwo(Hex.digitAscii((bytes[i] >>> 4) & 0x0F), Hex.digitAscii(bytes[i] & 0x0F), 2, out, o);
        } else if (to - i == 2) {
            // Four hex digits left: three make a full unit, the last one a unit of one byte.
            int b0 = bytes[i] & 0xFF;
            int b1 = bytes[i + 1] & 0xFF;
            INT_BIG_ENDIAN.set(out, o, HEX_TRIPLES[(b0 << 4) | (b1 >>> 4)]);
            o = unitOfOneOrTwo(Hex.digitAscii(b1 & 0x0F), 0, 1, out, o + 4);
        }
        return o;
    }

    /** The last Base64 unit, of {@code count} (1 or 2) bytes, with its padding. */
    private static int unitOfOneOrTwo(int first, int second, int count, byte[] out, int o) {
        int bits = (first << 16) | (second << 8);
        out[o] = ALPHABET[bits >>> 18];
        out[o + 1] = ALPHABET[(bits >>> 12) & 0x3F];
        out[o + 2] = (count == 2) ? ALPHABET[(bits >>> 6) & 0x3F] : (byte) '=';
        out[o + 3] = '=';
        return o + 4;
    }

    /**
     * Decodes the text held as ASCII bytes in {@code text[from, to)}, as it lies in a received envelope, straight to
     * the bytes the hex spells: no string of it and no hex in between. Spaces, tabs and line breaks are skipped;
     * otherwise it accepts exactly what {@code Hex.decodeAscii(Base64.getDecoder().decode(...))} accepts, with the
     * same messages.
     *
     * @return the bytes, or {@code null} if the text is not valid Base64
     * @throws io.github.jdpay.exception.JdPayMalformedMessageException if it is Base64 but not of hex text
     */
    public static byte @Nullable [] decode(byte[] text, int from, int to) {
        Objects.checkFromToIndex(from, to, text.length);
        byte[] unwrapped = decodeUnwrapped(text, from, to);
        if (unwrapped != null) {
            return unwrapped;
        }
        int data = 0;
        int padding = 0;
        for (int i = from; i < to; i++) {
            int value = SEXTETS[text[i] & 0xFF];
            if (value >= 0) {
                if (padding > 0) {
                    return null;
                }
                data++;
            } else if (value == PAD) {
                padding++;
            } else if (value == INVALID) {
                return null;
            }
        }
        int hexLength = hexLength(data, padding);
        if (hexLength < 0) {
            return null;
        }
        byte[] out = Hex.allocateForAscii(hexLength);
        decodeRest(text, from, 0, hexLength, out);
        return out;
    }

    /**
     * How many hex digits {@code data} Base64 characters and {@code padding} padding characters spell, or -1 if
     * they end in a unit java.util.Base64 refuses (it accepts 2 or 3 characters unpadded, {@code xx==}, {@code xxx=}).
     */
    private static int hexLength(int data, int padding) {
        int tail = data % 4;
        boolean valid = (padding == 0) ? tail != 1 : (padding == 1) ? tail == 3 : (padding == 2 && tail == 2);
        return valid ? data / 4 * 3 + Math.max(0, tail - 1) : -1;
    }

    /**
     * One pass for the text as JD sends it: no line breaks, padding only at the end, hex inside. Anything else,
     * even an error, answers {@code null} and goes through the general path, which judges it.
     */
    private static byte @Nullable [] decodeUnwrapped(byte[] text, int from, int to) {
        int end = to;
        while (end > from && to - end < 2 && text[end - 1] == '=') {
            end--;
        }
        int hexLength = hexLength(end - from, to - end);
        if (hexLength < 0 || (hexLength & 1) != 0) {
            return null;
        }
        byte[] out = new byte[hexLength / 2];
        // Eight characters are two units of three hex digits: three bytes. Any look-up that fails is negative.
        int bad = 0;
        int i = from;
        int o = 0;
        for (int groups = from + (end - from) / 8 * 8; i < groups; i += 8, o += 3) {
            int first = unit(text, i);
            int second = unit(text, i + 4);
            int h0 = Hex.valueOf(first >>> 16);
            int h1 = Hex.valueOf((first >>> 8) & 0xFF);
            int h2 = Hex.valueOf(first & 0xFF);
            int h3 = Hex.valueOf(second >>> 16);
            int h4 = Hex.valueOf((second >>> 8) & 0xFF);
            int h5 = Hex.valueOf(second & 0xFF);
            bad |= first | second | h0 | h1 | h2 | h3 | h4 | h5;
            out[o] = (byte) ((h0 << 4) | h1);
            out[o + 1] = (byte) ((h2 << 4) | h3);
            out[o + 2] = (byte) ((h4 << 4) | h5);
        }
        for (int k = i; k < end; k++) {
            bad |= SEXTETS[text[k] & 0xFF];
        }
        if (bad < 0) {
            return null;
        }
        // The last few characters: their Base64 is valid, so a bad hex digit there is the first, as it is reported.
        decodeRest(text, i, 2 * o, hexLength, out);
        return out;
    }

    /** The 24 bits of the four Base64 characters at {@code i}, or a negative number if one is not Base64. */
    private static int unit(byte[] text, int i) {
        int s0 = SEXTETS[text[i] & 0xFF];
        int s1 = SEXTETS[text[i + 1] & 0xFF];
        int s2 = SEXTETS[text[i + 2] & 0xFF];
        int s3 = SEXTETS[text[i + 3] & 0xFF];
        return ((s0 | s1 | s2 | s3) < 0) ? -1 : (s0 << 18) | (s1 << 12) | (s2 << 6) | s3;
    }

    /** Decodes hex digits from {@code hexIndex} on, from the Base64 at {@code i}, skipping whitespace. */
    private static void decodeRest(byte[] text, int i, int hexIndex, int hexLength, byte[] out) {
        int bits = 0;
        int pending = 0;
        int high = 0;
        for (; hexIndex < hexLength; i++) {
            int value = SEXTETS[text[i] & 0xFF];
            if (value < 0) {
                continue; // whitespace: padding only follows the last character needed
            }
            bits = (bits << 6) | value;
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
    }
}
