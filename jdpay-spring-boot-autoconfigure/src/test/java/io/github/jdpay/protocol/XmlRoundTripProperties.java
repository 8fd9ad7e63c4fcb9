package io.github.jdpay.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.jdpay.exception.JdPayMalformedMessageException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What the Woodstox writer writes, the hardened Woodstox reader reads back as the same tree; and a written document
 * with bytes overwritten either reads or is a {@link JdPayMalformedMessageException}, never another exception.
 */
class XmlRoundTripProperties {

    @Provide
    Arbitrary<XmlNode> documents() {
        Arbitrary<String> names = Arbitraries.of("jdpay", "tradeNum", "a", "pay_list", "x.y", "b-2", "detail", "名");
        // Every character a value may hold: markup, quotes, DEL and C1, BMP beyond Latin-1, and whole code points.
        Arbitrary<String> texts = Arbitraries.strings()
                .withCharRange(' ', '~')
                .withCharRange('\u007f', '\u00ff')
                .withCharRange('\u0100', '\ud7ff')
                .withCharRange('\ue000', '\ufffd')
                .withChars('&', '<', '>', '"', '\'', ';', '#', ']', '\uD83D')
                .ofMaxLength(30)
                .map(s -> s.replace("\uD83D", "\uD83D\uDE00"));
        Arbitrary<XmlNode> leaves = Combinators.combine(names, texts).as(XmlNode::leaf);
        Arbitrary<XmlNode> inner = Combinators.combine(
                        names, leaves.list().ofMinSize(1).ofMaxSize(4))
                .as(XmlNode::element);
        Arbitrary<XmlNode> nested = Combinators.combine(
                        names, inner.list().ofMinSize(1).ofMaxSize(3))
                .as(XmlNode::element);
        return Arbitraries.oneOf(leaves, inner, nested)
                .list()
                .ofMinSize(1)
                .ofMaxSize(8)
                .map(children -> XmlNode.element("jdpay", children));
    }

    @Property(tries = 10_000)
    void writtenDocumentsReadBackAsTheSameTree(@ForAll("documents") XmlNode document) {
        byte[] xml = XmlWriter.document(document).getBytes(StandardCharsets.UTF_8);

        assertThat(new String(xml, 0, XmlWriter.DECLARATION.length(), StandardCharsets.UTF_8))
                .isEqualTo(XmlWriter.DECLARATION);
        assertThat(SafeXmlParser.parse(xml)).isEqualTo(document);
    }

    @Property(tries = 3000)
    void corruptedDocumentsReadOrAreMalformed(
            @ForAll("documents") XmlNode document,
            @ForAll("positions") List<Integer> positions,
            @ForAll("bytes") List<Byte> values) {
        byte[] xml = XmlWriter.document(document).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < Math.min(positions.size(), values.size()); i++) {
            xml[positions.get(i) % xml.length] = values.get(i);
        }

        Throwable thrown = catchThrowable(() -> SafeXmlParser.parse(xml));

        assertThat(thrown).satisfiesAnyOf(t -> assertThat(t).isNull(), t -> assertThat(t)
                .isInstanceOf(JdPayMalformedMessageException.class));
    }

    @Provide
    Arbitrary<List<Integer>> positions() {
        return Arbitraries.integers().between(0, 10_000).list().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<List<Byte>> bytes() {
        Arbitrary<Byte> interesting = Arbitraries.of(
                        '<', '>', '&', '/', '!', '?', ';', '=', ' ', '\r', '\n', '\t', '"', '[', ']', '#', '\u0001')
                .map(c -> (byte) c.charValue());
        return Arbitraries.oneOf(interesting, Arbitraries.bytes())
                .list()
                .ofMinSize(1)
                .ofMaxSize(3);
    }
}
