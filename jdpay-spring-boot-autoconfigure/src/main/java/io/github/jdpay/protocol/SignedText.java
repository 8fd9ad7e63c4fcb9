package io.github.jdpay.protocol;

import io.github.jdpay.exception.JdPaySignatureException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A decrypted JD document split into the bytes that were signed and the signature, cut out of the UTF-8 bytes as
 * they arrived so that every other byte is verified exactly as received. The markers are ASCII, which UTF-8 never
 * uses inside a multi-byte character, so the cut falls exactly where a cut of the text would.
 *
 * @param unsigned the UTF-8 of the document with the whole {@code <sign>...</sign>} element removed
 * @param signature the Base64 text between the first {@code <sign>} and the last {@code </sign>}
 */
record SignedText(byte[] unsigned, String signature) {

    private static final byte[] OPEN = "<sign>".getBytes(StandardCharsets.US_ASCII);

    private static final byte[] CLOSE = "</sign>".getBytes(StandardCharsets.US_ASCII);

    static SignedText cut(byte[] document) {
        int start = indexOf(document, OPEN);
        int end = lastIndexOf(document, CLOSE);
        if (start < 0 || end < start + OPEN.length) {
            throw new JdPaySignatureException("message carries no <sign> element");
        }
        int after = end + CLOSE.length;
        byte[] unsigned = new byte[document.length - (after - start)];
        System.arraycopy(document, 0, unsigned, 0, start);
        System.arraycopy(document, after, unsigned, start, document.length - after);
        int from = start + OPEN.length;
        return new SignedText(unsigned, new String(document, from, end - from, StandardCharsets.UTF_8));
    }

    private static int indexOf(byte[] in, byte[] pattern) {
        for (int i = 0; i <= in.length - pattern.length; i++) {
            if (Arrays.equals(in, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] in, byte[] pattern) {
        for (int i = in.length - pattern.length; i >= 0; i--) {
            if (Arrays.equals(in, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        return -1;
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
