package io.github.jdpay.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.crypto.TestKeys;
import io.github.jdpay.exception.JdPayMalformedMessageException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The plain reader builds exactly the tree StAX builds, and hands StAX everything it is not sure of. */
class PlainXmlReaderTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** What the plain reader answers is what StAX answers; where StAX refuses, the plain reader gives up. */
    private static void assertSameAsStax(byte[] document) {
        XmlNode plain = PlainXmlReader.read(document);
        XmlNode stax;
        try {
            stax = SafeXmlParser.parseWithStax(document);
        } catch (JdPayMalformedMessageException ex) {
            assertThat(plain).as("plain reader accepted what StAX refuses").isNull();
            return;
        }
        if (plain != null) {
            assertThat(plain).isEqualTo(stax);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "G1.inner.xml", "G2.inner.xml", "R1.inner.xml", "R2.inner.xml", "R3.inner.xml", "R4.inner.xml",
                "R5.inner.xml", "N1.inner.xml", "N2.inner.xml", "N3.inner.xml", "G1.envelope.xml", "G2.envelope.xml",
                "N1.envelope.xml"
            })
    void jdsOwnDocumentsAreReadPlainlyIntoTheStaxTree(String vector) {
        byte[] document = utf8(TestKeys.resource("vectors/" + vector));

        assertThat(PlainXmlReader.read(document)).isNotNull().isEqualTo(SafeXmlParser.parseWithStax(document));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<?xml version=\"1.0\"?><!DOCTYPE jdpay><jdpay><a>1</a></jdpay>",
                "<jdpay><!-- note --><a>1</a></jdpay>",
                "<jdpay><a><![CDATA[x]]></a></jdpay>",
                "<jdpay><?pi x?><a>1</a></jdpay>",
                "<jdpay><a id=\"1\">1</a></jdpay>",
                "<jdpay><a>&#65;</a></jdpay>",
                "<jdpay><a>&custom;</a></jdpay>",
                "<jdpay><a>1\r\n2</a></jdpay>",
                "<jdpay>\r\n<a>1</a></jdpay>",
                "<?xml version=\"1.0\" encoding=\"GBK\"?><jdpay><a>1</a></jdpay>",
                "<?xml version=\"1.0\" standalone=\"yes\"?><jdpay><a>1</a></jdpay>",
                "<?xml version=\"1.1\"?><jdpay><a>1</a></jdpay>",
                "<jdpay><a>1</b></jdpay>",
                "<jdpay><a>1</a>",
                "<jdpay>text<a>1</a></jdpay>",
                "<jdpay><a>1</a>text</jdpay>",
                "<jdpay><a>x > y</a></jdpay>",
                "<jdpay><ns:a>1</ns:a></jdpay>",
                "<jdpay><a>1</a></jdpay><b/>",
                "<jdpay/>",
                "<jdpay><a>\uFFFE</a></jdpay>",
                "<jdpay><名>1</名></jdpay>",
                "",
            })
    void anythingBeyondPlainXmlIsLeftToStax(String document) {
        assertThat(PlainXmlReader.read(utf8(document))).isNull();
        assertSameAsStax(utf8(document));
    }

    @Test
    void invalidUtf8IsLeftToStax() {
        byte[] document = utf8("<jdpay><a>xx</a></jdpay>");
        document[10] = (byte) 0xC3; // a lead byte followed by ASCII

        assertThat(PlainXmlReader.read(document)).isNull();
        assertThatThrownBy(() -> SafeXmlParser.parse(document)).isInstanceOf(JdPayMalformedMessageException.class);
    }

    @Test
    void depthBeyondTheLimitIsLeftToStaxWhichRefusesIt() {
        String deep = "<a>".repeat(SafeXmlParser.MAX_DEPTH + 1) + "</a>".repeat(SafeXmlParser.MAX_DEPTH + 1);
        String limit = "<a>".repeat(SafeXmlParser.MAX_DEPTH) + "x" + "</a>".repeat(SafeXmlParser.MAX_DEPTH);

        assertThat(PlainXmlReader.read(utf8(deep))).isNull();
        assertThat(PlainXmlReader.read(utf8(limit))).isEqualTo(SafeXmlParser.parseWithStax(utf8(limit)));
    }

    @Test
    void entitiesEmptyElementsAndSpacingReadAsStaxReadsThem() {
        String document = "<?xml version='1.0' encoding='utf-8' ?>\n<jdpay >\n  <a>&amp;&lt;&gt;&quot;&apos; 备注</a>"
                + "\t<b/><c ></c>\n  <d><e> </e></d>\n</jdpay >\n";

        XmlNode plain = PlainXmlReader.read(utf8(document));

        assertThat(plain).isEqualTo(SafeXmlParser.parseWithStax(utf8(document)));
        assertThat(plain.childText("a")).isEqualTo("&<>\"' 备注");
        assertThat(plain.childText("b")).isEmpty();
        assertThat(plain.child("d").childText("e")).isEqualTo(" ");
    }

    @Test
    void textWithLoneSurrogatesIsLeftToStaxWhichRefusesIt() {
        assertThatThrownBy(() -> SafeXmlParser.parse("<jdpay><a>\uD800</a></jdpay>"))
                .isInstanceOf(JdPayMalformedMessageException.class);
        assertThat(SafeXmlParser.parse("<jdpay><a>\uD83D\uDE00</a></jdpay>").childText("a"))
                .isEqualTo("\uD83D\uDE00");
    }

    @Provide
    Arbitrary<XmlNode> documents() {
        Arbitrary<String> names = Arbitraries.of("jdpay", "tradeNum", "a", "pay_list", "x.y", "b-2", "detail");
        Arbitrary<String> texts = Arbitraries.strings()
                .withCharRange(' ', '~')
                .withChars('备', '注', 'é', '\uD83D')
                .ofMaxLength(20)
                .map(s -> s.replace("\uD83D", "\uD83D\uDE00"));
        Arbitrary<XmlNode> leaves = Combinators.combine(names, texts).as(XmlNode::leaf);
        Arbitrary<XmlNode> inner = Combinators.combine(
                        names, leaves.list().ofMinSize(1).ofMaxSize(4))
                .as(XmlNode::element);
        return Arbitraries.oneOf(leaves, inner)
                .list()
                .ofMinSize(1)
                .ofMaxSize(6)
                .map(children -> XmlNode.element("jdpay", children));
    }

    @Property(tries = 300)
    void writtenDocumentsReadBackPlainlyAsStaxReadsThem(@ForAll("documents") XmlNode document) {
        byte[] xml = utf8(XmlWriter.document(document));

        assertThat(PlainXmlReader.read(xml)).isNotNull().isEqualTo(SafeXmlParser.parseWithStax(xml));
    }

    @Property(tries = 1000)
    void corruptedDocumentsNeverReadDifferentlyFromStax(
            @ForAll("documents") XmlNode document,
            @ForAll("positions") List<Integer> positions,
            @ForAll("bytes") List<Byte> values) {
        byte[] xml = utf8(XmlWriter.document(document));
        for (int i = 0; i < Math.min(positions.size(), values.size()); i++) {
            xml[positions.get(i) % xml.length] = values.get(i);
        }

        assertSameAsStax(xml);
    }

    @Property(tries = 500)
    void aDocumentFollowedByOtherBytesReadsAsTheDocumentAlone(
            @ForAll("documents") XmlNode document,
            @ForAll("positions") List<Integer> positions,
            @ForAll("bytes") List<Byte> values,
            @ForAll("bytes") List<Byte> tail) {
        byte[] xml = utf8(XmlWriter.document(document));
        for (int i = 0; i < Math.min(positions.size(), values.size()); i++) {
            xml[positions.get(i) % xml.length] = values.get(i);
        }
        // A decrypted document is followed by what is left of its framing, as here.
        byte[] followed = java.util.Arrays.copyOf(xml, xml.length + tail.size());
        for (int i = 0; i < tail.size(); i++) {
            followed[xml.length + i] = tail.get(i);
        }

        assertThat(PlainXmlReader.read(followed, xml.length)).isEqualTo(PlainXmlReader.read(xml));
    }

    @Provide
    Arbitrary<List<Integer>> positions() {
        return Arbitraries.integers().between(0, 10_000).list().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<List<Byte>> bytes() {
        Arbitrary<Byte> interesting = Arbitraries.of('<', '>', '&', '/', '!', '?', ';', '=', ' ', '\r', '\n', '\t', '"')
                .map(c -> (byte) c.charValue());
        return Arbitraries.oneOf(interesting, Arbitraries.bytes())
                .list()
                .ofMinSize(1)
                .ofMaxSize(3);
    }
}
