package io.github.jdpay.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.exception.JdPaySignatureException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The signature is cut out of the bytes from the first {@code <sign>} to the last {@code </sign>}, nothing else. */
class SignedTextTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void signInTheMiddleIsCutAfterMultiByteText() {
        SignedText cut = SignedText.cut(utf8("<jdpay><note>备注</note><sign>QUJD</sign><amount>1</amount></jdpay>"));

        assertThat(new String(cut.unsigned(), StandardCharsets.UTF_8))
                .isEqualTo("<jdpay><note>备注</note><amount>1</amount></jdpay>");
        assertThat(cut.signature()).isEqualTo("QUJD");
    }

    @Test
    void cutRunsFromTheFirstOpeningToTheLastClosingTag() {
        SignedText cut = SignedText.cut(utf8("<a><sign>x</sign><b/><sign>y</sign></a>"));

        assertThat(new String(cut.unsigned(), StandardCharsets.UTF_8)).isEqualTo("<a></a>");
        assertThat(cut.signature()).isEqualTo("x</sign><b/><sign>y");
    }

    @Test
    void missingOrReversedTagsAreASignatureFailure() {
        assertThatThrownBy(() -> SignedText.cut(utf8("<a></a>"))).isInstanceOf(JdPaySignatureException.class);
        assertThatThrownBy(() -> SignedText.cut(utf8("<a></sign><sign></a>")))
                .isInstanceOf(JdPaySignatureException.class);
        assertThatThrownBy(() -> SignedText.cut(utf8("<sign>"))).isInstanceOf(JdPaySignatureException.class);
    }
}
