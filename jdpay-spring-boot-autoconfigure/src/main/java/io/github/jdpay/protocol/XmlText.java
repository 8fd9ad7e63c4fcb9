package io.github.jdpay.protocol;

import io.github.jdpay.exception.JdPayValidationException;

/** The values of a JD document as {@link XmlOutput} hands them to Woodstox: their size, and checked. */
final class XmlText {

    private XmlText() {}

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

    /** {@code text} as JD's canonical form carries it: a lone surrogate as {@code ?}; controls are refused. */
    static String checked(String field, String text) {
        boolean loneSurrogate = false;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                throw new JdPayValidationException(field, XmlWriter.controlCharacterProblem(c));
            }
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                loneSurrogate = true;
            }
        }
        return loneSurrogate ? replaceLoneSurrogates(text) : text;
    }

    private static String replaceLoneSurrogates(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                sb.append(c).append(text.charAt(++i));
            } else {
                sb.append(Character.isSurrogate(c) ? '?' : c);
            }
        }
        return sb.toString();
    }
}
