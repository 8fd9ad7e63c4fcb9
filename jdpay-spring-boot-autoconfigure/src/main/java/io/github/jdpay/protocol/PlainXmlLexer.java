package io.github.jdpay.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The byte-level half of {@link PlainXmlReader}: the input and the position in it, and the scanning of names, text,
 * the five predefined entities and the declaration. Kept apart from the tree building so that each file reads on its
 * own; the reader extends it, so the hot loop still reads the fields of one object.
 */
abstract class PlainXmlLexer {

    static final byte[] DECLARATION_START = "<?xml".getBytes(StandardCharsets.US_ASCII);

    /**
     * Element names seen before, by a hash of their bytes. JD's documents use a few dozen names, so reusing the
     * strings saves a third of what reading a document allocates. Slots are overwritten freely: a lost race or a
     * collision only costs a new string, and a string is safe to share between threads.
     */
    static final String[] NAMES = new String[256];

    /** Bytes that end a run of plain text or need a closer look: {@code < & >} and controls but TAB and LF. */
    static final boolean[] STOPS = new boolean[256];

    static {
        for (int c = 0; c < 0x20; c++) {
            STOPS[c] = c != '\t' && c != '\n';
        }
        STOPS['<'] = true;
        STOPS['&'] = true;
        STOPS['>'] = true;
    }

    final byte[] in;

    /** Where the document ends in {@link #in}: a decrypted one is followed by what is left of its framing. */
    final int end;

    int pos;

    PlainXmlLexer(byte[] in, int end) {
        this.in = in;
        this.end = end;
    }

    /**
     * Scans text up to the next {@code <} and checks it is plain: no CR, no control character, no {@code >}, only
     * the five predefined entities. Returns where the text ends, or -1 if it is not plain.
     */
    final int scanText() {
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

    /** An ASCII XML name without a colon; anything else (namespaces, non-ASCII names) goes to StAX. */
    final @Nullable String name() {
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

    final boolean nameMatches(String name) {
        int length = name.length();
        if (!matches(this.pos, name)) {
            return false;
        }
        int after = this.pos + length;
        return after == this.end || !isNameByte(this.in[after], false);
    }

    final boolean sameBytes(int at, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            if (this.in[at + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static boolean isNameByte(byte c, boolean first) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') {
            return true;
        }
        return !first && ((c >= '0' && c <= '9') || c == '-' || c == '.');
    }

    /** Text of a leaf, entities replaced; {@code null} if its bytes are not valid UTF-8 or not XML characters. */
    final @Nullable String text(int start, int end) {
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
    static boolean isXmlText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFFFD') {
                return false;
            }
        }
        return true;
    }

    /** Length of the predefined entity reference at {@code i}, or -1 if it is anything else. */
    final int entityLength(int i) {
        byte[] b = this.in;
        if (matches(i, "&amp;") || matches(i, "&quot;") || matches(i, "&apos;")) {
            return (b[i + 1] == 'a' && b[i + 2] == 'm') ? 5 : 6;
        }
        if (matches(i, "&lt;") || matches(i, "&gt;")) {
            return 4;
        }
        return -1;
    }

    static char entityValue(byte first, byte second) {
        return switch (first) {
            case 'l' -> '<';
            case 'g' -> '>';
            case 'q' -> '"';
            default -> (second == 'm') ? '&' : '\'';
        };
    }

    final boolean matches(int at, String ascii) {
        return at + ascii.length() <= this.end && sameBytes(at, ascii);
    }

    /**
     * The declaration: {@code version="1.0"} and optionally {@code encoding="UTF-8"} (any case), in either quotes,
     * with the spacing JD uses. Any other declaration goes to StAX.
     */
    final boolean declaration() {
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

    final boolean attribute(String name, String value) {
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

    final boolean startsWith(byte[] prefix) {
        return this.end >= prefix.length && Arrays.equals(this.in, 0, prefix.length, prefix, 0, prefix.length);
    }

    final void skipSpace() {
        while (this.pos < this.end && isSpace(this.in[this.pos])) {
            this.pos++;
        }
    }

    final boolean isSpace(int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isSpace(this.in[i])) {
                return false;
            }
        }
        return true;
    }

    static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n';
    }

    final byte byteAt(int index) {
        return (index < this.end) ? this.in[index] : 0;
    }
}
