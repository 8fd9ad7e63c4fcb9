package io.github.jdpay.protocol;

import io.github.jdpay.exception.JdPayMalformedMessageException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Parses JD's XML into {@link XmlNode}s with the JDK's own StAX parser, hardened against hostile input: a DTD,
 * an entity declaration or an external entity is refused outright, and depth and element count are bounded.
 *
 * <p>The JDK parser is used even when another StAX implementation (such as Woodstox) is on the class path, so the
 * hardening does not depend on the application's dependencies.
 *
 * <p>Plain documents, which is what JD and this library send, are first offered to {@link PlainXmlReader}: it
 * builds the same tree at a fraction of the cost and hands everything else (DTDs included) to StAX.
 */
public final class SafeXmlParser {

    static final int MAX_DEPTH = 32;

    static final int MAX_ELEMENTS = 100_000;

    private static final XMLInputFactory FACTORY = createFactory();

    private SafeXmlParser() {}

    private static XMLInputFactory createFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entities are not allowed");
        });
        return factory;
    }

    /** Parses a document held as bytes in the encoding its declaration names (UTF-8 when none). */
    public static XmlNode parse(byte[] document) {
        XmlNode plain = PlainXmlReader.read(document);
        return (plain != null) ? plain : parseWithStax(document);
    }

    /** Parses a document held as text: its UTF-8 bytes, parsed as {@link #parse(byte[])} parses what arrives. */
    public static XmlNode parse(String document) {
        return parse(utf8(document));
    }

    /**
     * The UTF-8 bytes of a document given as text.
     *
     * @throws JdPayMalformedMessageException if the text holds a lone surrogate, which no UTF-8 stands for
     */
    static byte[] utf8(String document) {
        if (hasLoneSurrogate(document)) {
            throw new JdPayMalformedMessageException("not well-formed XML: the text holds a lone surrogate");
        }
        return document.getBytes(StandardCharsets.UTF_8);
    }

    /** Parses a decrypted document from its bytes; StAX, when needed, reads the text they were checked to be. */
    static XmlNode parse(InnerDocument document) {
        XmlNode plain = PlainXmlReader.read(document.utf8(), document.length());
        return (plain != null) ? plain : parseWithStax(document.text());
    }

    static XmlNode parseWithStax(byte[] document) {
        try {
            return read(FACTORY.createXMLStreamReader(new ByteArrayInputStream(document)));
        } catch (XMLStreamException ex) {
            throw malformed(ex);
        }
    }

    static XmlNode parseWithStax(String document) {
        try {
            return read(FACTORY.createXMLStreamReader(new StringReader(document)));
        } catch (XMLStreamException ex) {
            throw malformed(ex);
        }
    }

    private static XmlNode read(XMLStreamReader reader) throws XMLStreamException {
        try {
            Deque<Frame> stack = new ArrayDeque<>();
            XmlNode root = null;
            int elements = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_DECLARATION ->
                        throw new JdPayMalformedMessageException("XML with a DTD or entity declaration is refused");
                    case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new JdPayMalformedMessageException("XML with an entity reference is refused");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (root != null) {
                            throw new JdPayMalformedMessageException("XML has content after its root element");
                        }
                        if (stack.size() >= MAX_DEPTH || ++elements > MAX_ELEMENTS) {
                            throw new JdPayMalformedMessageException(
                                    "XML is nested too deeply or has too many elements");
                        }
                        stack.push(new Frame(reader.getLocalName()));
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!stack.isEmpty()) {
                            stack.peek().text.append(reader.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        XmlNode node = stack.pop().toNode();
                        if (stack.isEmpty()) {
                            root = node;
                        } else {
                            stack.peek().children.add(node);
                        }
                    }
                    default -> {
                        // comments, processing instructions and the declaration carry nothing JD uses
                    }
                }
            }
            if (root == null) {
                throw new JdPayMalformedMessageException("XML has no root element");
            }
            return root;
        } finally {
            reader.close();
        }
    }

    private static boolean hasLoneSurrogate(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static JdPayMalformedMessageException malformed(XMLStreamException ex) {
        return new JdPayMalformedMessageException("not well-formed XML: " + reason(ex.getMessage()), ex);
    }

    /** The JDK's message is "ParseError at [row,col]:[r,c]" then, on the next line, the reason: keep the reason. */
    private static String reason(@Nullable String message) {
        if (message == null) {
            return "parse error";
        }
        int newline = message.indexOf('\n');
        String line = (newline >= 0) ? message.substring(newline + 1) : message;
        return (line.length() > 200) ? line.substring(0, 200) : line;
    }

    private static final class Frame {

        final String name;

        final StringBuilder text = new StringBuilder();

        final List<XmlNode> children = new ArrayList<>(4);

        Frame(String name) {
            this.name = name;
        }

        XmlNode toNode() {
            // Whitespace between child elements is layout, not content.
            return this.children.isEmpty()
                    ? XmlNode.leaf(this.name, this.text.toString())
                    : XmlNode.element(this.name, this.children);
        }
    }
}
