package io.github.jdpay.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.exception.JdPayMalformedMessageException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The inputs that once broke a parser (issue 14's reproducers among them), each a typed refusal by the Woodstox
 * reader with nothing printed; and the entity references it still reads.
 */
class XmlReproducerTest {

    /** The 20-byte body that made the JDK's parser throw MissingResourceException and print to stderr. */
    private static final byte[] DOCTYPE = "<!DOCTYPE a [\u0001]><a/>".getBytes(StandardCharsets.ISO_8859_1);

    /** An envelope with a UTF-8 lead byte followed by ASCII. */
    private static final byte[] BAD_UTF8 = {
        '<', 'j', 'd', 'p', 'a', 'y', '>', (byte) 0xC3, '(', '<', '/', 'j', 'd', 'p', 'a', 'y', '>'
    };

    /** Runs {@code call}, which must be refused as malformed, and answers what it printed to stderr. */
    private static String refusedPrinting(Runnable call) {
        PrintStream stderr = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            assertThatThrownBy(call::run).isInstanceOf(JdPayMalformedMessageException.class);
        } finally {
            System.setErr(stderr);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aDoctypeWithAControlCharacterIsMalformedWithNothingOnStderr() {
        assertThat(DOCTYPE).hasSize(20);
        assertThat(refusedPrinting(() -> SafeXmlParser.parse(DOCTYPE))).isEmpty();
        assertThat(refusedPrinting(() -> JdPayEnvelope.parse(DOCTYPE))).isEmpty();
    }

    @Test
    void invalidUtf8IsMalformedWithNothingOnStderr() {
        assertThat(refusedPrinting(() -> SafeXmlParser.parse(BAD_UTF8))).isEmpty();
        assertThat(refusedPrinting(() -> JdPayEnvelope.parse(BAD_UTF8))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "C080", // overlong NUL
                "E0808F", // overlong
                "EDA080", // an encoded surrogate
                "F4908080", // beyond U+10FFFF
                "FF", // never in UTF-8
                "E282", // truncated
            })
    void malformedByteSequencesAreRefused(String hex) {
        byte[] bad = java.util.HexFormat.of().parseHex(hex);
        byte[] head = "<jdpay><merchant>".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "</merchant></jdpay>".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(bad, 0, body, head.length, bad.length);
        System.arraycopy(tail, 0, body, head.length + bad.length, tail.length);

        assertThat(refusedPrinting(() -> JdPayEnvelope.parse(body))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<jdpay><a>&custom;</a></jdpay>",
                "<!DOCTYPE jdpay [<!ENTITY e \"x\">]><jdpay><a>&e;</a></jdpay>",
                "<!DOCTYPE jdpay SYSTEM \"http://127.0.0.1:9/x.dtd\"><jdpay/>",
                "<jdpay><a>&#0;</a></jdpay>",
                "<jdpay><a>&#xD800;</a></jdpay>",
                "<jdpay><a>&#x110000;</a></jdpay>",
                "<jdpay><a>&amp</a></jdpay>",
                "<jdpay a1='1' a2='1' a3='1' a4='1' a5='1' a6='1' a7='1' a8='1' a9='1' b1='1' b2='1' b3='1' b4='1'"
                        + " b5='1' b6='1' b7='1' b8='1'/>",
                "<jdpay><a>1</a></jdpay><b/>",
                "<?xml version=\"1.0\" encoding=\"UTF-16\"?><jdpay/>",
            })
    void entitiesBeyondThePredefinedOnesAndBrokenDocumentsAreRefused(String document) {
        assertThat(refusedPrinting(() -> SafeXmlParser.parse(document))).isEmpty();
    }

    @Test
    void anAttributeLongerThanAnyJdDocumentNeedsIsRefused() {
        String document = "<jdpay a=\"" + "x".repeat(2048) + "\"><merchant>1</merchant></jdpay>";

        assertThat(refusedPrinting(() -> SafeXmlParser.parse(document))).isEmpty();
    }

    @Test
    void thePredefinedEntitiesCharacterReferencesAndCdataRead() {
        XmlNode root = SafeXmlParser.parse(
                "<jdpay><a>&amp;&lt;&gt;&quot;&apos;</a><b>&#65;&#x4E2D;</b><c><![CDATA[<x>]]>y</c></jdpay>");

        assertThat(root.childText("a")).isEqualTo("&<>\"'");
        assertThat(root.childText("b")).isEqualTo("A中");
        assertThat(root.childText("c")).isEqualTo("<x>y");
    }

    @Test
    void aDecryptedDocumentIsReadOnlyUpToItsLengthNotIntoTheFramingAfterIt() {
        byte[] framed = "<jdpay><merchant>1</merchant></jdpay>\u0000\u0000<junk".getBytes(StandardCharsets.US_ASCII);
        int length = framed.length - "\u0000\u0000<junk".length();

        XmlNode root = SafeXmlParser.parse(InnerDocument.decrypted(framed, length));

        assertThat(root).isEqualTo(XmlNode.element("jdpay", java.util.List.of(XmlNode.leaf("merchant", "1"))));
    }
}
