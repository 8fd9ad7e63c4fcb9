package io.github.jdpay.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.exception.JdPayMalformedMessageException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Decoding Base64 of hex in one pass answers exactly what decoding the Base64 and then the hex answers. */
class Base64TextTest {

    /** The two-step decoding the one-pass decoder replaces: its result, or its exception's message. */
    private static Object twoSteps(String text) {
        byte[] hex = Base64Text.decodeLenient(text);
        if (hex == null) {
            return "not Base64";
        }
        try {
            return Hex.encode(Hex.decodeAscii(hex));
        } catch (JdPayMalformedMessageException ex) {
            return ex.getMessage();
        }
    }

    private static Object onePass(String text) {
        return outcome(() -> Base64Text.decodeHexLenient(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "", "M2Jl", "M2JlZQ==", "M2JlZQ", "M2JlZTE=", "M2JlZTE", "M2Jl\r\nZTE1\n", " M 2 J l ", "=", "==",
                "M", "M2J", "M2Jl=", "M2JlZ===", "M2JlZQ=x", "M2JlZQ=\n=", "M2Jl!", "M2Jl-_", "enp6", "M2Jl\u00e9",
                "M2JlZQ=="
            })
    void agreesWithDecodingTwiceOnEdgeCases(String text) {
        assertThat(onePass(text)).isEqualTo(twoSteps(text));
    }

    @Provide
    Arbitrary<String> encrypts() {
        Arbitrary<String> ofHex = Arbitraries.bytes()
                .array(byte[].class)
                .ofMaxSize(40)
                .map(bytes -> Base64.getEncoder().encodeToString(Hex.encodeToAscii(bytes)));
        Arbitrary<String> ofAnything = Arbitraries.strings()
                .withChars("0123456789abcdefABCDEFxyz+/= \r\n")
                .ofMaxLength(60)
                .map(s -> Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.ISO_8859_1)));
        Arbitrary<String> garbage =
                Arbitraries.strings().withChars("AZaz09+/=\n !-").ofMaxLength(12);
        Arbitrary<String> trimmed = ofHex.map(s -> s.replace("=", ""));
        // One character changed anywhere in a long text: in the eight-character groups of the one-pass path or after.
        Arbitrary<String> corrupted = Combinators.combine(
                        ofHex.filter(s -> s.length() > 16),
                        Arbitraries.integers().between(0, 1000),
                        Arbitraries.of('A', 'g', '0', '9', '+', '/', '=', ' ', '\n', '!', 'é', 'M', 'Z'))
                .as((text, at, c) -> {
                    StringBuilder sb = new StringBuilder(text);
                    sb.setCharAt(at % sb.length(), c);
                    return sb.toString();
                });
        return Arbitraries.oneOf(ofHex, ofAnything, garbage, trimmed, corrupted);
    }

    @Property(tries = 2000)
    void agreesWithDecodingTwiceOnAnyText(@ForAll("encrypts") String text) {
        assertThat(onePass(text)).isEqualTo(twoSteps(text));
    }

    @Property(tries = 300)
    void textWhereItLiesInALargerArrayDecodesAsTextAlone(
            @ForAll("encrypts") String text, @ForAll("encrypts") String before, @ForAll("encrypts") String after) {
        byte[] around = (before + text + after).getBytes(StandardCharsets.ISO_8859_1);
        int from = before.getBytes(StandardCharsets.ISO_8859_1).length;
        int to = from + text.getBytes(StandardCharsets.ISO_8859_1).length;

        assertThat(outcome(() -> Base64OfHex.decode(around, from, to))).isEqualTo(onePass(text));
    }

    private static Object outcome(java.util.function.Supplier<byte @Nullable []> decoding) {
        try {
            byte[] bytes = decoding.get();
            return (bytes == null) ? "not Base64" : Hex.encode(bytes);
        } catch (JdPayMalformedMessageException ex) {
            return ex.getMessage();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"MTIz", "enp6"})
    void textThatIsBase64ButNotHexIsMalformed(String text) {
        assertThatThrownBy(() -> Base64Text.decodeHexLenient(text)).isInstanceOf(JdPayMalformedMessageException.class);
    }
}
