package io.github.jdpay.crypto;

import io.github.jdpay.exception.JdPayMalformedMessageException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** Strict UTF-8 decoding: invalid bytes are an error rather than silently replaced, since they mean a bad message. */
public final class Utf8 {

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private Utf8() {}

    /**
     * Decodes {@code bytes} as UTF-8.
     *
     * @param what names the text in the error message
     * @throws JdPayMalformedMessageException if the bytes are not valid UTF-8
     */
    public static String decode(byte[] bytes, String what) {
        requireValid(bytes, 0, bytes.length, what);
        // Valid input decodes the same leniently, and the JDK's lenient decoding is much faster.
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Checks that {@code bytes[from, to)} are valid UTF-8 without decoding them, so that a text can be made only if
     * and when it is needed.
     *
     * @param what names the text in the error message
     * @throws JdPayMalformedMessageException if they are not
     */
    public static void requireValid(byte[] bytes, int from, int to, String what) {
        if (!isValid(bytes, from, to)) {
            throw new JdPayMalformedMessageException(what + " is not valid UTF-8 (wrong key or corrupt message)");
        }
    }

    /**
     * Whether the bytes are well-formed UTF-8 as RFC 3629 defines it and the JDK's strict decoder judges: shortest
     * form only, no encoded surrogates, nothing above U+10FFFF, no sequence cut short.
     */
    static boolean isValid(byte[] bytes, int from, int to) {
        Objects.checkFromToIndex(from, to, bytes.length);
        int i = from;
        while (i < to) {
            if (i <= to - 32
                    && (((long) WORDS.get(bytes, i)
                                            | (long) WORDS.get(bytes, i + 8)
                                            | (long) WORDS.get(bytes, i + 16)
                                            | (long) WORDS.get(bytes, i + 24))
                                    & 0x8080808080808080L)
                            == 0) {
                i += 32; // 32 ASCII bytes with one test: the envelope's <encrypt> is all ASCII
                continue;
            }
            if (i <= to - 8 && ((long) WORDS.get(bytes, i) & 0x8080808080808080L) == 0) {
                i += 8; // eight ASCII bytes at once: most of a JD document
                continue;
            }
            int lead = bytes[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            // How many continuation bytes follow, and the range of the first one, which rules out the overlong
            // forms, the surrogates (ED A0..BF) and code points above U+10FFFF.
            int count;
            int low = 0x80;
            int high = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                count = 1;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                count = 2;
                low = (lead == 0xE0) ? 0xA0 : low;
                high = (lead == 0xED) ? 0x9F : high;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                count = 3;
                low = (lead == 0xF0) ? 0x90 : low;
                high = (lead == 0xF4) ? 0x8F : high;
            } else {
                return false;
            }
            if (to - i <= count) {
                return false;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < low || second > high) {
                return false;
            }
            for (int k = 2; k <= count; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += count + 1;
        }
        return true;
    }
}
