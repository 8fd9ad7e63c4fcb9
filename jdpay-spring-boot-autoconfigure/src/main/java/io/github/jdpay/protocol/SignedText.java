package io.github.jdpay.protocol;

import io.github.jdpay.exception.JdPaySignatureException;

/**
 * A decrypted JD document split into the bytes that were signed and the signature, cut out by substring so that
 * every other byte is verified exactly as received.
 *
 * @param unsigned the document with the whole {@code <sign>...</sign>} element removed
 * @param signature the Base64 text between the first {@code <sign>} and the last {@code </sign>}
 */
record SignedText(String unsigned, String signature) {

    private static final String OPEN = "<sign>";

    private static final String CLOSE = "</sign>";

    static SignedText cut(String document) {
        int start = document.indexOf(OPEN);
        int end = document.lastIndexOf(CLOSE);
        if (start < 0 || end < start + OPEN.length()) {
            throw new JdPaySignatureException("message carries no <sign> element");
        }
        String unsigned = document.substring(0, start) + document.substring(end + CLOSE.length());
        return new SignedText(unsigned, document.substring(start + OPEN.length(), end));
    }

    /**
     * JD's own library canonicalises before hashing: it adds the declaration when missing and drops TAB, CR and LF
     * along with the spaces around them. Applied only as a fallback, when the raw bytes do not verify.
     */
    static String canonicalize(String document) {
        StringBuilder sb = new StringBuilder(document.length() + 40);
        if (!document.startsWith("<?xml")) {
            sb.append(XmlWriter.DECLARATION);
        }
        int pieceStart = 0;
        for (int i = 0; i <= document.length(); i++) {
            if (i == document.length() || isLineBreakOrTab(document.charAt(i))) {
                sb.append(document.substring(pieceStart, i).trim());
                pieceStart = i + 1;
            }
        }
        return sb.toString();
    }

    private static boolean isLineBreakOrTab(char c) {
        return c == '\t' || c == '\r' || c == '\n';
    }
}
