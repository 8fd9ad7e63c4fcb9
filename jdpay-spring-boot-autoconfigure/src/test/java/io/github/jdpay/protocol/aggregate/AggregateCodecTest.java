package io.github.jdpay.protocol.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.crypto.AggregateTripleDesCipher;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.Md5AggregateSigner;
import io.github.jdpay.exception.JdPayMalformedMessageException;
import io.github.jdpay.exception.JdPaySignatureException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** aggregate.md §7: the cipherJson + MD5 envelope, both text encodings, and every way it can be wrong. */
class AggregateCodecTest {

    static final String DES_KEY = "usIV/W1e2Z2rkvImxyXVvEA0FnySFT7m";

    static final String MD5_KEY = "aaaaa1cs13644lyybjb2v8d2kj82222";

    private static AggregateCodec codec(String desKey, String md5Key) {
        return new AggregateCodec(
                new AggregateTripleDesCipher(KeyLoader.desKey("des", desKey)), new Md5AggregateSigner(md5Key));
    }

    private final AggregateCodec codec = codec(DES_KEY, MD5_KEY);

    static Map<String, Object> order() {
        Map<String, Object> plain = new LinkedHashMap<>();
        plain.put("version", "V1.0.0");
        plain.put("systemId", "jw");
        plain.put("merchantNo", "110047782");
        plain.put("outTradeNo", "A-1");
        plain.put("amount", "20");
        plain.put("remark", "小白兔买糖");
        plain.put("successNotifyUrl", "");
        return plain;
    }

    @ParameterizedTest
    @EnumSource(CipherTextEncoding.class)
    void sealedEnvelopesOpenInBothEncodings(CipherTextEncoding encoding) {
        AggregateEnvelope sealed = this.codec.seal("110047782", "jw", order(), encoding);

        AggregateEnvelope received = AggregateEnvelope.parse(sealed.toJson().getBytes(StandardCharsets.UTF_8));
        Map<String, String> opened = this.codec.open(received, "110047782");

        assertThat(opened)
                .containsEntry("remark", "小白兔买糖")
                .containsEntry("amount", "20")
                .doesNotContainKey("successNotifyUrl");
        assertThat(received.systemId()).isEqualTo("jw");
    }

    @Test
    void wrongMd5KeyFailsVerification() {
        AggregateEnvelope sealed =
                codec(DES_KEY, "another-md5-key").seal("110047782", "jw", order(), CipherTextEncoding.HEX);

        assertThatThrownBy(() -> this.codec.open(sealed, "110047782")).isInstanceOf(JdPaySignatureException.class);
    }

    @Test
    void tamperedCipherJsonIsCaught() {
        AggregateEnvelope sealed = this.codec.seal("110047782", "jw", order(), CipherTextEncoding.HEX);
        char[] hex = sealed.cipherJson().toCharArray();
        hex[5] = (hex[5] == '0') ? '1' : '0';
        AggregateEnvelope tampered = AggregateEnvelope.request("110047782", "jw", new String(hex), sealed.sign());

        assertThatThrownBy(() -> this.codec.open(tampered, "110047782"))
                .isInstanceOfAny(JdPaySignatureException.class, JdPayMalformedMessageException.class);
    }

    @Test
    void merchantMismatchInEnvelopeOrPlaintextIsRefused() {
        AggregateEnvelope sealed = this.codec.seal("110047782", "jw", order(), CipherTextEncoding.HEX);
        AggregateEnvelope rerouted = AggregateEnvelope.request("999", "jw", sealed.cipherJson(), sealed.sign());
        AggregateEnvelope sealedForOther = this.codec.seal("999", "jw", order(), CipherTextEncoding.HEX);

        assertThatThrownBy(() -> this.codec.open(rerouted, "110047782"))
                .isInstanceOf(JdPayMalformedMessageException.class)
                .hasMessageContaining("999");
        assertThatThrownBy(() -> this.codec.open(sealedForOther, "999"))
                .isInstanceOf(JdPayMalformedMessageException.class)
                .hasMessageContaining("signed aggregate plaintext names merchant 110047782");
    }

    @Test
    void badEncodingsAndBodiesAreTyped() {
        assertThatThrownBy(() -> this.codec.open(AggregateEnvelope.request("110047782", "jw", "%%%", "x"), "110047782"))
                .isInstanceOf(JdPayMalformedMessageException.class);
        assertThatThrownBy(() -> this.codec.open(AggregateEnvelope.request("110047782", "jw", null, "x"), "110047782"))
                .isInstanceOf(JdPayMalformedMessageException.class);
        assertThatThrownBy(() -> AggregateEnvelope.parse("<xml/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(JdPayMalformedMessageException.class);
        assertThatThrownBy(() -> AggregateEnvelope.parse("[1]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(JdPayMalformedMessageException.class);
        assertThatThrownBy(() -> AggregateEnvelope.parse(new byte[0]))
                .isInstanceOf(JdPayMalformedMessageException.class);
    }

    @Test
    void failureRepliesAreRecognisedBeforeDecryption() {
        AggregateEnvelope reply = AggregateEnvelope.parse(
                "{\"success\":\"false\",\"errCode\":\"E01\",\"errCodeDes\":\"签名错误\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(reply.isFailure()).isTrue();
        assertThat(reply.errCodeDes()).isEqualTo("签名错误");
    }
}
