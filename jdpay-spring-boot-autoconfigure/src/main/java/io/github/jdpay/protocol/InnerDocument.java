package io.github.jdpay.protocol;

import io.github.jdpay.crypto.Utf8;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A decrypted inner document as the UTF-8 bytes it arrived in, which are what is verified and parsed; its text is
 * made from them only when someone asks for it. The bytes are the first {@code length} of an array that may hold
 * more (what is left of the 3DES framing), and nothing writes to them once this holds them.
 */
final class InnerDocument {

    private final byte[] utf8;

    private final int length;

    private @Nullable String text;

    private InnerDocument(byte[] utf8, int length, @Nullable String text) {
        this.utf8 = utf8;
        this.length = length;
        this.text = text;
    }

    /**
     * The decrypted bytes {@code utf8[0, length)}, checked to be UTF-8 now, as decoding them would have: a wrong DES
     * key or corrupt message is reported as such and not as a bad signature.
     *
     * @throws io.github.jdpay.exception.JdPayMalformedMessageException if they are not UTF-8
     */
    static InnerDocument decrypted(byte[] utf8, int length) {
        Utf8.requireValid(utf8, 0, length, "decrypted document");
        return new InnerDocument(utf8, length, null);
    }

    /** A document given as text, with the UTF-8 bytes it stands for. */
    static InnerDocument of(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return new InnerDocument(utf8, utf8.length, text);
    }

    byte[] utf8() {
        return this.utf8;
    }

    int length() {
        return this.length;
    }

    /** The text, decoded once; a string is immutable, so a race here at worst decodes it twice. */
    String text() {
        String decoded = this.text;
        if (decoded == null) {
            decoded = new String(this.utf8, 0, this.length, StandardCharsets.UTF_8);
            this.text = decoded;
        }
        return decoded;
    }
}
