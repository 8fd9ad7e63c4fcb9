package io.github.jdpay.crypto;

import java.util.LinkedHashMap;
import java.util.Map;

/** The aggregate-pay vectors of aggregate.md §2.2 (a third-party fixture) and §2.3 (the getScanUrl shape). */
public final class AggregateVectors {

    public static final String KEY_2_2 = "usIV/W1e2Z2rkvImxyXVvEA0FnySFT7m";

    public static final String MD5_KEY_2_2 = "aaaaa1cs13644lyybjb2v8d2kj82222";

    public static final String SCAN_URL_HEX =
            "e4e1dccbfaec3703d88f95dea368dec88efa34000e36d3d748956373e2a75383298585863c3d3f5d7f62382c728eb7855c2e23268a3a5dc5fa310114d7db5c3266493f5d3a1b8570fb9cbdfca74be0d337a141c0d27b5fb1458d27aafbf76d7c2dc1ffb7319d930d713bd6f04eed6f7b8e3170d241444b3f94f94917cc30f81acfed5677ee42a6c14b982f1cc31bac7348f79c95ad7a4bcc280611cf449f1a1818c54398580edc05df79dd05d09d1292e4138e64748e619185596c441737db76addaac415734c9a9";

    public static final String SCAN_URL_BASE64 =
            "5OHcy_rsNwPYj5Xeo2jeyI76NAAONtPXSJVjc-KnU4MphYWGPD0_XX9iOCxyjreFXC4jJoo6XcX6MQEU19tcMmZJP106G4Vw-5y9_KdL4NM3oUHA0ntfsUWNJ6r79218LcH_tzGdkw1xO9bwTu1ve44xcNJBREs_lPlJF8ww-BrP7VZ37kKmwUuYLxzDG6xzSPecla16S8woBhHPRJ8aGBjFQ5hYDtwF33ndBdCdEpLkE45kdI5hkYVZbEQXN9t2rdqsQVc0yak";

    /** §2.3: the sign of {@link #scanUrlPlaintext()}. */
    public static final String SCAN_URL_SIGN = "9a7193664c5728e43103ab605ad38a0a";

    /** §2.2: the sign of {@link #fixturePlaintext()}. */
    public static final String FIXTURE_SIGN = "a7163aaf41d6892f6c5924dffc0769e2";

    private AggregateVectors() {}

    /** §2.3: the getScanUrl plaintext, in the order of the compact JSON that encrypts to {@link #SCAN_URL_HEX}. */
    public static Map<String, Object> scanUrlPlaintext() {
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

    /** §2.2: the decrypted reply of the third-party fixture, numbers as JSON numbers. */
    public static Map<String, Object> fixturePlaintext() {
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
        return plain;
    }
}
