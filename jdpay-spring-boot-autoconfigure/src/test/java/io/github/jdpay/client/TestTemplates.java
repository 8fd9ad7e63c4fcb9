package io.github.jdpay.client;

import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.crypto.TestKeys;
import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.protocol.JdPayEnvelope;
import io.github.jdpay.protocol.JdPayMessage;
import io.github.jdpay.protocol.JdPayXmlCodec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The A.1 test merchant as the template sees it, and a codec that reads what the template sent. */
public final class TestTemplates {

    /** 2017-02-06 10:09:14 in Beijing. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2017-02-06T02:09:14Z"), ZoneOffset.UTC);

    private TestTemplates() {}

    public static JdPayMerchant.Builder merchant() {
        return JdPayMerchant.builder("default", TestKeys.MERCHANT)
                .cipher(TestKeys.cipher(TestKeys.DES_KEY))
                .signer(new RsaJdPaySigner(TestKeys.merchantPrivateKey()))
                .verifier(new RsaJdPayVerifier(TestKeys.jdPublicKey()))
                .notifyUrl("https://shop.example.com/jdpay/notify")
                .callbackUrl("https://shop.example.com/paid");
    }

    /** A template builder for the server; add the merchants. */
    public static JdPayTemplateBuilder template(ReplayServer server) {
        return JdPayTemplate.builder()
                .endpoints(server.endpoints())
                .retryPolicy(JdPayRetryPolicy.none())
                .clock(CLOCK);
    }

    /** Opens a request the template sent, as JD would: DES key and the merchant's public key. */
    public static JdPayMessage openRequest(String body) {
        JdPayXmlCodec jd = new JdPayXmlCodec(
                TestKeys.cipher(TestKeys.DES_KEY),
                new RsaJdPaySigner(TestKeys.merchantPrivateKey()),
                new RsaJdPayVerifier(TestKeys.merchantPublicKey()));
        return jd.open(JdPayEnvelope.parse(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
