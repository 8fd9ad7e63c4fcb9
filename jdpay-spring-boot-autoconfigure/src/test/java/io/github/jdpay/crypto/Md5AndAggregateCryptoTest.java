package io.github.jdpay.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.exception.JdPayMalformedMessageException;
import io.github.jdpay.protocol.aggregate.AggregateCodec;
import io.github.jdpay.protocol.aggregate.CipherTextEncoding;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** jdpay-v2.md B.7 (APP signData) and aggregate.md §2.2, §2.3, §3.1 (aggregate 3DES and MD5 sign). */
class Md5AndAggregateCryptoTest {

    @ParameterizedTest
    @CsvSource({
        "22294531, 1040148732613602152591, test, 57954233066514de0f632698f2e9fddf",
        "22294531, 12345678, pvmkZFhudHnwblIxgWsnvFqDHRrVDmfU, 807a189bdd3362c7e2cb78901a008a2c",
        "22294531, 1029148637575787617463, test, 029fc556720c0d863ae635f7d7525845",
    })
    void appSignDataMatchesVectorsB7(String merchant, String orderId, String md5Key, String signData) {
        assertThat(AppSignData.compute(merchant, orderId, md5Key)).isEqualTo(signData);
    }

    @Test
    void scanUrlShapeVectorEncryptsToBothTextForms() {
        AggregateCipher cipher = new AggregateTripleDesCipher(KeyLoader.desKey("key", AggregateVectors.KEY_2_2));
        byte[] json = AggregateCodec.plaintextJson(AggregateVectors.scanUrlPlaintext())
                .getBytes(StandardCharsets.UTF_8);

        byte[] encrypted = cipher.encrypt(json);

        assertThat(json).hasSize(194);
        assertThat(CipherTextEncoding.HEX.encode(encrypted)).isEqualTo(AggregateVectors.SCAN_URL_HEX);
        assertThat(CipherTextEncoding.BASE64_URL.encode(encrypted)).isEqualTo(AggregateVectors.SCAN_URL_BASE64);
        assertThat(cipher.decrypt(CipherTextEncoding.decodeAny(AggregateVectors.SCAN_URL_BASE64)))
                .isEqualTo(json);
        assertThat(cipher.decrypt(CipherTextEncoding.decodeAny(AggregateVectors.SCAN_URL_HEX)))
                .isEqualTo(json);
    }

    @Test
    void scanUrlShapeVectorSignMatches() {
        Map<String, String> text = new LinkedHashMap<>();
        AggregateVectors.scanUrlPlaintext().forEach((k, v) -> text.put(k, v.toString()));

        assertThat(Md5AggregateSigner.signString(text))
                .isEqualTo("amount=20&expireTime=600&merchantNo=110047782&outTradeNo=1111111113445367"
                        + "&remark=小白兔买糖&successNotifyUrl=https://payx.jd.com&systemId=jw&version=V1.0.0");
        assertThat(new Md5AggregateSigner(AggregateVectors.MD5_KEY_2_2).sign(text))
                .isEqualTo(AggregateVectors.SCAN_URL_SIGN);
    }

    @Test
    void thirdPartyFixtureVectorMatchesCipherPrefixSuffixAndSign() {
        Map<String, Object> plain = AggregateVectors.fixturePlaintext();
        String json = AggregateCodec.plaintextJson(plain);
        AggregateCipher cipher = new AggregateTripleDesCipher(KeyLoader.desKey("key", AggregateVectors.KEY_2_2));

        String hex = CipherTextEncoding.HEX.encode(cipher.encrypt(json.getBytes(StandardCharsets.UTF_8)));
        Map<String, String> text = AggregateCodec.parsePlaintext(json);

        assertThat(hex)
                .hasSize(528)
                .startsWith("f35289d2658cf19d85e6e1ac414a5c53")
                .endsWith("13721e5a128cd");
        assertThat(new Md5AggregateSigner(AggregateVectors.MD5_KEY_2_2).sign(text))
                .isEqualTo(AggregateVectors.FIXTURE_SIGN);
        assertThat(new Md5AggregateSigner(AggregateVectors.MD5_KEY_2_2)
                        .verify(text, "A7163AAF41D6892F6C5924DFFC0769E2"))
                .isTrue();
    }

    @Test
    void parkingVectorDecryptsUnderEcbWithPkcs5() {
        AggregateCipher cipher =
                new AggregateTripleDesCipher(KeyLoader.desKey("key", "E4Otx5GiMXMpDg0snXrQzacWwUrm+DQx"));

        byte[] plain = cipher.decrypt(
                CipherTextEncoding.decodeAny("960ba3923c4cb5b099dd01c283d19f9f5949230a48a3acfe0c0ae578ccfb1380"));

        assertThat(new String(plain, StandardCharsets.UTF_8)).isEqualTo("{\"carLicense\":\"京NN3333\"}");
    }

    @Test
    void documentPaddingRuleIsAlsoAccepted() throws Exception {
        byte[] key = KeyLoader.desKey("key", AggregateVectors.KEY_2_2);
        // The payx document pads to 16 with y bytes of value y: "1" -> [49, 15 x 15].
        byte[] padded = new byte[16];
        padded[0] = '1';
        java.util.Arrays.fill(padded, 1, 16, (byte) 15);
        javax.crypto.Cipher raw = javax.crypto.Cipher.getInstance("DESede/ECB/NoPadding");
        raw.init(javax.crypto.Cipher.ENCRYPT_MODE, new javax.crypto.spec.SecretKeySpec(key, "DESede"));

        byte[] plain = new AggregateTripleDesCipher(key).decrypt(raw.doFinal(padded));

        assertThat(plain).containsExactly('1');
    }

    @Test
    void undecodableCipherTextIsRejected() {
        assertThatThrownBy(() -> CipherTextEncoding.decodeAny("***"))
                .isInstanceOf(JdPayMalformedMessageException.class);
        assertThatThrownBy(() -> CipherTextEncoding.decodeAny("")).isInstanceOf(JdPayMalformedMessageException.class);
        AggregateCipher cipher = new AggregateTripleDesCipher(KeyLoader.desKey("key", AggregateVectors.KEY_2_2));
        assertThatThrownBy(() -> cipher.decrypt(new byte[7])).isInstanceOf(JdPayMalformedMessageException.class);
    }
}
