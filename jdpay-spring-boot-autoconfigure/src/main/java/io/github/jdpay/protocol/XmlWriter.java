package io.github.jdpay.protocol;

import io.github.jdpay.exception.JdPayValidationException;

/**
 * Writes a JD inner document exactly as JD's signing library would canonicalise it: the fixed declaration, one line,
 * no indentation, {@code & < >} escaped.
 *
 * <p>TAB, CR, LF and other control characters are refused rather than written: JD's own decryption corrupts them
 * and its canonicalisation strips them, so a signature over them could never verify at JD.
 */
public final class XmlWriter {

    /** The declaration JD hashes, byte for byte: no space before {@code ?>}, no {@code standalone}. */
    public static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private XmlWriter() {}

    /** Writes {@code root} as a whole document, declaration included. */
    public static String document(XmlNode root) {
        StringBuilder sb = new StringBuilder(512);
        sb.append(DECLARATION);
        element(sb, root);
        return sb.toString();
    }

    /** Appends {@code node} and its children to {@code sb}. */
    public static void element(StringBuilder sb, XmlNode node) {
        sb.append('<').append(node.name()).append('>');
        if (node.children().isEmpty()) {
            escape(sb, node.name(), node.text());
        } else {
            for (XmlNode child : node.children()) {
                element(sb, child);
            }
        }
        sb.append("</").append(node.name()).append('>');
    }

    /** Appends {@code text} with {@code & < >} escaped, refusing control characters. */
    public static void escape(StringBuilder sb, String field, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        throw new JdPayValidationException(field, controlCharacterProblem(c));
                    }
                    sb.append(c);
                }
            }
        }
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
