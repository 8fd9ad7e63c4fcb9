package io.github.jdpay.notify;

import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.crypto.TestKeys;
import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.protocol.JdPayResult;
import io.github.jdpay.protocol.JdPayXmlCodec;
import io.github.jdpay.protocol.XmlNode;
import java.util.Map;

/**
 * Notifications of any content, properly encrypted and signed: the test merchant's own key pair stands in for JD's
 * (whose private key nobody has), so a source configured with {@link #MERCHANT} opens them as JD's.
 */
public final class SelfSignedNotifications {

    /** Trusts the merchant's own public key as JD's. */
    public static final JdPayMerchant MERCHANT = JdPayMerchant.builder("self", TestKeys.MERCHANT)
            .cipher(TestKeys.cipher(TestKeys.DES_KEY))
            .signer(new RsaJdPaySigner(TestKeys.merchantPrivateKey()))
            .verifier(new RsaJdPayVerifier(TestKeys.merchantPublicKey()))
            .build();

    private static final JdPayXmlCodec JD = new JdPayXmlCodec(
            TestKeys.cipher(TestKeys.DES_KEY),
            new RsaJdPaySigner(TestKeys.merchantPrivateKey()),
            new RsaJdPayVerifier(TestKeys.merchantPublicKey()));

    private SelfSignedNotifications() {}

    /** A payment notification with these fields (in this order) and a success result, sealed as JD seals. */
    public static byte[] payment(Map<String, String> fields) {
        return payment(JD, fields);
    }

    /** The same, sealed by {@code jd}: its DES key and its private key standing for JD's. */
    public static byte[] payment(JdPayXmlCodec jd, Map<String, String> fields) {
        XmlNode.Builder document = XmlNode.builder("jdpay")
                .add(XmlNode.leaf("version", "V2.0"))
                .add(XmlNode.leaf("merchant", TestKeys.MERCHANT))
                .add(XmlNode.element(
                        "result", java.util.List.of(XmlNode.leaf("code", "000000"), XmlNode.leaf("desc", "ok"))));
        fields.forEach((name, value) -> document.add(XmlNode.leaf(name, value)));
        return jd.sealToBytes(TestKeys.MERCHANT, document.build(), JdPayResult.success());
    }

    /** The fields of a paid trade {@code tradeNum} of 1 yuan. */
    public static Map<String, String> paid(String tradeNum) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("tradeNum", tradeNum);
        fields.put("tradeType", "0");
        fields.put("amount", "100");
        fields.put("status", "2");
        return fields;
    }
}
