package io.github.jdpay.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.exception.JdPayValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Writing through Woodstox gives the bytes that writing text and then encoding it gave before: escaping, refused
 * characters and surrogates (paired or lone) included.
 */
class XmlOutputProperties {

    /** The text the codec wrote before it wrote bytes, kept here as the reference: escape, refuse, append. */
    static String reference(XmlNode node) {
        StringBuilder sb = new StringBuilder("<").append(node.name()).append('>');
        if (node.children().isEmpty()) {
            for (char c : node.text().toCharArray()) {
                if (c == '&') {
                    sb.append("&amp;");
                } else if (c == '<') {
                    sb.append("&lt;");
                } else if (c == '>') {
                    sb.append("&gt;");
                } else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                    throw new JdPayValidationException(node.name(), "refused");
                } else {
                    sb.append(c);
                }
            }
        } else {
            node.children().forEach(child -> sb.append(reference(child)));
        }
        return sb.append("</").append(node.name()).append('>').toString();
    }

    @Provide
    Arbitrary<String> anyText() {
        // Single UTF-16 units, lone surrogates and control characters included, and some whole code points.
        Arbitrary<Character> unit = Arbitraries.oneOf(
                Arbitraries.chars().range('\u0000', '\u00ff'),
                Arbitraries.chars().range('\u0100', '\uffff'),
                Arbitraries.of('&', '<', '>', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFFFE', '\uFFFF', '中'));
        Arbitrary<String> units = unit.list().ofMaxSize(60).map(list -> {
            StringBuilder sb = new StringBuilder();
            list.forEach(sb::append);
            return sb.toString();
        });
        Arbitrary<String> pairs = Arbitraries.integers()
                .between(0x10000, 0x10FFFF)
                .list()
                .ofMaxSize(5)
                .map(points -> points.stream()
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        .toString());
        return Arbitraries.oneOf(units, pairs, units.map(s -> s.replaceAll("[\\x00-\\x1f\\ufffe\\uffff]", "")));
    }

    private static byte[] written(XmlNode node) {
        XmlOutput out = new XmlOutput(0);
        out.element(node);
        return Arrays.copyOf(out.buffer(), out.position());
    }

    @Property(tries = 2000)
    void bytesAreThoseOfTheTextEncoded(@ForAll("anyText") String first, @ForAll("anyText") String second) {
        XmlNode node = XmlNode.builder("jdpay")
                .add("tradeName", first)
                .add(XmlNode.builder("detail").add("note", second).build())
                .build();
        String text;
        try {
            text = reference(node);
        } catch (JdPayValidationException ex) {
            assertThatThrownBy(() -> written(node)).isInstanceOf(JdPayValidationException.class);
            return;
        }

        assertThat(written(node)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        assertThat(XmlOutput.length(node)).isGreaterThanOrEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void theFirstEmptyPlaceholderIsLeftOutAndTheRootEndTagFound() {
        XmlNode node = XmlNode.builder("jdpay")
                .add("sign", "kept")
                .add(XmlNode.builder("x").add("sign", "").build())
                .add("sign", "")
                .build();
        XmlOutput out = new XmlOutput(0, "sign");

        out.element(node);

        String text = new String(out.buffer(), 0, out.position(), StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("<jdpay><sign>kept</sign><x></x><sign></sign></jdpay>");
        assertThat(out.placeholderAt()).isEqualTo("<jdpay><sign>kept</sign><x>".length());
        assertThat(out.lastEndTagAt()).isEqualTo(text.length() - "</jdpay>".length());
    }

    @Test
    void insertingMovesTheRestAndGrowsTheBuffer() {
        XmlOutput out = new XmlOutput(0);
        out.element(XmlNode.leaf("a", ""));

        out.insert(3, "<sign>签</sign>");

        assertThat(new String(out.buffer(), 0, out.position(), StandardCharsets.UTF_8))
                .isEqualTo("<a><sign>签</sign></a>");
    }
}
