package io.github.jdpay.crypto;

import io.github.jdpay.exception.JdPayMalformedMessageException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding: invalid bytes are an error rather than silently replaced, since they mean a bad message. */
public final class Utf8 {

    private Utf8() {}

    /**
     * Decodes {@code bytes} as UTF-8.
     *
     * @param what names the text in the error message
     * @throws JdPayMalformedMessageException if the bytes are not valid UTF-8
     */
    public static String decode(byte[] bytes, String what) {
        // The JDK's lenient decoding is much faster and turns every malformed sequence into U+FFFD. Without one in
        // the result the bytes were valid; with one, the strict decoder decides (the text may hold a real U+FFFD).
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException ex) {
            throw new JdPayMalformedMessageException(what + " is not valid UTF-8 (wrong key or corrupt message)", ex);
        }
    }
}
