package io.github.jdpay.notify;

import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.crypto.TestKeys;
import io.github.jdpay.merchant.JdPayMerchant;
import java.nio.charset.StandardCharsets;

/**
 * JD's own payment notifications N1 to N3 (jdpay-v2.md B.6) as JD posts them, and merchants that can open them: N1
 * and N2 verify with JD's published test key, N3 does not.
 */
public final class JdNotifications {

    /** The merchant of N1. */
    public static final String N1_MERCHANT = "110148035005";

    private JdNotifications() {}

    /** A vector's envelope, as JD posts it: {@code " ?>"} declaration, indentation, clear-text result. */
    public static byte[] envelope(String vector) {
        String merchant = vector.equals("N1") ? N1_MERCHANT : TestKeys.MERCHANT;
        return envelope(
                merchant,
                "000000",
                TestKeys.resource("vectors/" + vector + ".encrypt.txt").trim());
    }

    /** An envelope with the given clear-text parts around an {@code <encrypt>} text. */
    public static byte[] envelope(String merchant, String resultCode, String encrypt) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\" ?><jdpay>  <version>V2.0</version>  <merchant>" + merchant
                        + "</merchant>  <result>    <code>" + resultCode + "</code>    <desc>success</desc>  </result>"
                        + "  <encrypt>" + encrypt + "</encrypt></jdpay>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A merchant as the starter configures it, trusting JD's published test key. */
    public static JdPayMerchant merchant(String name, String merchantNo, String desKey) {
        return JdPayMerchant.builder(name, merchantNo)
                .cipher(TestKeys.cipher(desKey))
                .signer(new RsaJdPaySigner(TestKeys.merchantPrivateKey()))
                .verifier(new RsaJdPayVerifier(TestKeys.jdPublicKey()))
                .build();
    }
}
