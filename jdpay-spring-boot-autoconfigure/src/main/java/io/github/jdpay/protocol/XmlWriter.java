package io.github.jdpay.protocol;

import java.nio.charset.StandardCharsets;

/**
 * Writes a JD inner document exactly as JD's signing library would canonicalise it: the fixed declaration, one line,
 * no indentation, {@code & < >} escaped.
 *
 * <p>TAB, CR, LF and other control characters are refused rather than written: JD's own decryption corrupts them
 * and its canonicalisation strips them, so a signature over them could never verify at JD. A lone surrogate, which
 * UTF-8 cannot carry, is written as {@code ?}, as {@code String.getBytes} would encode it.
 *
 * <p>The codec writes the same documents straight to UTF-8 bytes with {@link Utf8XmlWriter}; these text forms are
 * made from those bytes, so both always agree.
 */
public final class XmlWriter {

    /** The declaration JD hashes, byte for byte: no space before {@code ?>}, no {@code standalone}. */
    public static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private XmlWriter() {}

    /** Writes {@code root} as a whole document, declaration included. */
    public static String document(XmlNode root) {
        Utf8XmlWriter out = new Utf8XmlWriter(DECLARATION.length() + Utf8XmlWriter.length(root));
        out.raw(DECLARATION);
        out.element(root);
        return text(out);
    }

    /** Appends {@code node} and its children to {@code sb}. */
    public static void element(StringBuilder sb, XmlNode node) {
        Utf8XmlWriter out = new Utf8XmlWriter(Utf8XmlWriter.length(node));
        out.element(node);
        sb.append(text(out));
    }

    /** Appends {@code text} with {@code & < >} escaped, refusing control characters. */
    public static void escape(StringBuilder sb, String field, String text) {
        Utf8XmlWriter out = new Utf8XmlWriter(0);
        out.escaped(field, text);
        sb.append(text(out));
    }

    /** The text form, for callers that want one; the codec itself keeps the bytes. */
    private static String text(Utf8XmlWriter out) {
        return new String(out.buffer(), 0, out.position(), StandardCharsets.UTF_8);
    }

    static String controlCharacterProblem(char c) {
        String name =
                switch (c) {
                    case '\t' -> "TAB";
                    case '\r' -> "CR";
                    case '\n' -> "LF";
                    default -> String.format("U+%04X", (int) c);
                };
        return "must not contain the control character " + name + " (JD cannot sign or decrypt it)";
    }
}
