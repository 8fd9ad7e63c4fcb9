package io.github.jdpay.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.exception.JdPayMalformedMessageException;
import io.github.jdpay.protocol.AggregateCodec;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** jdpay-v2.md B.7 (APP signData) and aggregate.md §2.2, §2.3, §3.1 (aggregate 3DES and MD5 sign). */
class Md5AndAggregateCryptoTest {

    static final String KEY_2_2 = "usIV/W1e2Z2rkvImxyXVvEA0FnySFT7m";

    static final String MD5_KEY_2_2 = "aaaaa1cs13644lyybjb2v8d2kj82222";

    static final String SCAN_URL_HEX =
            "e4e1dccbfaec3703d88f95dea368dec88efa34000e36d3d748956373e2a75383298585863c3d3f5d7f62382c728eb7855c2e23268a3a5dc5fa310114d7db5c3266493f5d3a1b8570fb9cbdfca74be0d337a141c0d27b5fb1458d27aafbf76d7c2dc1ffb7319d930d713bd6f04eed6f7b8e3170d241444b3f94f94917cc30f81acfed5677ee42a6c14b982f1cc31bac7348f79c95ad7a4bcc280611cf449f1a1818c54398580edc05df79dd05d09d1292e4138e64748e619185596c441737db76addaac415734c9a9";

    static final String SCAN_URL_BASE64 =
            "5OHcy_rsNwPYj5Xeo2jeyI76NAAONtPXSJVjc-KnU4MphYWGPD0_XX9iOCxyjreFXC4jJoo6XcX6MQEU19tcMmZJP106G4Vw-5y9_KdL4NM3oUHA0ntfsUWNJ6r79218LcH_tzGdkw1xO9bwTu1ve44xcNJBREs_lPlJF8ww-BrP7VZ37kKmwUuYLxzDG6xzSPecla16S8woBhHPRJ8aGBjFQ5hYDtwF33ndBdCdEpLkE45kdI5hkYVZbEQXN9t2rdqsQVc0yak";

    @ParameterizedTest
    @CsvSource({
        "22294531, 1040148732613602152591, test, 57954233066514de0f632698f2e9fddf",
        "22294531, 12345678, pvmkZFhudHnwblIxgWsnvFqDHRrVDmfU, 807a189bdd3362c7e2cb78901a008a2c",
        "22294531, 1029148637575787617463, test, 029fc556720c0d863ae635f7d7525845",
    })
    void appSignDataMatchesVectorsB7(String merchant, String orderId, String md5Key, String signData) {
        assertThat(AppSignData.compute(merchant, orderId, md5Key)).isEqualTo(signData);
    }

    static Map<String, Object> scanUrlPlaintext() {
        Map<String, Object> plain = new LinkedHashMap<>();
        plain.put("version", "V1.0.0");
        plain.put("systemId", "jw");
        plain.put("merchantNo", "110047782");
        plain.put("outTradeNo", "1111111113445367");
        plain.put("amount", "20");
        plain.put("successNotifyUrl", "https://payx.jd.com");
        plain.put("expireTime", "600");
        plain.put("remark", "小白兔买糖");
        return plain;
    }

    @Test
    void scanUrlShapeVectorEncryptsToBothTextForms() {
        AggregateCipher cipher = new AggregateTripleDesCipher(KeyLoader.desKey("key", KEY_2_2));
        byte[] json = AggregateCodec.plaintextJson(scanUrlPlaintext()).getBytes(StandardCharsets.UTF_8);

        byte[] encrypted = cipher.encrypt(json);

        assertThat(json).hasSize(194);
        assertThat(CipherTextEncoding.HEX.encode(encrypted)).isEqualTo(SCAN_URL_HEX);
        assertThat(CipherTextEncoding.BASE64_URL.encode(encrypted)).isEqualTo(SCAN_URL_BASE64);
        assertThat(cipher.decrypt(CipherTextEncoding.decodeAny(SCAN_URL_BASE64)))
                .isEqualTo(json);
        assertThat(cipher.decrypt(CipherTextEncoding.decodeAny(SCAN_URL_HEX))).isEqualTo(json);
    }

    @Test
    void scanUrlShapeVectorSignMatches() {
        Map<String, String> text = new LinkedHashMap<>();
        scanUrlPlaintext().forEach((k, v) -> text.put(k, v.toString()));

        assertThat(Md5AggregateSigner.signString(text))
                .isEqualTo("amount=20&expireTime=600&merchantNo=110047782&outTradeNo=1111111113445367"
                        + "&remark=小白兔买糖&successNotifyUrl=https://payx.jd.com&systemId=jw&version=V1.0.0");
        assertThat(new Md5AggregateSigner(MD5_KEY_2_2).sign(text)).isEqualTo("9a7193664c5728e43103ab605ad38a0a");
    }

    @Test
    void thirdPartyFixtureVectorMatchesCipherPrefixSuffixAndSign() {
        Map<String, Object> plain = new LinkedHashMap<>();
        plain.put("amount", 1L);
        plain.put("businessCode", "AGGRE");
        plain.put("currency", "RMB");
        plain.put("errCode", 1000L);
        plain.put("errCodeDesc", "qea31q");
        plain.put("merchantNo", 123123L);
        plain.put("outTradeNo", "aaabbbccc");
        plain.put("payInfo", "qqwweerr");
        plain.put("piType", "WX");
        plain.put("resultCode", "SUCCESS");
        plain.put("tradeNo", "112233qqwwee");
        plain.put("tradeTime", 20190808121212L);
        plain.put("version", "V3.0");
        String json = AggregateCodec.plaintextJson(plain);
        AggregateCipher cipher = new AggregateTripleDesCipher(KeyLoader.desKey("key", KEY_2_2));

        String hex = CipherTextEncoding.HEX.encode(cipher.encrypt(json.getBytes(StandardCharsets.UTF_8)));
        Map<String, String> text = AggregateCodec.parsePlaintext(json);

        assertThat(hex)
                .hasSize(528)
                .startsWith("f35289d2658cf19d85e6e1ac414a5c53")
                .endsWith("13721e5a128cd");
        assertThat(new Md5AggregateSigner(MD5_KEY_2_2).sign(text)).isEqualTo("a7163aaf41d6892f6c5924dffc0769e2");
        assertThat(new Md5AggregateSigner(MD5_KEY_2_2).verify(text, "A7163AAF41D6892F6C5924DFFC0769E2"))
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
        byte[] key = KeyLoader.desKey("key", KEY_2_2);
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
        AggregateCipher cipher = new AggregateTripleDesCipher(KeyLoader.desKey("key", KEY_2_2));
        assertThatThrownBy(() -> cipher.decrypt(new byte[7])).isInstanceOf(JdPayMalformedMessageException.class);
    }
}
