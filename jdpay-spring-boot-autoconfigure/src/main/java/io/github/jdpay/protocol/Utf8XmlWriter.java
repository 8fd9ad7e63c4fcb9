package io.github.jdpay.protocol;

import io.github.jdpay.exception.JdPayValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Writes JD documents as {@link XmlWriter} defines them, straight to UTF-8 in one byte array: no UTF-16 text, no
 * {@code String} and no second encoding of a large request. The bytes are exactly those of the text encoded with
 * {@code String.getBytes(UTF_8)}, which turns a lone surrogate into {@code ?}.
 */
final class Utf8XmlWriter {

    private byte[] buffer;

    private int position;

    /** Name of an element left out where it first appears empty, its position remembered: the {@code <sign>} slot. */
    private final @Nullable String placeholder;

    private int placeholderAt = -1;

    private int lastEndTagAt = -1;

    Utf8XmlWriter(int capacity) {
        this(capacity, null);
    }

    Utf8XmlWriter(int capacity, @Nullable String placeholder) {
        this.buffer = new byte[capacity];
        this.placeholder = placeholder;
    }

    /** The bytes {@code node} takes at most once written; exact unless its text holds a lone surrogate. */
    static int length(XmlNode node) {
        int length = 5 + 2 * maxLength(node.name());
        if (node.children().isEmpty()) {
            return length + maxLength(node.text());
        }
        for (XmlNode child : node.children()) {
            length += length(child);
        }
        return length;
    }

    /** An upper bound of the bytes {@code text} takes escaped: each UTF-16 unit as UTF-8 encodes it, or its entity. */
    private static int maxLength(String text) {
        int length = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                // Two bytes below U+0800 and per surrogate (a pair takes four), three for the rest.
                length += (c < 0x800 || Character.isSurrogate(c)) ? 1 : 2;
            } else if (c == '&') {
                length += 4;
            } else if (c == '<' || c == '>') {
                length += 3;
            }
        }
        return length;
    }

    /** Appends {@code node} and its children. */
    void element(XmlNode node) {
        element(node, length(node));
    }

    /** Appends {@code node}, whose {@link #length(XmlNode)} the caller has at hand: a large one is scanned once. */
    void element(XmlNode node, int length) {
        ensure(length);
        write(node);
    }

    private void write(XmlNode node) {
        boolean leaf = node.children().isEmpty();
        if (leaf
                && this.placeholderAt < 0
                && node.name().equals(this.placeholder)
                && node.text().isEmpty()) {
            this.placeholderAt = this.position;
            return;
        }
        this.buffer[this.position++] = '<';
        unescaped(node.name());
        this.buffer[this.position++] = '>';
        if (leaf) {
            text(node.name(), node.text());
        } else {
            for (XmlNode child : node.children()) {
                write(child);
            }
        }
        this.lastEndTagAt = this.position;
        this.buffer[this.position++] = '<';
        this.buffer[this.position++] = '/';
        unescaped(node.name());
        this.buffer[this.position++] = '>';
    }

    /** Writes names and markup as they are, like {@link XmlWriter} does; they are ASCII in JD's documents. */
    private void unescaped(String name) {
        int start = this.position;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80) {
                byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
                System.arraycopy(utf8, 0, this.buffer, start, utf8.length);
                this.position = start + utf8.length;
                return;
            }
            this.buffer[this.position++] = (byte) c;
        }
    }

    /** Appends {@code text} with {@code & < >} escaped, refusing control characters. */
    void escaped(String field, String text) {
        ensure(maxLength(text));
        text(field, text);
    }

    private void text(String field, String text) {
        byte[] b = this.buffer;
        int p = this.position;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '&' && c != '<' && c != '>') {
                    b[p++] = (byte) c;
                } else {
                    p = escape(b, p, field, c);
                }
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | (c >> 6));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, text.charAt(++i));
                    b[p++] = (byte) (0xF0 | (cp >> 18));
                    b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    b[p++] = (byte) (0x80 | (cp & 0x3F));
                } else {
                    b[p++] = '?';
                }
            } else {
                if (c == 0xFFFE || c == 0xFFFF) {
                    throw new JdPayValidationException(field, XmlWriter.controlCharacterProblem(c));
                }
                b[p++] = (byte) (0xE0 | (c >> 12));
                b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        this.position = p;
    }

    private static int escape(byte[] b, int p, String field, char c) {
        String entity =
                switch (c) {
                    case '&' -> "&amp;";
                    case '<' -> "&lt;";
                    case '>' -> "&gt;";
                    default -> throw new JdPayValidationException(field, XmlWriter.controlCharacterProblem(c));
                };
        for (int i = 0; i < entity.length(); i++) {
            b[p++] = (byte) entity.charAt(i);
        }
        return p;
    }

    /** Appends text that needs no escaping, such as markup and a signature. */
    void raw(String text) {
        ensure(rawLength(text));
        unescaped(text);
    }

    /** Inserts unescaped text at {@code index}, moving what follows it. */
    void insert(int index, String text) {
        int length = rawLength(text);
        ensure(length);
        int end = this.position + length;
        System.arraycopy(this.buffer, index, this.buffer, index + length, this.position - index);
        this.position = index;
        unescaped(text);
        this.position = end;
    }

    private static int rawLength(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return text.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return text.length();
    }

    /** Moves the end by {@code length} bytes and answers where they start: room for a caller to fill. */
    int reserve(int length) {
        ensure(length);
        int start = this.position;
        this.position += length;
        return start;
    }

    /** Makes room for {@code length} more bytes. */
    void ensure(int length) {
        if (this.buffer.length - this.position < length) {
            this.buffer = Arrays.copyOf(this.buffer, Math.max(this.position + length, this.buffer.length * 3 / 2));
        }
    }

    /** Where the placeholder element was left out, or -1 if none was. */
    int placeholderAt() {
        return this.placeholderAt;
    }

    /** Where the end tag of the element last written starts: after {@link #element}, that of its root. */
    int lastEndTagAt() {
        return this.lastEndTagAt;
    }

    int position() {
        return this.position;
    }

    /** The array written so far; valid until the next write. */
    byte[] buffer() {
        return this.buffer;
    }

    /** The bytes written, without a copy when they fill the array exactly. */
    byte[] toByteArray() {
        return (this.position == this.buffer.length) ? this.buffer : Arrays.copyOf(this.buffer, this.position);
    }
}
