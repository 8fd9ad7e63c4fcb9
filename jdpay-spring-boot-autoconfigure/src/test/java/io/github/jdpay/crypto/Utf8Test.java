package io.github.jdpay.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.exception.JdPayMalformedMessageException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Decoding is strict: valid UTF-8, a real U+FFFD included, decodes; anything malformed is an error. */
class Utf8Test {

    @ParameterizedTest
    @ValueSource(strings = {"", "ascii", "备注 & <x>", "\uFFFD", "a\uFFFDb", "\uD83D\uDE00"})
    void validTextDecodesToItself(String text) {
        assertThat(Utf8.decode(text.getBytes(StandardCharsets.UTF_8), "text")).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"C3", "C328", "ED A080", "F4 90 80 80", "C0 AF", "E2 82", "FF"})
    void malformedBytesAreRefused(String hex) {
        byte[] bytes = Hex.decode(hex.replace(" ", ""));

        assertThatThrownBy(() -> Utf8.decode(bytes, "decrypted document"))
                .isInstanceOf(JdPayMalformedMessageException.class)
                .hasMessageContaining("decrypted document is not valid UTF-8");
    }

    @Test
    void malformedBytesNextToARealReplacementCharacterAreRefused() {
        byte[] valid = "\uFFFD".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = {valid[0], valid[1], valid[2], (byte) 0xC3};

        assertThatThrownBy(() -> Utf8.decode(bytes, "x")).isInstanceOf(JdPayMalformedMessageException.class);
    }

    @Property(tries = 500)
    void agreesWithTheStrictDecoderOnAnyBytes(@ForAll byte[] bytes) {
        boolean valid;
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            valid = true;
        } catch (java.nio.charset.CharacterCodingException ex) {
            valid = false;
        }

        if (valid) {
            assertThat(Utf8.decode(bytes, "x")).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
        } else {
            assertThatThrownBy(() -> Utf8.decode(bytes, "x")).isInstanceOf(JdPayMalformedMessageException.class);
        }
    }
}
