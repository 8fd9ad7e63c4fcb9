package io.github.jdpay.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.crypto.TestKeys;
import io.github.jdpay.exception.JdPayException;
import io.github.jdpay.exception.JdPayMalformedMessageException;
import io.github.jdpay.exception.JdPaySignatureException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever arrives, decoding ends in a typed {@link JdPayException}: never an NPE, an index error or a JCA error. */
class HostileInputTest {

    private final JdPayXmlCodec codec = new JdPayXmlCodec(
            TestKeys.cipher(TestKeys.DES_KEY),
            new RsaJdPaySigner(TestKeys.merchantPrivateKey()),
            new RsaJdPayVerifier(TestKeys.jdPublicKey()));

    private static JdPayEnvelope envelope(String encrypt) {
        return new JdPayEnvelope("V2.0", TestKeys.MERCHANT, JdPayResult.success(), encrypt);
    }

    @Test
    void doctypeIsRefusedEvenWithoutEntities() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE jdpay><jdpay><merchant>1</merchant></jdpay>";

        assertThatThrownBy(() -> JdPayEnvelope.parse(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(JdPayMalformedMessageException.class);
    }

    @Test
    void externalEntityIsNeverRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOPSECRET");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE jdpay [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]><jdpay><merchant>&x;</merchant></jdpay>";

        assertThatThrownBy(() -> JdPayEnvelope.parse(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(JdPayMalformedMessageException.class)
                .message()
                .doesNotContain("TOPSECRET");
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"");
            xml.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        xml.append("]><jdpay><merchant>&lol9;</merchant></jdpay>");

        assertThatThrownBy(() -> SafeXmlParser.parse(xml.toString()))
                .isInstanceOf(JdPayMalformedMessageException.class);
    }

    @Test
    void deepNestingIsRefused() {
        String xml = "<a>".repeat(SafeXmlParser.MAX_DEPTH + 1) + "</a>".repeat(SafeXmlParser.MAX_DEPTH + 1);

        assertThatThrownBy(() -> SafeXmlParser.parse(xml)).isInstanceOf(JdPayMalformedMessageException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "not xml",
                "{\"json\":true}",
                "<jdpay>",
                "<other><merchant>1</merchant></other>",
                "<jdpay><version>V2.0</version></jdpay>",
                "<jdpay><result><code>000000</code></result><encrypt>QUJD</encrypt></jdpay>",
                "<jdpay><merchant>1</merchant></jdpay><jdpay/>",
            })
    void malformedEnvelopesAreTyped(String body) {
        assertThatThrownBy(() -> JdPayEnvelope.parse(body.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(JdPayMalformedMessageException.class);
    }

    @Test
    void failureAnswerWithoutMerchantStillCarriesItsResult() {
        String xml =
                "<jdpay><version>V2.0</version><result><code>GATE900004</code><desc>unknown</desc></result></jdpay>";

        JdPayEnvelope envelope = JdPayEnvelope.parse(xml.getBytes(StandardCharsets.UTF_8));

        assertThat(envelope.merchant()).isEmpty();
        assertThat(envelope.result()).isEqualTo(new JdPayResult("GATE900004", "unknown"));
        assertThat(envelope.hasEncrypt()).isFalse();
    }

    @Test
    void envelopesWithSpacesAndJdsNotifyDeclarationParse() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?><jdpay>  <version>V2.0</version>\n"
                + "  <merchant>22294531</merchant>  <result>    <code>000000</code>    <desc>success</desc>  </result>"
                + "  <encrypt>QUJD</encrypt></jdpay>";

        JdPayEnvelope envelope = JdPayEnvelope.parse(xml.getBytes(StandardCharsets.UTF_8));

        assertThat(envelope.merchant()).isEqualTo("22294531");
        assertThat(envelope.result()).isEqualTo(new JdPayResult("000000", "success"));
        assertThat(envelope.encrypt()).isEqualTo("QUJD");
    }

    @Test
    void brokenEncryptTextIsTyped() {
        String valid = TestKeys.resource("vectors/R1.encrypt.txt");
        String hex = new String(Base64.getDecoder().decode(valid), StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> this.codec.open(envelope("!!!not base64!!!")))
                .isInstanceOf(JdPayMalformedMessageException.class)
                .hasMessageContaining("Base64");
        assertThatThrownBy(() -> this.codec.open(envelope(b64(hex.substring(0, hex.length() - 16)))))
                .isInstanceOf(JdPayMalformedMessageException.class);
        assertThatThrownBy(() -> this.codec.open(envelope(b64(hex.substring(0, hex.length() - 1)))))
                .isInstanceOf(JdPayMalformedMessageException.class)
                .hasMessageContaining("odd length");
        assertThatThrownBy(() -> this.codec.open(envelope(b64("zz" + hex.substring(2)))))
                .isInstanceOf(JdPayMalformedMessageException.class);
        assertThatThrownBy(() -> this.codec.open(envelope(b64(hex.substring(0, 16)))))
                .isInstanceOf(JdPayMalformedMessageException.class)
                .hasMessageContaining("length prefix");
        assertThatThrownBy(() -> this.codec.open(envelope(null))).isInstanceOf(JdPayMalformedMessageException.class);
    }

    @Test
    void wrongDesKeyIsTypedNotGarbage() {
        JdPayXmlCodec otherKey = new JdPayXmlCodec(
                TestKeys.cipher(TestKeys.DES_KEY_110148035005),
                new RsaJdPaySigner(TestKeys.merchantPrivateKey()),
                new RsaJdPayVerifier(TestKeys.jdPublicKey()));

        assertThatThrownBy(() -> otherKey.open(envelope(TestKeys.resource("vectors/R1.encrypt.txt"))))
                .isInstanceOf(JdPayException.class)
                .isNotInstanceOf(JdPaySignatureException.class);
    }

    @Test
    void documentsWithoutSignOrWithForeignMerchantAreRejected() {
        String noSign = XmlWriter.document(
                XmlNode.builder("jdpay").add("merchant", "22294531").build());
        String inner = this.codec.signDocument(
                XmlNode.builder("jdpay").add("merchant", "999").build());
        JdPayXmlCodec selfVerifying = new JdPayXmlCodec(
                TestKeys.cipher(TestKeys.DES_KEY),
                new RsaJdPaySigner(TestKeys.merchantPrivateKey()),
                new RsaJdPayVerifier(TestKeys.merchantPublicKey()));

        assertThatThrownBy(() -> this.codec.openDocument(noSign))
                .isInstanceOf(JdPaySignatureException.class)
                .hasMessageContaining("no <sign>");
        assertThatThrownBy(() -> selfVerifying.open(envelope(selfVerifying.encryptDocument(inner))))
                .isInstanceOf(JdPayMalformedMessageException.class)
                .hasMessageContaining("does not match");
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }
}
