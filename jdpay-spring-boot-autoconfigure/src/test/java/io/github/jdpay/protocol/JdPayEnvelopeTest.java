package io.github.jdpay.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.crypto.Base64Text;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.crypto.RsaJdPayVerifier;
import io.github.jdpay.crypto.TestKeys;
import io.github.jdpay.exception.JdPayException;
import io.github.jdpay.exception.JdPayMalformedMessageException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A parsed envelope that keeps its {@code <encrypt>} text in the received bytes answers exactly what the envelope
 * made from the parsed tree answers, whatever the text looks like, and the codec opens both alike.
 */
class JdPayEnvelopeTest {

    private static final JdPayXmlCodec SELF = new JdPayXmlCodec(
            TestKeys.cipher(TestKeys.DES_KEY),
            new RsaJdPaySigner(TestKeys.merchantPrivateKey()),
            new RsaJdPayVerifier(TestKeys.merchantPublicKey()));

    private static final String SEALED = SELF.seal(
            TestKeys.MERCHANT,
            XmlNode.builder("jdpay")
                    .add("version", "V2.0")
                    .add("merchant", TestKeys.MERCHANT)
                    .add("tradeNum", "T-1")
                    .add("note", "备注")
                    .build(),
            JdPayResult.success());

    /** The envelope as parse(byte[]) made it before it kept the text: from the tree's strings. */
    private static JdPayEnvelope fromTree(byte[] body) {
        XmlNode root = SafeXmlParser.parse(body);
        if (!"jdpay".equals(root.name())) {
            throw new JdPayMalformedMessageException("expected a <jdpay> envelope but found <" + root.name() + ">");
        }
        String merchant = root.childText("merchant");
        String encrypt = root.childText("encrypt");
        boolean hasContent = encrypt != null && !encrypt.isBlank();
        if ((merchant == null || merchant.isBlank()) && (hasContent || root.child("result") == null)) {
            throw new JdPayMalformedMessageException("envelope carries no <merchant>");
        }
        XmlNode result = root.child("result");
        String version = root.childText("version");
        return new JdPayEnvelope(
                (version != null) ? version.trim() : "",
                (merchant != null) ? merchant.trim() : "",
                (result != null) ? JdPayResult.from(result) : null,
                encrypt);
    }

    /** What {@code call} answers, or its exception's type and message, for comparing two ways of doing it. */
    private static Object outcome(Supplier<?> call) {
        try {
            Object value = call.get();
            return (value instanceof byte[] bytes) ? Arrays.toString(bytes) : String.valueOf(value);
        } catch (JdPayException ex) {
            return ex.getClass().getSimpleName() + ": " + ex.getMessage();
        }
    }

    @Provide
    Arbitrary<String> envelopes() {
        int start = SEALED.indexOf("<encrypt>") + "<encrypt>".length();
        int end = SEALED.indexOf("</encrypt>");
        String text = SEALED.substring(start, end);
        Arbitrary<String> edits = Arbitraries.of(
                "\n",
                " ",
                "\t",
                "\r\n",
                "&amp;",
                "&#x41;",
                "&lt;",
                "é",
                "中",
                "\u00a0",
                "=",
                "!",
                "</encrypt><encrypt>",
                "<!-- c -->",
                "<![CDATA[x]]>",
                "</encrypt><x>1</x><encrypt>",
                "");
        Arbitrary<Integer> positions = Arbitraries.integers().between(0, text.length());
        return Arbitraries.oneOf(
                        positions.list().ofMaxSize(3).flatMap(at -> edits.list()
                                .ofSize(at.size())
                                .map(with -> edit(text, at, with))),
                        Arbitraries.of("", " \n ", text.substring(0, 100), "&amp;" + text))
                .flatMap(encrypt -> Arbitraries.of(
                        SEALED.substring(0, start) + encrypt + SEALED.substring(end),
                        SEALED.replace("<encrypt>", "<encrypt>x</encrypt><encrypt>"),
                        SEALED.replace("</jdpay>", "<encrypt>" + encrypt + "</encrypt></jdpay>"),
                        SEALED.substring(0, start - "<encrypt>".length()) + "<encrypt><a>" + encrypt + "</a></encrypt>"
                                + SEALED.substring(end + "</encrypt>".length())));
    }

    private static String edit(String text, List<Integer> at, List<String> with) {
        StringBuilder sb = new StringBuilder(text);
        for (int i = at.size() - 1; i >= 0; i--) {
            sb.insert(Math.min(at.get(i), sb.length()), with.get(i));
        }
        return sb.toString();
    }

    @Property(tries = 500)
    void keptTextAnswersWhatTheTreeAnswers(@ForAll("envelopes") String envelope) {
        byte[] body = envelope.getBytes(StandardCharsets.UTF_8);
        Object parsedOutcome = outcome(() -> JdPayEnvelope.parse(body));

        assertThat(parsedOutcome).isEqualTo(outcome(() -> fromTree(body)));
        if (parsedOutcome.toString().startsWith("JdPay")
                && !parsedOutcome.toString().startsWith("JdPayEnvelope[")) {
            return; // refused alike
        }
        JdPayEnvelope parsed = JdPayEnvelope.parse(body);
        JdPayEnvelope reference = fromTree(body);
        assertThat(parsed.hasEncrypt()).isEqualTo(reference.hasEncrypt());
        assertThat(outcome(parsed::decodeEncrypt)).isEqualTo(outcome(reference::decodeEncrypt));
        assertThat(outcome(() -> SELF.open(parsed))).isEqualTo(outcome(() -> SELF.open(reference)));
        assertThat(parsed).isEqualTo(reference).hasSameHashCodeAs(reference).hasToString(reference.toString());
        assertThat(parsed.encrypt()).isEqualTo(reference.encrypt());
    }

    @Test
    void keptTextIsDecodedFromTheBytesAndMadeAStringOnlyWhenAsked() {
        JdPayEnvelope parsed = JdPayEnvelope.parse(SEALED.getBytes(StandardCharsets.UTF_8));
        String encrypt =
                SEALED.substring(SEALED.indexOf("<encrypt>") + "<encrypt>".length(), SEALED.indexOf("</encrypt>"));

        assertThat(parsed.decodeEncrypt()).isEqualTo(Base64Text.decodeHexLenient(encrypt));
        assertThat(SELF.open(parsed).text("note")).isEqualTo("备注");
        assertThat(parsed.encrypt()).isEqualTo(encrypt).isSameAs(parsed.encrypt());
        assertThat(parsed)
                .isEqualTo(new JdPayEnvelope("V2.0", TestKeys.MERCHANT, JdPayResult.success(), encrypt))
                .hasToString("JdPayEnvelope[version=V2.0, merchant=" + TestKeys.MERCHANT + ", result="
                        + JdPayResult.success() + ", encrypt=" + encrypt + "]");
    }
}
