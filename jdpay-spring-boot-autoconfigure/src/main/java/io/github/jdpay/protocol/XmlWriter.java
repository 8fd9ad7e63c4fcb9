package io.github.jdpay.protocol;

import javax.xml.stream.XMLStreamException;

/**
 * Writes a JD inner document exactly as JD's signing library would canonicalise it: the fixed declaration, one line,
 * no indentation, {@code & < >} escaped.
 *
 * <p>TAB, CR, LF and other control characters are refused rather than written: JD's own decryption corrupts them
 * and its canonicalisation strips them, so a signature over them could never verify at JD. A lone surrogate, which
 * UTF-8 cannot carry, is written as {@code ?}, as {@code String.getBytes} would encode it.
 *
 * <p>The codec writes the same documents straight to UTF-8 bytes with {@link XmlOutput} (Woodstox); these text forms
 * are made from those bytes, so both always agree.
 */
public final class XmlWriter {

    /** The declaration JD hashes, byte for byte: no space before {@code ?>}, no {@code standalone}. */
    public static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private XmlWriter() {}

    /** Writes {@code root} as a whole document, declaration included. */
    public static String document(XmlNode root) {
        XmlOutput out = new XmlOutput(DECLARATION.length() + XmlOutput.length(root));
        out.declaration();
        out.element(root);
        return out.text(0);
    }

    /** Appends {@code node} and its children to {@code sb}. */
    public static void element(StringBuilder sb, XmlNode node) {
        XmlOutput out = new XmlOutput(XmlOutput.length(node));
        out.element(node);
        sb.append(out.text(0));
    }

    /** Appends {@code text} with {@code & < >} escaped, refusing control characters. */
    public static void escape(StringBuilder sb, String field, String text) {
        // Woodstox escapes text only inside an element: write one and keep what lies between its tags.
        XmlOutput out = new XmlOutput(16 + text.length());
        out.start("x");
        try {
            out.characters(field, text);
        } catch (XMLStreamException ex) {
            throw new IllegalStateException("Woodstox refused checked text", ex);
        }
        out.end();
        String element = out.text(0);
        sb.append(element, "<x>".length(), element.length() - "</x>".length());
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
