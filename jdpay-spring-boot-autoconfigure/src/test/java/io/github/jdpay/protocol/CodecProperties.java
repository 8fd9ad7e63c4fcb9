package io.github.jdpay.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.crypto.JdPayCipher;
import io.github.jdpay.crypto.JdPaySigner;
import io.github.jdpay.crypto.JdPayVerifier;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.crypto.TestKeys;
import io.github.jdpay.exception.JdPayException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the codecs over arbitrary input: round trips hold and any single-byte change is caught. */
class CodecProperties {

    private static final JdPayCipher CIPHER = TestKeys.cipher(TestKeys.DES_KEY);

    private static final JdPaySigner SIGNER = new RsaJdPaySigner(TestKeys.merchantPrivateKey());

    private static final JdPayVerifier VERIFIER = new RsaJdPayVerifier(TestKeys.merchantPublicKey());

    /** Signs with the merchant key and verifies with its public half, so one codec can seal and open. */
    private static final JdPayXmlCodec SELF = new JdPayXmlCodec(CIPHER, SIGNER, VERIFIER);

    /**
     * The same keys behind implementations of only the abstract methods, as an application's HSM beans would be:
     * the codec then goes through the interfaces' default byte-range methods.
     */
    private static final JdPayXmlCodec APPLICATION_CRYPTO =
            new JdPayXmlCodec(TestKeys.abstractMethodsOnly(CIPHER), SIGNER::sign, VERIFIER::verify);

    @Provide
    Arbitrary<String> unicode() {
        // Whole code points, so no unpaired surrogate (which UTF-8 cannot carry) is ever generated.
        Arbitrary<Integer> codePoint = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 0xD7FF),
                Arbitraries.integers().between(0xE000, 0x10FFFF));
        return codePoint.list().ofMaxSize(300).map(points -> points.stream()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString());
    }

    @Provide
    Arbitrary<String> xmlText() {
        return unicode().map(s -> s.codePoints()
                .filter(c -> c >= 0x20 && c != 0xFFFE && c != 0xFFFF)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString());
    }

    @Provide
    Arbitrary<byte[]> payloads() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(64),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(70_000),
                Arbitraries.bytes().array(byte[].class).ofSize(1 << 20));
    }

    @Property(tries = 300)
    void tripleDesRoundTripsAnyText(@ForAll("unicode") String text) {
        assertThat(CIPHER.decryptHex(CIPHER.encryptToHex(text))).isEqualTo(text);
    }

    @Property(tries = 20)
    void tripleDesRoundTripsAnyBytesUpToOneMegabyte(@ForAll("payloads") byte[] payload) {
        byte[] encrypted = CIPHER.encrypt(payload);

        assertThat(encrypted.length % 8).isZero();
        assertThat(encrypted.length).isLessThan(payload.length + 12);
        assertThat(CIPHER.decrypt(encrypted)).isEqualTo(payload);
    }

    @Property(tries = 150)
    void xmlDocumentsRoundTripAnyTextValue(@ForAll("xmlText") String note, @ForAll("xmlText") String name) {
        XmlNode document = XmlNode.builder("jdpay")
                .add("version", "V2.0")
                .add("merchant", TestKeys.MERCHANT)
                .add("tradeName", name)
                .add("note", note)
                .build();

        JdPayMessage opened = SELF.open(
                JdPayEnvelope.parse(SELF.seal(TestKeys.MERCHANT, document).getBytes(StandardCharsets.UTF_8)));

        assertThat(opened.text("tradeName")).isEqualTo(name);
        assertThat(opened.text("note")).isEqualTo(note);
        assertThat(opened.document()).isEqualTo(SELF.signDocument(document));
        assertThat(opened).isEqualTo(new JdPayMessage(opened.merchant(), null, opened.document(), opened.root()));
    }

    @Property(tries = 100)
    void sealingWritesTheBytesOfJdsStepsTakenOneByOne(
            @ForAll("xmlText") String note, @ForAll("xmlText") String name, @ForAll boolean signMidDocument) {
        XmlNode.Builder builder = XmlNode.builder("jdpay")
                .add("version", "V2.0")
                .add("merchant", TestKeys.MERCHANT)
                .add("tradeName", name);
        if (signMidDocument) {
            builder.add("sign", "");
        }
        XmlNode document = builder.add("note", note).build();
        // jdpay-v2.md §6.1, step by step on text, as the codec did before it wrote bytes.
        String xml = XmlWriter.DECLARATION + XmlOutputProperties.reference(document);
        String unsigned = xml.replace("<sign></sign>", "");
        String sign = SIGNER.sign(unsigned.getBytes(StandardCharsets.UTF_8));
        String signed = signMidDocument
                ? xml.replace("<sign></sign>", "<sign>" + sign + "</sign>")
                : unsigned.substring(0, unsigned.length() - 8) + "<sign>" + sign + "</sign></jdpay>";
        String encrypt = Base64.getEncoder()
                .encodeToString(io.github.jdpay.crypto.Hex.encodeToAscii(
                        CIPHER.encrypt(signed.getBytes(StandardCharsets.UTF_8))));
        String envelope = XmlWriter.DECLARATION + "<jdpay><version>V2.0</version><merchant>" + TestKeys.MERCHANT
                + "</merchant><result><code>000000</code><desc>成功</desc></result><encrypt>" + encrypt
                + "</encrypt></jdpay>";

        byte[] sealed = SELF.sealToBytes(TestKeys.MERCHANT, document, JdPayResult.success());

        assertThat(SELF.signDocument(document)).isEqualTo(signed);
        assertThat(sealed).isEqualTo(envelope.getBytes(StandardCharsets.UTF_8));
        assertThat(SELF.seal(TestKeys.MERCHANT, document, JdPayResult.success()))
                .isEqualTo(envelope);
        assertThat(SELF.encryptDocument(signed)).isEqualTo(encrypt);
        assertThat(APPLICATION_CRYPTO.sealToBytes(TestKeys.MERCHANT, document, JdPayResult.success()))
                .isEqualTo(sealed);
    }

    @Property(tries = 300)
    void flippingAnySingleByteOfASignedDocumentFailsVerification(
            @ForAll @IntRange(min = 0, max = 10_000) int position, @ForAll @IntRange(min = 1, max = 255) int mask) {
        String signed = SELF.signDocument(XmlNode.builder("jdpay")
                .add("version", "V2.0")
                .add("merchant", TestKeys.MERCHANT)
                .add("tradeNum", "T-20261125-0001")
                .add("amount", "1234")
                .add("note", "退款 & <retry>")
                .build());
        byte[] bytes = signed.getBytes(StandardCharsets.UTF_8);
        bytes[position % bytes.length] ^= (byte) mask;
        String tampered =
                Base64.getEncoder().encodeToString(io.github.jdpay.crypto.Hex.encodeToAscii(CIPHER.encrypt(bytes)));

        assertThatThrownBy(() -> SELF.open(new JdPayEnvelope("V2.0", TestKeys.MERCHANT, null, tampered)))
                .isInstanceOf(JdPayException.class);
    }

    @Property(tries = 200)
    void flippingAnySingleByteOfTheCiphertextIsCaught(
            @ForAll @IntRange(min = 0, max = 10_000) int position, @ForAll @IntRange(min = 1, max = 255) int mask) {
        String envelope = SELF.seal(
                TestKeys.MERCHANT,
                XmlNode.builder("jdpay")
                        .add("version", "V2.0")
                        .add("merchant", TestKeys.MERCHANT)
                        .add("tradeNum", "T-1")
                        .build());
        String encrypt =
                JdPayEnvelope.parse(envelope.getBytes(StandardCharsets.UTF_8)).encrypt();
        byte[] hex = Base64.getDecoder().decode(encrypt);
        byte[] cipherBytes = io.github.jdpay.crypto.Hex.decodeAscii(hex);
        cipherBytes[position % cipherBytes.length] ^= (byte) mask;
        String tampered = Base64.getEncoder().encodeToString(io.github.jdpay.crypto.Hex.encodeToAscii(cipherBytes));

        assertThatThrownBy(() -> SELF.open(new JdPayEnvelope("V2.0", TestKeys.MERCHANT, null, tampered)))
                .isInstanceOf(JdPayException.class);
    }

    @Property(tries = 100)
    void formsRoundTripAnyTextValue(@ForAll("xmlText") String tradeName) {
        JdPayFormCodec forms = new JdPayFormCodec(
                CIPHER,
                new RsaJdPaySigner(TestKeys.merchantPrivateKey()),
                new RsaJdPayVerifier(TestKeys.merchantPublicKey()));
        java.util.Map<String, String> plain = new java.util.LinkedHashMap<>();
        plain.put("merchant", TestKeys.MERCHANT);
        plain.put("tradeName", tradeName);
        plain.put("amount", "1");

        java.util.Map<String, String> opened = forms.open(forms.seal(plain));

        assertThat(opened).containsEntry("amount", "1");
        if (!tradeName.isBlank()) {
            assertThat(opened).containsEntry("tradeName", tradeName);
        }
    }
}
