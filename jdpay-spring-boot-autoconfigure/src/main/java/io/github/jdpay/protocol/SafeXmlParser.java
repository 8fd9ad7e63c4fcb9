package io.github.jdpay.protocol;

import io.github.jdpay.exception.JdPayMalformedMessageException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

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
        // Without a reporter of its own, the JDK's parser prints "[Fatal Error]" lines to stderr on bad input.
        factory.setXMLReporter((message, errorType, relatedInformation, location) -> {});
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

    /**
     * Parses bytes with StAX as text this class decoded: the JDK's byte readers print "[Fatal Error]" to stderr
     * before they throw on a bad sequence, so they never see the bytes.
     */
    static XmlNode parseWithStax(byte[] document) {
        Charset charset = declaredCharset(document);
        String text;
        try {
            text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(document))
                    .toString();
        } catch (CharacterCodingException ex) {
            throw new JdPayMalformedMessageException("not well-formed XML: not valid " + charset.name(), ex);
        }
        // A byte order mark starts the bytes, not the document.
        return parseWithStax(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    static XmlNode parseWithStax(String document) {
        try {
            return read(FACTORY.createXMLStreamReader(new StringReader(document)));
        } catch (XMLStreamException ex) {
            throw malformed(ex);
        } catch (JdPayMalformedMessageException ex) {
            throw ex;
        } catch (RuntimeException ex) {
            throw parserFailed(ex);
        }
    }

    /**
     * The charset the XML declaration names, UTF-8 when it names none or one the JDK does not know (JD's is always
     * UTF-8; tests try GBK).
     */
    private static Charset declaredCharset(byte[] document) {
        if (document.length < 5 || document[0] != '<' || document[1] != '?') {
            return StandardCharsets.UTF_8;
        }
        String prolog = new String(document, 0, Math.min(document.length, 200), StandardCharsets.ISO_8859_1);
        int close = prolog.indexOf("?>");
        int encoding = prolog.indexOf("encoding");
        if (close < 0 || encoding < 0 || encoding > close) {
            return StandardCharsets.UTF_8;
        }
        String rest = prolog.substring(encoding, close);
        int doubleQuote = rest.indexOf('"');
        int singleQuote = rest.indexOf('\'');
        int open = (doubleQuote < 0 || (singleQuote >= 0 && singleQuote < doubleQuote)) ? singleQuote : doubleQuote;
        int end = (open < 0) ? -1 : rest.indexOf(rest.charAt(open), open + 1);
        if (end < 0) {
            return StandardCharsets.UTF_8;
        }
        String name = rest.substring(open + 1, end);
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : StandardCharsets.UTF_8;
        } catch (IllegalArgumentException ex) {
            return StandardCharsets.UTF_8;
        }
    }

    /**
     * The JDK's parser lets some of its own errors escape unchecked on hostile input (a control character inside a
     * DTD fails to find its message and throws {@code MissingResourceException}): that too is input it refuses.
     */
    private static JdPayMalformedMessageException parserFailed(RuntimeException ex) {
        return new JdPayMalformedMessageException(
                "not well-formed XML: the parser could not even report what is wrong", ex);
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
    private static String reason(String message) {
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
