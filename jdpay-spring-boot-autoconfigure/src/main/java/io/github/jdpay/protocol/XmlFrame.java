package io.github.jdpay.protocol;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/** One open element while {@link SafeXmlParser} builds a tree: its name, its text and its children so far. */
final class XmlFrame {

    final String name;

    /** Whether this element's text goes to {@link #latin1} rather than into the tree. */
    boolean raw;

    byte @Nullable [] latin1;

    /** The text: one string, as coalescing gives one event per run; joined only where a comment splits it. */
    private @Nullable String text;

    private @Nullable StringBuilder joined;

    private @Nullable List<XmlNode> children;

    XmlFrame(String name) {
        this.name = name;
    }

    /** Takes the event's text as Latin-1 bytes; false (and no longer raw) if it cannot be taken so exactly. */
    boolean rawText(XMLStreamReader reader) {
        if (this.children != null) {
            return true; // layout between children, as text() drops it
        }
        if (this.latin1 == null && this.text == null) {
            char[] chars = reader.getTextCharacters();
            int start = reader.getTextStart();
            int length = reader.getTextLength();
            byte[] bytes = new byte[length];
            // The JDK's Latin-1 encoder is vectorised, and stops at the first character it cannot encode.
            CoderResult result = StandardCharsets.ISO_8859_1
                    .newEncoder()
                    .encode(CharBuffer.wrap(chars, start, length), ByteBuffer.wrap(bytes), true);
            if (result.isUnderflow()) {
                this.latin1 = bytes;
                return true;
            }
        } else if (this.latin1 != null) {
            // A comment split the text: back to a string, as any other element's text is joined.
            this.text = new String(this.latin1, StandardCharsets.ISO_8859_1);
            this.latin1 = null;
        }
        this.raw = false;
        return false;
    }

    void text(String piece) {
        if (this.children != null) {
            return; // whitespace between child elements is layout, not content
        }
        if (this.text == null) {
            this.text = piece;
        } else {
            if (this.joined == null) {
                this.joined = new StringBuilder(this.text);
            }
            this.joined.append(piece);
        }
    }

    void add(XmlNode child) {
        if (this.children == null) {
            this.children = new ArrayList<>(8);
        }
        this.children.add(child);
    }

    XmlNode toNode() {
        if (this.children != null) {
            this.latin1 = null;
            return XmlNode.element(this.name, this.children);
        }
        String value = (this.joined != null) ? this.joined.toString() : this.text;
        return XmlNode.leaf(this.name, (value != null) ? value : "");
    }

    /** A tree and the Latin-1 bytes of its raw leaf's text ({@code null} if there is no such leaf with text). */
    static final class Raw {

        final String leaf;

        @Nullable
        XmlNode root;

        /** Whether the root had such a leaf: only the first is taken raw, as {@code childText} reads the first. */
        boolean taken;

        byte @Nullable [] bytes;

        Raw(String leaf) {
            this.leaf = leaf;
        }
    }
}
