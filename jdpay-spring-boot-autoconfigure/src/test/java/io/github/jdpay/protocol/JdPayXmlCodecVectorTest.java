package io.github.jdpay.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.crypto.Digests;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.crypto.TestKeys;
import io.github.jdpay.exception.JdPaySignatureException;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Appendix B.5 and B.6 of jdpay-v2.md: golden requests and messages that JD itself produced. */
class JdPayXmlCodecVectorTest {

    private static JdPayXmlCodec codec(String desKey, PublicKey peer) {
        return new JdPayXmlCodec(
                TestKeys.cipher(desKey), new RsaJdPaySigner(TestKeys.merchantPrivateKey()), new RsaJdPayVerifier(peer));
    }

    private static String encryptOfEnvelope(String envelope) {
        Matcher m = Pattern.compile("<encrypt>(.*?)</encrypt>", Pattern.DOTALL).matcher(envelope);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"G1", "G2"})
    void goldenRequestsAreReproducedByteForByte(String vector) {
        String signedPlaintext = TestKeys.resource("vectors/" + vector + ".inner.xml");
        XmlNode parsed = SafeXmlParser.parse(signedPlaintext);
        XmlNode.Builder unsigned = XmlNode.builder("jdpay");
        parsed.children().stream().filter(c -> !c.name().equals("sign")).forEach(unsigned::add);
        JdPayXmlCodec codec = codec(TestKeys.DES_KEY, TestKeys.jdPublicKey());

        String signed = codec.signDocument(unsigned.build());
        String envelope = codec.seal(TestKeys.MERCHANT, unsigned.build());

        assertThat(signed).isEqualTo(signedPlaintext);
        String expectedEncrypt = encryptOfEnvelope(TestKeys.resource("vectors/" + vector + ".envelope.xml"));
        assertThat(encryptOfEnvelope(envelope)).isEqualTo(expectedEncrypt);
        byte[] unsignedBytes =
                SignedText.cut(signed.getBytes(StandardCharsets.UTF_8)).unsigned();
        assertThat(Digests.sha256Hex(unsignedBytes))
                .isEqualTo(TestKeys.meta(vector).getProperty("sha256"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"R1", "R2", "R3", "R4", "R5", "N1", "N2"})
    void jdProducedMessagesDecryptAndVerifyWithJdTestKey(String vector) {
        Properties meta = TestKeys.meta(vector);
        JdPayXmlCodec codec = codec(meta.getProperty("desKey"), TestKeys.jdPublicKey());
        String encrypt = TestKeys.resource("vectors/" + vector + ".encrypt.txt");

        String inner = codec.decryptDocument(encrypt);
        JdPayMessage message = codec.openDocument(inner);

        assertThat(inner).isEqualTo(TestKeys.resource("vectors/" + vector + ".inner.xml"));
        assertThat(Digests.sha256Hex(
                        SignedText.cut(inner.getBytes(StandardCharsets.UTF_8)).unsigned()))
                .isEqualTo(meta.getProperty("sha256"));
        assertThat(message.result()).isNotNull();
        assertThat(message.result().isSuccess()).isTrue();
    }

    /** Each of JD's messages as it arrives: an envelope's bytes, opened by the path every received message takes. */
    @ParameterizedTest
    @ValueSource(strings = {"R1", "R2", "R3", "R4", "R5", "N1", "N2", "N3", "Q1"})
    void jdVectorsOpenThroughTheEnvelopeBytesAsProductionOpensThem(String vector) {
        Properties meta = TestKeys.meta(vector);
        PublicKey peer = vector.equals("Q1") ? TestKeys.merchantPublicKey() : TestKeys.jdPublicKey();
        JdPayXmlCodec codec = codec(meta.getProperty("desKey"), peer);
        String inner = TestKeys.resource("vectors/" + vector + ".inner.xml");
        Matcher merchant = Pattern.compile("<merchant>(.*?)</merchant>").matcher(inner);
        assertThat(merchant.find()).isTrue();
        byte[] body = (XmlWriter.DECLARATION + "<jdpay><version>V2.0</version><merchant>" + merchant.group(1)
                        + "</merchant><encrypt>"
                        + TestKeys.resource("vectors/" + vector + ".encrypt.txt")
                                .trim()
                        + "</encrypt></jdpay>")
                .getBytes(StandardCharsets.UTF_8);

        if (vector.equals("N3")) {
            // Signed with a key JD no longer uses.
            assertThatThrownBy(() -> codec.open(JdPayEnvelope.parse(body))).isInstanceOf(JdPaySignatureException.class);
            return;
        }
        JdPayMessage message = codec.open(JdPayEnvelope.parse(body));

        assertThat(message.document()).isEqualTo(inner);
        assertThat(message.merchant()).isEqualTo(merchant.group(1).trim());
    }

    @Test
    void merchantSignedRefundRequestWithWrappedSignVerifiesWithMerchantPublicKey() {
        JdPayXmlCodec codec = codec(TestKeys.DES_KEY, TestKeys.merchantPublicKey());
        String inner = codec.decryptDocument(TestKeys.resource("vectors/Q1.encrypt.txt"));

        JdPayMessage message = codec.openDocument(inner);

        assertThat(inner).contains("\r\n");
        assertThat(message.text("oTradeNum")).isEqualTo("1494236491939");
    }

    @Test
    void notificationSignedWithAnOldKeyFailsVerification() {
        JdPayXmlCodec codec = codec(TestKeys.DES_KEY, TestKeys.jdPublicKey());
        String inner = codec.decryptDocument(TestKeys.resource("vectors/N3.encrypt.txt"));

        assertThat(inner).isEqualTo(TestKeys.resource("vectors/N3.inner.xml"));
        assertThatThrownBy(() -> codec.openDocument(inner)).isInstanceOf(JdPaySignatureException.class);
    }

    @Test
    void officialDemoNotificationEnvelopeOpensEndToEnd() {
        JdPayXmlCodec codec = codec(TestKeys.DES_KEY_110148035005, TestKeys.jdPublicKey());
        byte[] body = TestKeys.resource("vectors/N1.envelope.xml").getBytes(StandardCharsets.UTF_8);

        JdPayEnvelope envelope = JdPayEnvelope.parse(body);
        JdPayMessage message = codec.open(envelope);

        assertThat(envelope.merchant()).isEqualTo("110148035005");
        assertThat(message.text("tradeNum")).isEqualTo("160927496812634");
        assertThat(message.text("amount")).isEqualTo("1690");
        assertThat(message.root().child("payList").children("pay")).hasSize(1);
    }
}
