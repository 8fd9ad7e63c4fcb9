package io.github.jdpay.protocol;

import io.github.jdpay.crypto.JdPayVerifier;
import io.github.jdpay.exception.JdPaySignatureException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where the signature lies in a decrypted JD document: the whole {@code <sign>...</sign>} element, cut out of the
 * UTF-8 bytes as they arrived so that every other byte is verified exactly as received, and the signature text. The
 * markers are ASCII, which UTF-8 never uses inside a multi-byte character, so the cut falls exactly where a cut of
 * the text would.
 *
 * @param document the UTF-8 of the document, of which the first {@code length} bytes count
 * @param length how many bytes of {@code document} the document fills
 * @param cutFrom where {@code <sign>} starts
 * @param cutTo where the last {@code </sign>} ends
 * @param signature the Base64 text between the first {@code <sign>} and the last {@code </sign>}
 */
record SignedText(byte[] document, int length, int cutFrom, int cutTo, String signature) {

    private static final byte[] OPEN = "<sign>".getBytes(StandardCharsets.US_ASCII);

    private static final byte[] CLOSE = "</sign>".getBytes(StandardCharsets.US_ASCII);

    static SignedText cut(byte[] document) {
        return cut(document, document.length);
    }

    static SignedText cut(byte[] document, int length) {
        int start = indexOf(document, length, OPEN);
        int end = lastIndexOf(document, length, CLOSE);
        if (start < 0 || end < start + OPEN.length) {
            throw new JdPaySignatureException("message carries no <sign> element");
        }
        int from = start + OPEN.length;
        return new SignedText(
                document,
                length,
                start,
                end + CLOSE.length,
                new String(document, from, end - from, StandardCharsets.UTF_8));
    }

    /** Whether the signature verifies over the document without the cut, checked where the bytes lie. */
    boolean verifiesWith(JdPayVerifier verifier) {
        return CryptoRanges.verify(verifier, this.document, 0, this.length, this.cutFrom, this.cutTo, this.signature);
    }

    /** A copy of the bytes that were signed: the document without the cut. */
    byte[] unsigned() {
        byte[] unsigned = new byte[this.length - (this.cutTo - this.cutFrom)];
        System.arraycopy(this.document, 0, unsigned, 0, this.cutFrom);
        System.arraycopy(this.document, this.cutTo, unsigned, this.cutFrom, this.length - this.cutTo);
        return unsigned;
    }

    private static int indexOf(byte[] in, int length, byte[] pattern) {
        for (int i = 0; i <= length - pattern.length; i++) {
            if (in[i] == pattern[0] && Arrays.equals(in, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] in, int length, byte[] pattern) {
        for (int i = length - pattern.length; i >= 0; i--) {
            if (in[i] == pattern[0] && Arrays.equals(in, i, i + pattern.length, pattern, 0, pattern.length)) {
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
