package io.github.jdpay.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.crypto.JdPaySigner;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.crypto.TestKeys;
import io.github.jdpay.exception.JdPaySignatureException;
import io.github.jdpay.model.PageCallback;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A signature vouches for what is read: JD's canonical-form fallback only where the canonical form reads as the
 * message does, and a field of only whitespace, which no sign covers, counts as absent.
 */
class SignatureStrictnessTest {

    private static final JdPaySigner SIGNER = new RsaJdPaySigner(TestKeys.merchantPrivateKey());

    private final JdPayXmlCodec codec = new JdPayXmlCodec(
            TestKeys.cipher(TestKeys.DES_KEY), SIGNER, new RsaJdPayVerifier(TestKeys.merchantPublicKey()));

    private final JdPayFormCodec form = new JdPayFormCodec(
            TestKeys.cipher(TestKeys.DES_KEY), SIGNER, new RsaJdPayVerifier(TestKeys.merchantPublicKey()));

    /** JD's library signs the canonical form of what it sends: no declaration change, no breaks, no tabs. */
    private static String signedOverCanonicalForm(String tradeNumElement) {
        String canonical = XmlWriter.DECLARATION + "<jdpay><merchant>" + TestKeys.MERCHANT
                + "</merchant><tradeNum>T1001</tradeNum></jdpay>";
        String sign = SIGNER.sign(canonical.getBytes(StandardCharsets.UTF_8));
        return XmlWriter.DECLARATION + "\n<jdpay>\n\t<merchant>" + TestKeys.MERCHANT + "</merchant>\n\t"
                + tradeNumElement + "\n<sign>" + sign + "</sign></jdpay>";
    }

    @Test
    void aMessageLaidOutWithLineBreaksVerifiesThroughTheCanonicalForm() {
        JdPayMessage message = this.codec.openDocument(signedOverCanonicalForm("<tradeNum>T1001</tradeNum>"));

        assertThat(DocumentReader.required(message.root(), "tradeNum")).isEqualTo("T1001");
    }

    @Test
    void aLineBreakInsertedIntoAValueIsRefusedThoughTheCanonicalFormVerifies() {
        String tampered = signedOverCanonicalForm("<tradeNum>T1001\n</tradeNum>");

        assertThat(SignedText.canonicalize(tampered))
                .isEqualTo(SignedText.canonicalize(signedOverCanonicalForm("<tradeNum>T1001</tradeNum>")));
        assertThatThrownBy(() -> this.codec.openDocument(tampered))
                .isInstanceOf(JdPaySignatureException.class)
                .hasMessageContaining("canonical form");
    }

    @Test
    void aTabInsertedIntoAValueIsRefusedToo() {
        assertThatThrownBy(() -> this.codec.openDocument(signedOverCanonicalForm("<tradeNum>\tT1001</tradeNum>")))
                .isInstanceOf(JdPaySignatureException.class);
    }

    @Test
    void aPageCallbackFieldOfOnlySpacesIsAbsentAsTheSignTreatsIt() {
        Map<String, String> plain = new LinkedHashMap<>();
        plain.put("tradeNum", "T1001");
        plain.put("amount", "100");
        plain.put("note", "   ");
        plain.put("status", "2");
        Map<String, String> posted = new LinkedHashMap<>(this.form.seal(plain));
        posted.put("note", TestKeys.cipher(TestKeys.DES_KEY).encryptToHex("   "));

        PageCallback callback = DocumentReader.pageCallback(this.form.open(posted));

        assertThat(this.form.open(posted)).containsEntry("note", "");
        assertThat(callback.note()).isNull();
    }

    @Test
    void aSignedXmlFieldOfOnlySpacesIsAbsent() {
        XmlNode root =
                XmlNode.builder("jdpay").add("note", "  ").add("tradeNum", "T1").build();

        assertThat(DocumentReader.optional(root, "note")).isNull();
        assertThatThrownBy(() -> DocumentReader.required(
                        XmlNode.builder("jdpay").add("tradeNum", " ").build(), "tradeNum"))
                .hasMessageContaining("tradeNum");
    }
}
