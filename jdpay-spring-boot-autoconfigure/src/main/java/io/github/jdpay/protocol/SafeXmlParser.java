package io.github.jdpay.protocol;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import io.github.jdpay.crypto.Utf8;
import io.github.jdpay.exception.JdPayMalformedMessageException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.XMLInputFactory2;
import org.codehaus.stax2.io.Stax2ByteArraySource;
import org.jspecify.annotations.Nullable;

/**
 * Parses JD's XML into {@link XmlNode}s with Woodstox, hardened against hostile input: a DTD, an entity declaration
 * or any entity reference but the five predefined ones and character references is refused outright, nothing
 * external is ever resolved, bytes that are not UTF-8 are refused, and Woodstox's own limits (depth, element count,
 * attributes, text length, entities) are set to what JD's messages need, with the tree's depth and element count
 * bounded again here. Whatever goes wrong, Woodstox's runtime exceptions included, is a
 * {@link JdPayMalformedMessageException}, and nothing is printed.
 *
 * <p>Woodstox's factory is created directly, not looked up, so the application's class path cannot change which
 * parser reads JD's messages or how it is hardened.
 */
public final class SafeXmlParser {

    static final int MAX_DEPTH = 32;

    static final int MAX_ELEMENTS = 100_000;

    /** The longest text of one element and of a whole document, in characters: JD's largest answers are far less. */
    static final int MAX_TEXT = 16 * 1024 * 1024;

    private static final XMLInputFactory2 FACTORY = createFactory();

    private SafeXmlParser() {}

    private static XMLInputFactory2 createFactory() {
        WstxInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entities are not allowed");
        });
        factory.setXMLReporter((message, errorType, relatedInformation, location) -> {});
        // Errors surface from next(), as XMLStreamException, rather than later from a getter as WstxLazyException.
        factory.setProperty(XMLInputFactory2.P_LAZY_PARSING, false);
        factory.setProperty(XMLInputFactory2.P_PRESERVE_LOCATION, false);
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH);
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_COUNT, (long) MAX_ELEMENTS);
        factory.setProperty(WstxInputProperties.P_MAX_CHILDREN_PER_ELEMENT, MAX_ELEMENTS);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 16);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, 1024);
        factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, MAX_TEXT);
        factory.setProperty(WstxInputProperties.P_MAX_CHARACTERS, (long) MAX_TEXT);
        factory.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 1L);
        factory.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 1);
        return factory;
    }

    /** Parses a document held as bytes in the encoding its declaration names (UTF-8 when none). */
    public static XmlNode parse(byte[] document) {
        if (!declaresOtherEncoding(document)) {
            Utf8.requireValid(document, 0, document.length, "XML");
        }
        return parse(document, document.length);
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

    /** Parses a decrypted document where it lies: its bytes were checked to be UTF-8 when it was decrypted. */
    static XmlNode parse(InnerDocument document) {
        return parse(document.utf8(), document.length());
    }

    /**
     * Parses a document as {@link #parse(byte[])} does, but hands the text of the root's first leaf named
     * {@code rawLeaf} over as its Latin-1 bytes, straight from Woodstox's buffer, instead of as a string: the tree
     * holds that leaf with empty text. The envelope's {@code <encrypt>} is most of its bytes and is only decoded.
     */
    static XmlFrame.Raw parseRaw(byte[] document, String rawLeaf) {
        if (!declaresOtherEncoding(document)) {
            Utf8.requireValid(document, 0, document.length, "XML");
        }
        XmlFrame.Raw raw = new XmlFrame.Raw(rawLeaf);
        raw.root = parse(document, document.length, raw);
        return raw;
    }

    private static XmlNode parse(byte[] document, int length) {
        return parse(document, length, null);
    }

    /** Woodstox reads {@code document[0, length)} in place; what follows (3DES framing) is never seen. */
    private static XmlNode parse(byte[] document, int length, XmlFrame.@Nullable Raw raw) {
        try {
            return read(FACTORY.createXMLStreamReader(new Stax2ByteArraySource(document, 0, length)), raw);
        } catch (XMLStreamException ex) {
            throw malformed(ex);
        } catch (JdPayMalformedMessageException ex) {
            throw ex;
        } catch (RuntimeException ex) {
            // WstxLazyException, IllegalArgumentException, index errors on hostile bytes: refused input all the same.
            throw new JdPayMalformedMessageException(
                    "not well-formed XML: " + ex.getClass().getSimpleName() + " while parsing", ex);
        }
    }

    /** Whether the XML declaration names an encoding other than UTF-8; Woodstox then decodes it as declared. */
    private static boolean declaresOtherEncoding(byte[] document) {
        if (document.length < 5 || document[0] != '<' || document[1] != '?') {
            return false;
        }
        String prolog = new String(document, 0, Math.min(document.length, 200), StandardCharsets.ISO_8859_1);
        int close = prolog.indexOf("?>");
        int encoding = prolog.indexOf("encoding");
        if (close < 0 || encoding < 0 || encoding > close) {
            return false;
        }
        String declared = prolog.substring(encoding, close).toUpperCase(Locale.ROOT);
        return !declared.contains("UTF-8") && !declared.contains("UTF8");
    }

    private static XmlNode read(XMLStreamReader reader, XmlFrame.@Nullable Raw raw) throws XMLStreamException {
        try {
            Deque<XmlFrame> stack = new ArrayDeque<>();
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
                        XmlFrame frame = new XmlFrame(reader.getLocalName());
                        if (raw != null && stack.size() == 1 && !raw.taken && raw.leaf.equals(frame.name)) {
                            frame.raw = true;
                            raw.taken = true;
                        }
                        stack.push(frame);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!stack.isEmpty()) {
                            XmlFrame frame = stack.peek();
                            if (!frame.raw || !frame.rawText(reader)) {
                                frame.text(reader.getText());
                            }
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        XmlFrame frame = stack.pop();
                        XmlNode node = frame.toNode();
                        if (frame.latin1 != null && raw != null) {
                            raw.bytes = frame.latin1;
                        }
                        if (stack.isEmpty()) {
                            root = node;
                        } else {
                            stack.peek().add(node);
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

    /** Woodstox's message is the reason, then on a new line " at [row,col ...]": keep the reason. */
    private static String reason(@Nullable String message) {
        if (message == null) {
            return "parse error";
        }
        int newline = message.indexOf('\n');
        String line = (newline >= 0) ? message.substring(0, newline) : message;
        return (line.length() > 200) ? line.substring(0, 200) : line;
    }
}
