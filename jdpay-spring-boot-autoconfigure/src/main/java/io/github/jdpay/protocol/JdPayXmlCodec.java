package io.github.jdpay.protocol;

import io.github.jdpay.crypto.Base64Text;
import io.github.jdpay.crypto.Hex;
import io.github.jdpay.crypto.JdPayCipher;
import io.github.jdpay.crypto.JdPaySigner;
import io.github.jdpay.crypto.JdPayVerifier;
import io.github.jdpay.crypto.Utf8;
import io.github.jdpay.exception.JdPayMalformedMessageException;
import io.github.jdpay.exception.JdPaySignatureException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * The JD Pay 2.0 XML codec for one key set: seals documents (sign, embed {@code <sign>}, 3DES, Base64, wrap) and
 * opens them (decrypt, verify, parse).
 *
 * <p>The codec is symmetric: a merchant seals with its private key and opens with JD's public key; the simulator
 * seals with its JD key and opens with the merchant's public key. Instances are immutable and thread-safe.
 */
public final class JdPayXmlCodec {

    /** The protocol version JD Pay 2.0 messages carry. */
    public static final String VERSION = "V2.0";

    private static final String SIGN_PLACEHOLDER = "<sign></sign>";

    private static final String ROOT_END = "</jdpay>";

    private final JdPayCipher cipher;

    private final JdPaySigner signer;

    private final JdPayVerifier verifier;

    public JdPayXmlCodec(JdPayCipher cipher, JdPaySigner signer, JdPayVerifier verifier) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
    }

    /**
     * Writes and signs an inner document. The signature goes where {@code document} has an empty {@code sign}
     * child (JD's notifications carry it mid-document), otherwise just before {@code </jdpay>} as JD's library does.
     */
    public String signDocument(XmlNode document) {
        String xml = XmlWriter.document(document);
        int placeholder = xml.indexOf(SIGN_PLACEHOLDER);
        String unsigned = (placeholder >= 0)
                ? xml.substring(0, placeholder) + xml.substring(placeholder + SIGN_PLACEHOLDER.length())
                : xml;
        String sign = this.signer.sign(unsigned.getBytes(StandardCharsets.UTF_8));
        if (placeholder >= 0) {
            return xml.substring(0, placeholder) + "<sign>" + sign + "</sign>"
                    + xml.substring(placeholder + SIGN_PLACEHOLDER.length());
        }
        return xml.substring(0, xml.length() - ROOT_END.length()) + "<sign>" + sign + "</sign>" + ROOT_END;
    }

    /** Seals a request: the envelope carries version, merchant and the encrypted signed document. */
    public String seal(String merchant, XmlNode document) {
        return envelope(merchant, null, encryptDocument(signDocument(document)));
    }

    /** Seals a response or notification: as a request, plus the clear-text {@code <result>} JD puts outside. */
    public String seal(String merchant, XmlNode document, JdPayResult result) {
        return envelope(merchant, result, encryptDocument(signDocument(document)));
    }

    /** The {@code <encrypt>} text for a signed document: Base64 of the ASCII of the lowercase hex ciphertext. */
    public String encryptDocument(String signedDocument) {
        byte[] hex = Hex.encodeToAscii(this.cipher.encrypt(signedDocument.getBytes(StandardCharsets.UTF_8)));
        return Base64.getEncoder().encodeToString(hex);
    }

    /** An envelope without encrypted content, as JD answers failures. */
    public static String failureEnvelope(String merchant, JdPayResult result) {
        return envelope(merchant, result, null);
    }

    private static String envelope(String merchant, JdPayResult result, String encrypt) {
        StringBuilder sb = new StringBuilder(128 + ((encrypt != null) ? encrypt.length() : 0));
        sb.append(XmlWriter.DECLARATION)
                .append("<jdpay><version>")
                .append(VERSION)
                .append("</version>");
        XmlWriter.element(sb, XmlNode.leaf("merchant", merchant));
        if (result != null) {
            XmlWriter.element(sb, result.toNode());
        }
        if (encrypt != null) {
            sb.append("<encrypt>").append(encrypt).append("</encrypt>");
        }
        return sb.append(ROOT_END).toString();
    }

    /**
     * Decrypts, verifies and parses the content of an envelope.
     *
     * @throws JdPayMalformedMessageException if the envelope has no content or it does not decode
     * @throws JdPaySignatureException if the signature does not verify
     */
    public JdPayMessage open(JdPayEnvelope envelope) {
        String encrypt = envelope.encrypt();
        if (encrypt == null || encrypt.isBlank()) {
            throw new JdPayMalformedMessageException("envelope carries no <encrypt>");
        }
        // Verify and parse the decrypted bytes themselves, so the document is never encoded back to UTF-8.
        byte[] plaintext = decrypt(encrypt);
        String document = Utf8.decode(plaintext, "decrypted document");
        verify(plaintext, document);
        JdPayMessage message = message(document, SafeXmlParser.parse(document, plaintext));
        if (!message.merchant().equals(envelope.merchant())) {
            throw new JdPayMalformedMessageException("envelope merchant " + envelope.merchant()
                    + " does not match the signed merchant " + message.merchant());
        }
        return message;
    }

    /** Decrypts the text of an {@code <encrypt>} element to the inner document. */
    public String decryptDocument(String encrypt) {
        return Utf8.decode(decrypt(encrypt), "decrypted document");
    }

    private byte[] decrypt(String encrypt) {
        byte[] ciphertext = Base64Text.decodeHexLenient(encrypt);
        if (ciphertext == null) {
            throw new JdPayMalformedMessageException("<encrypt> is not valid Base64");
        }
        return this.cipher.decrypt(ciphertext);
    }

    /**
     * Verifies and parses a decrypted inner document: the raw text first, then JD's canonical form as a fallback.
     *
     * @throws JdPaySignatureException if neither verifies
     */
    public JdPayMessage openDocument(String document) {
        verify(document.getBytes(StandardCharsets.UTF_8), document);
        return message(document, SafeXmlParser.parse(document));
    }

    /** Checks the signature over {@code utf8}, the bytes of {@code document}, or else over JD's canonical form. */
    private void verify(byte[] utf8, String document) {
        if (!verifies(utf8)) {
            String canonical = SignedText.canonicalize(document);
            if (canonical.equals(document) || !verifies(canonical.getBytes(StandardCharsets.UTF_8))) {
                throw new JdPaySignatureException("signature of the JD Pay message does not verify with the configured "
                        + "public key (check the key and that DES key and merchant belong together)");
            }
        }
    }

    private static JdPayMessage message(String document, XmlNode root) {
        if (!"jdpay".equals(root.name())) {
            throw new JdPayMalformedMessageException("expected a <jdpay> document but found <" + root.name() + ">");
        }
        String merchant = root.childText("merchant");
        if (merchant == null || merchant.isBlank()) {
            throw new JdPayMalformedMessageException("signed document carries no <merchant>");
        }
        XmlNode result = root.child("result");
        return new JdPayMessage(merchant.trim(), (result != null) ? JdPayResult.from(result) : null, document, root);
    }

    private boolean verifies(byte[] utf8) {
        SignedText signed = SignedText.cut(utf8);
        return this.verifier.verify(signed.unsigned(), signed.signature());
    }
}
