package io.github.jdpay.protocol;

import io.github.jdpay.crypto.Base64OfHex;
import io.github.jdpay.crypto.Base64Text;
import io.github.jdpay.crypto.JdPayCipher;
import io.github.jdpay.crypto.JdPaySigner;
import io.github.jdpay.crypto.JdPayVerifier;
import io.github.jdpay.crypto.Utf8;
import io.github.jdpay.exception.JdPayMalformedMessageException;
import io.github.jdpay.exception.JdPaySignatureException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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

    private static final String SIGN = "sign";

    /** Room JD's 3DES framing needs around the document: a 4-byte length prefix and up to 7 bytes of padding. */
    private static final int FRAME_PREFIX = 4;

    private static final int FRAME_PADDING = 7;

    /** Enough for {@code <sign>} and the Base64 of a 4096-bit signature, so the splice rarely grows the buffer. */
    private static final int SIGN_ROOM = 13 + 684;

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
        Utf8XmlWriter signed = signed(document);
        return new String(signed.buffer(), FRAME_PREFIX, signed.position() - FRAME_PREFIX, StandardCharsets.UTF_8);
    }

    /**
     * Writes the document as UTF-8 after room for the 3DES length prefix, signs those bytes where they lie and
     * splices {@code <sign>} into them: the buffer is then ready to be framed and encrypted in place.
     */
    private Utf8XmlWriter signed(XmlNode document) {
        int length = Utf8XmlWriter.length(document);
        Utf8XmlWriter out = new Utf8XmlWriter(
                FRAME_PREFIX + XmlWriter.DECLARATION.length() + length + SIGN_ROOM + FRAME_PADDING, SIGN);
        out.reserve(FRAME_PREFIX);
        out.raw(XmlWriter.DECLARATION);
        out.element(document, length);
        int at = (out.placeholderAt() >= 0) ? out.placeholderAt() : out.lastEndTagAt();
        String sign = CryptoRanges.sign(this.signer, out.buffer(), FRAME_PREFIX, out.position());
        out.insert(at, "<sign>" + sign + "</sign>");
        return out;
    }

    /** Seals a request: the envelope carries version, merchant and the encrypted signed document. */
    public String seal(String merchant, XmlNode document) {
        return new String(sealToBytes(merchant, document), StandardCharsets.UTF_8);
    }

    /** Seals a response or notification: as a request, plus the clear-text {@code <result>} JD puts outside. */
    public String seal(String merchant, XmlNode document, JdPayResult result) {
        return new String(sealToBytes(merchant, document, result), StandardCharsets.UTF_8);
    }

    /** Seals a request as {@link #seal(String, XmlNode)} does, answering the UTF-8 bytes to send. */
    public byte[] sealToBytes(String merchant, XmlNode document) {
        return sealed(merchant, document, null);
    }

    /** Seals a response or notification as {@link #seal(String, XmlNode, JdPayResult)} does, as UTF-8 bytes. */
    public byte[] sealToBytes(String merchant, XmlNode document, JdPayResult result) {
        return sealed(merchant, document, result);
    }

    private byte[] sealed(String merchant, XmlNode document, @Nullable JdPayResult result) {
        Utf8XmlWriter plaintext = signed(document);
        int length = plaintext.position() - FRAME_PREFIX;
        plaintext.ensure(FRAME_PADDING);
        byte[] buffer = plaintext.buffer();
        int ciphertext = CryptoRanges.encrypt(this.cipher, buffer, FRAME_PREFIX, length, buffer, 0);
        return EnvelopeWriter.write(merchant, result, buffer, ciphertext);
    }

    /** The {@code <encrypt>} text for a signed document: Base64 of the ASCII of the lowercase hex ciphertext. */
    public String encryptDocument(String signedDocument) {
        byte[] ciphertext = this.cipher.encrypt(signedDocument.getBytes(StandardCharsets.UTF_8));
        byte[] text = new byte[Base64OfHex.length(ciphertext.length)];
        Base64OfHex.encode(ciphertext, 0, ciphertext.length, text, 0);
        return new String(text, StandardCharsets.ISO_8859_1);
    }

    /** An envelope without encrypted content, as JD answers failures. */
    public static String failureEnvelope(String merchant, JdPayResult result) {
        return new String(EnvelopeWriter.write(merchant, result, null, 0), StandardCharsets.UTF_8);
    }

    /**
     * Decrypts, verifies and parses the content of an envelope.
     *
     * @throws JdPayMalformedMessageException if the envelope has no content or it does not decode
     * @throws JdPaySignatureException if the signature does not verify
     */
    public JdPayMessage open(JdPayEnvelope envelope) {
        if (!envelope.hasEncrypt()) {
            throw new JdPayMalformedMessageException("envelope carries no <encrypt>");
        }
        // Decode from the received bytes, decrypt in place, and verify and parse the bytes where they lie: no text
        // of the ciphertext or of the document is made unless someone asks for it.
        byte[] buffer = requireBase64(envelope.decodeEncrypt());
        int length = CryptoRanges.decrypt(this.cipher, buffer, 0, buffer.length, buffer, 0);
        JdPayMessage message = verifiedMessage(InnerDocument.decrypted(buffer, length));
        if (!message.merchant().equals(envelope.merchant())) {
            throw new JdPayMalformedMessageException("envelope merchant " + envelope.merchant()
                    + " does not match the signed merchant " + message.merchant());
        }
        return message;
    }

    /** Decrypts the text of an {@code <encrypt>} element to the inner document. */
    public String decryptDocument(String encrypt) {
        return Utf8.decode(
                this.cipher.decrypt(requireBase64(Base64Text.decodeHexLenient(encrypt))), "decrypted document");
    }

    private static byte[] requireBase64(byte @Nullable [] ciphertext) {
        if (ciphertext == null) {
            throw new JdPayMalformedMessageException("<encrypt> is not valid Base64");
        }
        return ciphertext;
    }

    /**
     * Verifies and parses a decrypted inner document: the raw text first, then JD's canonical form as a fallback.
     *
     * @throws JdPaySignatureException if neither verifies
     */
    public JdPayMessage openDocument(String document) {
        // The bytes path that open() takes; a lone surrogate has no UTF-8, so that text cannot have been signed.
        byte[] utf8 = SafeXmlParser.utf8(document);
        return verifiedMessage(InnerDocument.decrypted(utf8, utf8.length));
    }

    /** Verifies and parses a decrypted document where it lies, as every message is opened. */
    private JdPayMessage verifiedMessage(InnerDocument document) {
        verify(document);
        return message(document, SafeXmlParser.parse(document));
    }

    /** Checks the signature over the document's bytes as they arrived, or else over JD's canonical form. */
    private void verify(InnerDocument document) {
        if (!SignedText.cut(document.utf8(), document.length()).verifiesWith(this.verifier)) {
            String text = document.text();
            String canonical = SignedText.canonicalize(text);
            if (canonical.equals(text)
                    || !SignedText.cut(canonical.getBytes(StandardCharsets.UTF_8))
                            .verifiesWith(this.verifier)) {
                throw new JdPaySignatureException("signature of the JD Pay message does not verify with the configured "
                        + "public key (check the key and that DES key and merchant belong together)");
            }
        }
    }

    private static JdPayMessage message(InnerDocument document, XmlNode root) {
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
}
