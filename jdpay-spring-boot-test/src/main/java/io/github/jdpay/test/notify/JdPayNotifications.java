package io.github.jdpay.test.notify;

import io.github.jdpay.crypto.Hex;
import io.github.jdpay.crypto.JdPayCipher;
import io.github.jdpay.crypto.JdPaySigner;
import io.github.jdpay.crypto.JdTripleDesCipher;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.protocol.JdPayResult;
import io.github.jdpay.protocol.JdPayXmlCodec;
import io.github.jdpay.protocol.XmlNode;
import io.github.jdpay.protocol.XmlWriter;
import io.github.jdpay.test.SimulatorJdKey;
import io.github.jdpay.test.TestMerchant;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Builds JD Pay 2.0 asynchronous notifications byte for byte as JD sends them (vectors N1/N2 of jdpay-v2.md): the
 * inner document with JD's {@code " ?>"} declaration and {@code <sign>} in the middle, 3DES-encrypted, in an indented
 * envelope carrying a clear-text {@code <result>}.
 *
 * <p>The simulator delivers these; a test can also POST them straight at a merchant's notification endpoint. Instances
 * are immutable and thread-safe.
 */
public final class JdPayNotifications {

    /** The declaration JD's notifications carry, with a space before {@code ?>} unlike its responses. */
    public static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>";

    private static final String SIGN_PLACEHOLDER = "<sign></sign>";

    private final String merchant;

    private final JdPayCipher cipher;

    private final JdPaySigner signer;

    /**
     * @param merchant merchant number the notifications are for
     * @param cipher the merchant's 3DES cipher
     * @param signer JD's signer (the simulator's key in tests)
     */
    public JdPayNotifications(String merchant, JdPayCipher cipher, JdPaySigner signer) {
        this.merchant = Objects.requireNonNull(merchant, "merchant");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.signer = Objects.requireNonNull(signer, "signer");
    }

    /** Notifications for a merchant, signed with the given JD private key. */
    public static JdPayNotifications of(String merchant, String desKeyBase64, PrivateKey jdPrivateKey) {
        return new JdPayNotifications(
                merchant,
                new JdTripleDesCipher(KeyLoader.desKey("DES key", desKeyBase64)),
                new RsaJdPaySigner(jdPrivateKey));
    }

    /** Notifications for {@link TestMerchant}, signed with the simulator's JD key ({@link SimulatorJdKey}). */
    public static JdPayNotifications testMerchant() {
        return of(TestMerchant.MERCHANT_NO, TestMerchant.DES_KEY, SimulatorJdKey.privateKey());
    }

    /** The merchant number. */
    public String merchant() {
        return this.merchant;
    }

    /** The same builder for another merchant number, same keys (an unknown merchant, for a hostile test). */
    public JdPayNotifications withMerchant(String otherMerchant) {
        return new JdPayNotifications(otherMerchant, this.cipher, this.signer);
    }

    /** The same builder with another 3DES cipher (a wrong DES key, for a hostile test). */
    public JdPayNotifications withCipher(JdPayCipher otherCipher) {
        return new JdPayNotifications(this.merchant, otherCipher, this.signer);
    }

    /** The same builder with another signer (a wrong JD key or a {@link FlippingSigner}). */
    public JdPayNotifications withSigner(JdPaySigner otherSigner) {
        return new JdPayNotifications(this.merchant, this.cipher, otherSigner);
    }

    /** The same builder signing with a {@link FlippingSigner}: well-formed signatures that do not verify. */
    public JdPayNotifications withFlippedSignature() {
        return new JdPayNotifications(this.merchant, this.cipher, new FlippingSigner(this.signer));
    }

    /** Encrypts and signs a notification. */
    public SignedNotification sign(NotificationContent content) {
        String inner = innerDocument(content);
        String body = envelope(content.result(), encrypt(inner));
        return new SignedNotification(this.merchant, content, inner, body);
    }

    /** The signed inner document, {@code <sign>} after {@code <tradeType>} as in JD's notifications. */
    public String innerDocument(NotificationContent content) {
        StringBuilder xml = new StringBuilder(1024).append(DECLARATION);
        XmlWriter.element(xml, document(content));
        int at = xml.indexOf(SIGN_PLACEHOLDER);
        xml.delete(at, at + SIGN_PLACEHOLDER.length());
        String sign = this.signer.sign(xml.toString().getBytes(StandardCharsets.UTF_8));
        return xml.insert(at, "<sign>" + sign + "</sign>").toString();
    }

    /** The {@code <encrypt>} text for a document: Base64 of the ASCII of its lowercase 3DES hex. */
    public String encrypt(String document) {
        byte[] hex = Hex.encodeToAscii(this.cipher.encrypt(document.getBytes(StandardCharsets.UTF_8)));
        return Base64.getEncoder().encodeToString(hex);
    }

    /** JD's notification envelope around an {@code <encrypt>} text, indented as JD indents it. */
    public String envelope(JdPayResult result, String encrypt) {
        StringBuilder sb = new StringBuilder(encrypt.length() + 256).append(DECLARATION);
        sb.append("<jdpay>  <version>").append(JdPayXmlCodec.VERSION).append("</version>  ");
        XmlWriter.element(sb, XmlNode.leaf("merchant", this.merchant));
        sb.append("  <result>    ");
        XmlWriter.element(sb, XmlNode.leaf("code", result.code()));
        sb.append("    ");
        XmlWriter.element(sb, XmlNode.leaf("desc", result.desc()));
        sb.append("  </result>  <encrypt>").append(encrypt).append("</encrypt></jdpay>");
        return sb.toString();
    }

    private XmlNode document(NotificationContent content) {
        XmlNode.Builder doc = XmlNode.builder("jdpay")
                .add("version", JdPayXmlCodec.VERSION)
                .add("merchant", this.merchant)
                .add(XmlNode.element(
                        "result",
                        List.of(
                                XmlNode.leaf("code", content.result().code()),
                                XmlNode.leaf("desc", content.result().desc()))))
                .add("tradeNum", content.tradeNum())
                .add("tradeType", content.tradeType())
                .add("sign", "");
        if (content.isRefund()) {
            return doc.add("oTradeNum", content.originalTradeNum())
                    .add("amount", content.amount())
                    .add("currency", content.currency())
                    .add("tradeTime", content.tradeTime())
                    .add("note", content.note())
                    .add("status", content.status())
                    .build();
        }
        return doc.add("note", content.note())
                .add("amount", content.amount())
                .add("status", content.status())
                .add(PayList.of(content.amount(), content.currency(), content.tradeTime()))
                .build();
    }
}
