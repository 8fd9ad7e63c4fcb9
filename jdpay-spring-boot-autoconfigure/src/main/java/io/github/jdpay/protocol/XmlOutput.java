package io.github.jdpay.protocol;

import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.stax.WstxOutputFactory;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLOutputFactory2;
import org.codehaus.stax2.XMLStreamWriter2;
import org.jspecify.annotations.Nullable;

/**
 * Writes JD documents as {@link XmlWriter} defines them through Woodstox's {@code XMLStreamWriter}, straight to UTF-8
 * in one byte array the codec then signs, splices and encrypts in place.
 *
 * <p>Woodstox writes the declaration (double quotes), the tags, the escaping of {@code &} and {@code <} and the
 * UTF-8. Where it differs from JD's canonical form, the value is settled before it reaches Woodstox: it leaves
 * {@code >} as it is outside {@code ]]>}, so each {@code >} goes out as the predefined entity reference
 * {@code &gt;}; it writes DEL and the C1 controls (U+007F to U+009F) as character references, so those go out raw,
 * as the UTF-8 they are; and it refuses a lone surrogate, which the codec has always written as {@code ?}, as
 * {@code String.getBytes(UTF_8)} does, so that is replaced first. Control characters below U+0020 are refused here, with
 * the field named, before Woodstox would refuse them without it.
 */
final class XmlOutput {

    private static final WstxOutputFactory FACTORY = createFactory();

    private final Bytes bytes;

    private final XMLStreamWriter2 writer;

    /** Name of an element left out where it first appears empty, its position remembered: the {@code <sign>} slot. */
    private final @Nullable String placeholder;

    private int placeholderAt = -1;

    private int lastEndTagAt = -1;

    private boolean finished;

    XmlOutput(int capacity) {
        this(capacity, null);
    }

    XmlOutput(int capacity, @Nullable String placeholder) {
        this.bytes = new Bytes(capacity);
        this.placeholder = placeholder;
        try {
            this.writer = (XMLStreamWriter2) FACTORY.createXMLStreamWriter(this.bytes, "UTF-8");
        } catch (XMLStreamException ex) {
            throw new IllegalStateException("Woodstox cannot write UTF-8", ex);
        }
    }

    private static WstxOutputFactory createFactory() {
        WstxOutputFactory factory = new WstxOutputFactory();
        factory.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, false);
        factory.setProperty(XMLOutputFactory2.P_AUTOMATIC_EMPTY_ELEMENTS, false);
        factory.setProperty(XMLOutputFactory2.P_AUTO_CLOSE_OUTPUT, false);
        factory.setProperty(WstxOutputProperties.P_USE_DOUBLE_QUOTES_IN_XML_DECL, true);
        return factory;
    }

    /** The bytes {@code node} takes at most once written; exact unless its text holds a lone surrogate. */
    static int length(XmlNode node) {
        return XmlText.length(node);
    }

    /** Writes the declaration JD hashes, {@link XmlWriter#DECLARATION}. */
    void declaration() {
        try {
            this.writer.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException ex) {
            throw failed(ex);
        }
    }

    /** Appends {@code node} and its children. */
    void element(XmlNode node) {
        try {
            write(node, true);
        } catch (XMLStreamException ex) {
            throw failed(ex);
        }
    }

    private void write(XmlNode node, boolean root) throws XMLStreamException {
        boolean leaf = node.children().isEmpty();
        if (leaf
                && this.placeholderAt < 0
                && node.name().equals(this.placeholder)
                && node.text().isEmpty()) {
            this.writer.writeCharacters(""); // closes the parent's start tag, so that the slot follows its '>'
            this.placeholderAt = position();
            return;
        }
        this.writer.writeStartElement(node.name());
        if (leaf) {
            characters(node.name(), node.text());
        } else {
            for (XmlNode child : node.children()) {
                write(child, false);
            }
        }
        if (root) {
            this.lastEndTagAt = position();
        }
        this.writer.writeEndElement();
    }

    /** Appends {@code text} with {@code & < >} escaped inside an element, refusing control characters. */
    void characters(String field, String text) throws XMLStreamException {
        String value = XmlText.checked(field, text);
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '>' || (c >= 0x7F && c <= 0x9F)) {
                if (i > from) {
                    this.writer.writeCharacters(value.substring(from, i));
                }
                if (c == '>') {
                    this.writer.writeEntityRef("gt");
                } else {
                    // Woodstox writes DEL and the C1 controls as character references; JD's form has them as UTF-8.
                    this.writer.writeRaw(String.valueOf(c));
                }
                from = i + 1;
            }
        }
        // Also for empty text: it closes the start tag, so that an empty element is written as a start and end tag.
        this.writer.writeCharacters((from == 0) ? value : value.substring(from));
    }

    /** Opens an element whose content the caller then writes as bytes ({@link #reserve}) before {@link #end()}. */
    void start(String name) {
        try {
            this.writer.writeStartElement(name);
            this.writer.writeCharacters("");
        } catch (XMLStreamException ex) {
            throw failed(ex);
        }
    }

    /** Closes the element opened last. */
    void end() {
        try {
            this.writer.writeEndElement();
        } catch (XMLStreamException ex) {
            throw failed(ex);
        }
    }

    /**
     * Moves the end by {@code length} bytes and answers where they start: room for a caller to fill with ASCII that
     * needs no escaping (Base64), written where Woodstox left off.
     */
    int reserve(int length) {
        int start = position();
        this.bytes.ensure(length);
        this.bytes.count += length;
        return start;
    }

    /** Inserts markup that needs no escaping (the {@code <sign>} element) at {@code index}, moving what follows. */
    void insert(int index, String markup) {
        finish();
        byte[] utf8 = markup.getBytes(StandardCharsets.UTF_8);
        this.bytes.ensure(utf8.length);
        byte[] b = this.bytes.buffer;
        System.arraycopy(b, index, b, index + utf8.length, this.bytes.count - index);
        System.arraycopy(utf8, 0, b, index, utf8.length);
        this.bytes.count += utf8.length;
    }

    /** Ends the document: everything Woodstox holds is in {@link #buffer()} and the writer is released. */
    void finish() {
        if (this.finished) {
            return;
        }
        this.finished = true;
        try {
            this.writer.writeEndDocument();
            this.writer.close();
        } catch (XMLStreamException ex) {
            throw failed(ex);
        }
    }

    /** Makes room for {@code length} more bytes after what is written. */
    void ensure(int length) {
        position();
        this.bytes.ensure(length);
    }

    /** Where the placeholder element was left out, or -1 if none was. */
    int placeholderAt() {
        return this.placeholderAt;
    }

    /** Where the end tag of the root element written last starts. */
    int lastEndTagAt() {
        return this.lastEndTagAt;
    }

    /** How many bytes are written, Woodstox's buffer included (which this flushes). */
    int position() {
        if (this.finished) {
            return this.bytes.count;
        }
        try {
            this.writer.flush();
        } catch (XMLStreamException ex) {
            throw failed(ex);
        }
        return this.bytes.count;
    }

    /** The array written so far, Woodstox's buffer included; valid until the next write. */
    byte[] buffer() {
        position();
        return this.bytes.buffer;
    }

    /** The bytes written, without a copy when they fill the array exactly. */
    byte[] toByteArray() {
        finish();
        byte[] b = this.bytes.buffer;
        return (this.bytes.count == b.length) ? b : Arrays.copyOf(b, this.bytes.count);
    }

    /** The text written, for callers that want one. */
    String text(int from) {
        finish();
        return new String(this.bytes.buffer, from, this.bytes.count - from, StandardCharsets.UTF_8);
    }

    private static IllegalStateException failed(XMLStreamException ex) {
        // Values are checked before Woodstox sees them and trees are well-formed by construction: this is a bug.
        return new IllegalStateException("Woodstox refused to write a JD document: " + ex.getMessage(), ex);
    }

    /** The array Woodstox writes into, open to the codec that frames and encrypts it in place. */
    private static final class Bytes extends OutputStream {

        byte[] buffer;

        int count;

        Bytes(int capacity) {
            this.buffer = new byte[capacity];
        }

        void ensure(int length) {
            if (this.buffer.length - this.count < length) {
                this.buffer = Arrays.copyOf(this.buffer, Math.max(this.count + length, this.buffer.length * 3 / 2));
            }
        }

        @Override
        public void write(int b) {
            ensure(1);
            this.buffer[this.count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            ensure(len);
            System.arraycopy(b, off, this.buffer, this.count, len);
            this.count += len;
        }
    }
}
