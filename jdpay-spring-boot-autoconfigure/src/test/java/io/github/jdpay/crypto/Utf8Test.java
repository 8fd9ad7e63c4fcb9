package io.github.jdpay.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.exception.JdPayMalformedMessageException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

    @Provide
    Arbitrary<byte[]> utf8Like() {
        // Lead bytes at every boundary of the well-formed table, continuation bytes at theirs, and ASCII.
        Arbitrary<Byte> interesting = Arbitraries.of(
                        0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED,
                        0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF)
                .map(Integer::byteValue);
        return interesting.list().ofMaxSize(12).map(list -> {
            byte[] bytes = new byte[list.size()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = list.get(i);
            }
            return bytes;
        });
    }

    @Property(tries = 3000)
    void agreesWithTheStrictDecoderOnUtf8LikeBytes(@ForAll("utf8Like") byte[] bytes) {
        agreesWithTheStrictDecoderOnAnyBytes(bytes);
    }

    /** Long ASCII runs, as most of an envelope is, with a few UTF-8-like bytes anywhere in them. */
    @Provide
    Arbitrary<byte[]> mostlyAscii() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 200),
                        utf8Like(),
                        Arbitraries.integers().between(0, 200))
                .as((length, inserted, at) -> {
                    byte[] bytes = new byte[length + inserted.length];
                    java.util.Arrays.fill(bytes, (byte) 'a');
                    System.arraycopy(inserted, 0, bytes, Math.min(at, length), inserted.length);
                    return bytes;
                });
    }

    @Property(tries = 2000)
    void agreesWithTheStrictDecoderOnMostlyAsciiBytes(@ForAll("mostlyAscii") byte[] bytes) {
        agreesWithTheStrictDecoderOnAnyBytes(bytes);
    }

    @Property(tries = 300)
    void checksOnlyTheGivenRange(@ForAll("utf8Like") byte[] bytes, @ForAll("utf8Like") byte[] around) {
        byte[] placed = new byte[around.length + bytes.length + around.length];
        System.arraycopy(around, 0, placed, 0, around.length);
        System.arraycopy(bytes, 0, placed, around.length, bytes.length);
        System.arraycopy(around, 0, placed, around.length + bytes.length, around.length);

        assertThat(Utf8.isValid(placed, around.length, around.length + bytes.length))
                .isEqualTo(Utf8.isValid(bytes, 0, bytes.length));
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
