package io.github.jdpay.crypto;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decrypted document JD signed, as a verifier sees it: the vector's inner document, the range of its
 * {@code <sign>} element and the signature it holds.
 *
 * @param document the whole document, {@code <sign>} included
 * @param signFrom where {@code <sign>} starts in {@code document}
 * @param signTo where {@code </sign>} ends
 * @param sign the Base64 signature
 */
public record JdSignedDocument(byte[] document, int signFrom, int signTo, String sign) {

    /** JD's payment notification N2 (jdpay-v2.md B.6) of merchant 22294531, signed with JD's published test key. */
    public static JdSignedDocument n2() {
        return of("N2");
    }

    public static JdSignedDocument of(String vector) {
        String inner = TestKeys.resource("vectors/" + vector + ".inner.xml");
        Matcher sign = Pattern.compile("<sign>([^<]*)</sign>").matcher(inner);
        if (!sign.find()) {
            throw new IllegalStateException(vector + " has no <sign>");
        }
        return new JdSignedDocument(
                inner.getBytes(StandardCharsets.UTF_8),
                utf8Length(inner.substring(0, sign.start())),
                utf8Length(inner.substring(0, sign.end())),
                sign.group(1));
    }

    /** The bytes JD signed: the document without its {@code <sign>} element. */
    public byte[] signed() {
        byte[] signed = new byte[this.document.length - (this.signTo - this.signFrom)];
        System.arraycopy(this.document, 0, signed, 0, this.signFrom);
        System.arraycopy(this.document, this.signTo, signed, this.signFrom, this.document.length - this.signTo);
        return signed;
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
