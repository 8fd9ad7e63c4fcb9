package io.github.jdpay.protocol;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads the plain XML that JD and this library write — UTF-8, elements and text, the five predefined entities —
 * straight from the bytes, without the set-up and buffers a StAX reader costs per document.
 *
 * <p>It answers {@code null} for anything outside that subset: a DTD, comment, processing instruction, CDATA
 * section, attribute, character reference, CR, other encoding, bad UTF-8, a mismatched tag, excess depth, and so
 * on. {@link SafeXmlParser} then reads the document with the hardened StAX parser, which accepts or refuses it as
 * before. This reader therefore never decides that a document is malformed, never resolves an entity, and returns
 * exactly the tree StAX would.
 */
final class PlainXmlReader extends PlainXmlLexer {

    /** A child of the root whose text is left in the input rather than made a string, or {@code null}. */
    private final @Nullable String keptChild;

    private @Nullable XmlNode keptNode;

    private int keptFrom;

    private int keptTo;

    /** Open elements: names, where each one's children start on {@link #nodes}, and whether it saw text. */
    private final String[] names = new String[SafeXmlParser.MAX_DEPTH];

    private final int[] firstChild = new int[SafeXmlParser.MAX_DEPTH];

    private int depth;

    /** Finished children of every open element, innermost last. */
    private XmlNode[] nodes = new XmlNode[16];

    private int nodeCount;

    private int elements;

    private PlainXmlReader(byte[] in, int end, @Nullable String keptChild) {
        super(in, end);
        this.keptChild = keptChild;
    }

    /** The tree of {@code document}, or {@code null} if it is not plain XML and must go to the full parser. */
    static @Nullable XmlNode read(byte[] document) {
        return read(document, document.length);
    }

    /** The tree of the document in {@code document[0, length)}, or {@code null} as {@link #read(byte[])}. */
    static @Nullable XmlNode read(byte[] document, int length) {
        Objects.checkFromToIndex(0, length, document.length);
        return new PlainXmlReader(document, length, null).document();
    }

    /**
     * A reader that leaves the text of the first child of the root named {@code child} in the input when it is
     * ASCII without references, as Base64 is: that node then carries empty text, and {@link #keptFrom()} and
     * {@link #keptTo()} say where its text lies. A large {@code <encrypt>} needs no string this way.
     */
    static PlainXmlReader keepingTextOf(byte[] document, String child) {
        return new PlainXmlReader(document, document.length, child);
    }

    /** The node whose text was left in the input, or {@code null} if none was. */
    @Nullable
    XmlNode keptNode() {
        return this.keptNode;
    }

    int keptFrom() {
        return this.keptFrom;
    }

    int keptTo() {
        return this.keptTo;
    }

    /** Reads the whole document: its tree, or {@code null} if it must go to the full parser. */
    @Nullable
    XmlNode document() {
        if (startsWith(DECLARATION_START) && !declaration()) {
            return null;
        }
        skipSpace();
        if (this.pos >= this.end || this.in[this.pos] != '<') {
            return null;
        }
        XmlNode root = element();
        if (root == null) {
            return null;
        }
        skipSpace();
        return (this.pos == this.end) ? root : null;
    }

    /**
     * Reads the root element and everything in it. Each turn of the loop consumes one tag or one run of text, so
     * depth costs no stack.
     */
    private @Nullable XmlNode element() {
        while (this.pos < this.end) {
            int textStart = this.pos;
            int textEnd = scanText();
            if (textEnd < 0) {
                return null;
            }
            if (this.pos >= this.end) {
                return null; // text runs to the end: unclosed element
            }
            // now at '<'
            if (this.depth > 0 && textEnd > textStart && this.nodeCount > this.firstChild[this.depth - 1]) {
                if (!isSpace(textStart, textEnd)) {
                    return null; // mixed content: StAX drops the text, but let it judge
                }
            }
            byte next = byteAt(this.pos + 1);
            if (next == '/') {
                XmlNode closed = endTag(textStart, textEnd);
                if (closed == null) {
                    return null;
                }
                if (this.depth == 0) {
                    return closed;
                }
                push(closed);
            } else if (next == '!' || next == '?') {
                return null; // DTD, comment, CDATA or processing instruction
            } else {
                if (this.depth > 0 && textEnd > textStart && !isSpace(textStart, textEnd)) {
                    return null; // text before a child: mixed content
                }
                if (!startTag()) {
                    return null;
                }
            }
        }
        return null;
    }

    private boolean startTag() {
        this.pos++; // '<'
        String name = name();
        if (name == null) {
            return false;
        }
        skipSpace();
        boolean empty = byteAt(this.pos) == '/';
        if (empty) {
            this.pos++;
        }
        if (byteAt(this.pos) != '>') {
            return false; // attributes, or a broken tag
        }
        this.pos++;
        if (this.depth >= SafeXmlParser.MAX_DEPTH || ++this.elements > SafeXmlParser.MAX_ELEMENTS) {
            return false; // StAX refuses it with the message users know
        }
        if (empty) {
            if (this.depth == 0) {
                return false; // an empty root element is no JD document; let StAX answer
            }
            push(XmlNode.leaf(name, ""));
            return true;
        }
        this.names[this.depth] = name;
        this.firstChild[this.depth] = this.nodeCount;
        this.depth++;
        return true;
    }

    private @Nullable XmlNode endTag(int textStart, int textEnd) {
        if (this.depth == 0) {
            return null;
        }
        this.pos += 2; // "</"
        String open = this.names[this.depth - 1];
        int nameStart = this.pos;
        if (!nameMatches(open)) {
            return null;
        }
        this.pos = nameStart + open.length();
        skipSpace();
        if (byteAt(this.pos) != '>') {
            return null;
        }
        this.pos++;
        this.depth--;
        int from = this.firstChild[this.depth];
        XmlNode node;
        if (this.nodeCount == from && keeps(open, textStart, textEnd)) {
            node = XmlNode.leaf(open, "");
            this.keptNode = node;
            this.keptFrom = textStart;
            this.keptTo = textEnd;
        } else if (this.nodeCount == from) {
            String text = text(textStart, textEnd);
            if (text == null) {
                return null;
            }
            node = XmlNode.leaf(open, text);
        } else {
            node = XmlNode.element(open, List.of(Arrays.copyOfRange(this.nodes, from, this.nodeCount)));
            Arrays.fill(this.nodes, from, this.nodeCount, null);
            this.nodeCount = from;
        }
        return node;
    }

    /** Whether the leaf just closed is the first child of the root with the kept name, and its text plain ASCII. */
    private boolean keeps(String name, int textStart, int textEnd) {
        if (this.depth != 1 || !name.equals(this.keptChild)) {
            return false;
        }
        if (this.nodeCount > this.firstChild[0] && hasChildNamed(name)) {
            return false; // not the first: the envelope reads the first
        }
        for (int i = textStart; i < textEnd; i++) {
            if (this.in[i] < 0 || this.in[i] == '&') {
                return false;
            }
        }
        return true;
    }

    private boolean hasChildNamed(String name) {
        for (int i = this.firstChild[0]; i < this.nodeCount; i++) {
            if (this.nodes[i].name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private void push(XmlNode node) {
        if (this.nodeCount == this.nodes.length) {
            this.nodes = Arrays.copyOf(this.nodes, this.nodes.length * 2);
        }
        this.nodes[this.nodeCount++] = node;
    }
}
