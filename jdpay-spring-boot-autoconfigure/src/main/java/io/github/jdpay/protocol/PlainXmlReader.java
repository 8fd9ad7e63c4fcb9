package io.github.jdpay.protocol;

import java.nio.charset.StandardCharsets;
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
final class PlainXmlReader {

    private static final byte[] DECLARATION_START = "<?xml".getBytes(StandardCharsets.US_ASCII);

    /**
     * Element names seen before, by a hash of their bytes. JD's documents use a few dozen names, so reusing the
     * strings saves a third of what reading a document allocates. Slots are overwritten freely: a lost race or a
     * collision only costs a new string, and a string is safe to share between threads.
     */
    private static final String[] NAMES = new String[256];

    /** Bytes that end a run of plain text or need a closer look: {@code < & >} and controls but TAB and LF. */
    private static final boolean[] STOPS = new boolean[256];

    static {
        for (int c = 0; c < 0x20; c++) {
            STOPS[c] = c != '\t' && c != '\n';
        }
        STOPS['<'] = true;
        STOPS['&'] = true;
        STOPS['>'] = true;
    }

    private final byte[] in;

    /** Where the document ends in {@link #in}: a decrypted one is followed by what is left of its framing. */
    private final int end;

    private int pos;

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
        this.in = in;
        this.end = end;
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

    /**
     * Scans text up to the next {@code <} and checks it is plain: no CR, no control character, no {@code >}, only
     * the five predefined entities. Returns where the text ends, or -1 if it is not plain.
     */
    private int scanText() {
        byte[] b = this.in;
        int i = this.pos;
        int end = this.end;
        while (i < end) {
            byte c = b[i];
            if (!STOPS[c & 0xFF]) {
                i++; // the usual case, one look-up per byte
                continue;
            }
            if (c == '<') {
                break;
            }
            if (c == '&') {
                int length = entityLength(i);
                if (length < 0) {
                    return -1;
                }
                i += length;
                continue;
            }
            if ((c >= 0 && c < 0x20 && c != '\t' && c != '\n') || c == '>') {
                return -1; // CR needs line-end normalisation; ']]>' is illegal: leave both to StAX
            }
            i++;
        }
        this.pos = i;
        return i;
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

    /** An ASCII XML name without a colon; anything else (namespaces, non-ASCII names) goes to StAX. */
    private @Nullable String name() {
        int start = this.pos;
        while (this.pos < this.end && isNameByte(this.in[this.pos], this.pos == start)) {
            this.pos++;
        }
        if (this.pos == start) {
            return null;
        }
        int hash = 0;
        for (int i = start; i < this.pos; i++) {
            hash = 31 * hash + this.in[i];
        }
        int slot = (hash ^ (hash >>> 8)) & (NAMES.length - 1);
        String known = NAMES[slot];
        if (known != null && known.length() == this.pos - start && sameBytes(start, known)) {
            return known;
        }
        String name = new String(this.in, start, this.pos - start, StandardCharsets.US_ASCII);
        NAMES[slot] = name;
        return name;
    }

    private boolean nameMatches(String name) {
        int length = name.length();
        if (!matches(this.pos, name)) {
            return false;
        }
        int after = this.pos + length;
        return after == this.end || !isNameByte(this.in[after], false);
    }

    private boolean sameBytes(int at, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            if (this.in[at + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNameByte(byte c, boolean first) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') {
            return true;
        }
        return !first && ((c >= '0' && c <= '9') || c == '-' || c == '.');
    }

    /** Text of a leaf, entities replaced; {@code null} if its bytes are not valid UTF-8 or not XML characters. */
    private @Nullable String text(int start, int end) {
        boolean ascii = true;
        boolean entities = false;
        for (int i = start; i < end; i++) {
            byte c = this.in[i];
            ascii &= c >= 0;
            entities |= c == '&';
        }
        if (!entities) {
            String text = new String(
                    this.in, start, end - start, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            return (ascii || isXmlText(text)) ? text : null;
        }
        StringBuilder sb = new StringBuilder(end - start);
        int run = start;
        for (int i = start; i < end; i++) {
            if (this.in[i] == '&') {
                sb.append(new String(this.in, run, i - run, StandardCharsets.UTF_8));
                int length = entityLength(i);
                sb.append(entityValue(this.in[i + 1], this.in[i + 2]));
                i += length - 1;
                run = i + 1;
            }
        }
        sb.append(new String(this.in, run, end - run, StandardCharsets.UTF_8));
        String text = sb.toString();
        return (ascii || isXmlText(text)) ? text : null;
    }

    /** No replacement character (bad UTF-8 decodes to one) and no U+FFFE or U+FFFF, which XML forbids. */
    private static boolean isXmlText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFFFD') {
                return false;
            }
        }
        return true;
    }

    /** Length of the predefined entity reference at {@code i}, or -1 if it is anything else. */
    private int entityLength(int i) {
        byte[] b = this.in;
        if (matches(i, "&amp;") || matches(i, "&quot;") || matches(i, "&apos;")) {
            return (b[i + 1] == 'a' && b[i + 2] == 'm') ? 5 : 6;
        }
        if (matches(i, "&lt;") || matches(i, "&gt;")) {
            return 4;
        }
        return -1;
    }

    private static char entityValue(byte first, byte second) {
        return switch (first) {
            case 'l' -> '<';
            case 'g' -> '>';
            case 'q' -> '"';
            default -> (second == 'm') ? '&' : '\'';
        };
    }

    private boolean matches(int at, String ascii) {
        return at + ascii.length() <= this.end && sameBytes(at, ascii);
    }

    /**
     * The declaration: {@code version="1.0"} and optionally {@code encoding="UTF-8"} (any case), in either quotes,
     * with the spacing JD uses. Any other declaration goes to StAX.
     */
    private boolean declaration() {
        this.pos = DECLARATION_START.length;
        if (!attribute("version", "1.0")) {
            return false;
        }
        int beforeEncoding = this.pos;
        if (!attribute("encoding", "UTF-8")) {
            this.pos = beforeEncoding;
        }
        skipSpace();
        if (!matches(this.pos, "?>")) {
            return false;
        }
        this.pos += 2;
        return true;
    }

    private boolean attribute(String name, String value) {
        int start = this.pos;
        skipSpace();
        if (this.pos == start || !matches(this.pos, name)) {
            return false;
        }
        this.pos += name.length();
        skipSpace();
        if (byteAt(this.pos) != '=') {
            return false;
        }
        this.pos++;
        skipSpace();
        byte quote = byteAt(this.pos);
        if ((quote != '"' && quote != '\'') || this.pos + value.length() + 1 >= this.end) {
            return false;
        }
        String actual = new String(this.in, this.pos + 1, value.length(), StandardCharsets.ISO_8859_1);
        if (!actual.equalsIgnoreCase(value) || this.in[this.pos + 1 + value.length()] != quote) {
            return false;
        }
        this.pos += value.length() + 2;
        return true;
    }

    private boolean startsWith(byte[] prefix) {
        return this.end >= prefix.length && Arrays.equals(this.in, 0, prefix.length, prefix, 0, prefix.length);
    }

    private void skipSpace() {
        while (this.pos < this.end && isSpace(this.in[this.pos])) {
            this.pos++;
        }
    }

    private boolean isSpace(int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isSpace(this.in[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n';
    }

    private byte byteAt(int index) {
        return (index < this.end) ? this.in[index] : 0;
    }
}
