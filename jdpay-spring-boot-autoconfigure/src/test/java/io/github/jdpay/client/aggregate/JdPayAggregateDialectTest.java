package io.github.jdpay.client.aggregate;

import static io.github.jdpay.client.aggregate.AggregateReplayFixture.MERCHANT;
import static io.github.jdpay.client.aggregate.AggregateReplayFixture.fields;
import static io.github.jdpay.client.aggregate.AggregateReplayFixture.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.jdpay.client.JdPayRetryPolicy;
import io.github.jdpay.client.ReplayServer;
import io.github.jdpay.client.TestTemplates;
import io.github.jdpay.crypto.AggregateVectors;
import io.github.jdpay.exception.JdPayApiException;
import io.github.jdpay.exception.JdPayOutcomeUnknownException;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.aggregate.ScanUrl;
import io.github.jdpay.model.aggregate.ScanUrlRequest;
import io.github.jdpay.protocol.aggregate.AggregateDialect;
import io.github.jdpay.protocol.aggregate.CipherTextEncoding;
import io.github.jdpay.protocol.aggregate.ScanUrlFieldNames;
import io.github.jdpay.protocol.aggregate.ScanUrlTransport;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each aggregate dialect on the wire, byte for byte, against values worked out by hand with OpenSSL and md5sum under
 * the keys of aggregate.md §2.2/§2.3; the JDK's own DESede and MD5 check them again here, never the code under test.
 */
class JdPayAggregateDialectTest {

    // tag::page-example[]
    // JD's product page shows getScanUrl as this URL (made with keys that are not public):
    static final String PAGE_EXAMPLE = "https://payx.jd.com/getScanUrl?merchantNo=110047782&cipherJson="
            + "AOMgGP7u1n8EguuAMjcj5TRTHk2UWGTnTChUbEf0U1cAau6UUC1VwLS_4pQtvjtOzi2MaTPQn8BlplGHhB5-62iPVtjo4wzFHdqklH"
            + "Sf6XusjjtqaC5kPUierZrNBFCCvkv-VlxXWUWg8ehLck250NkQNSJ1WlbJUqJgusfrlnLmpjJUnDv1WcER1UJGcDCgOcy8HvuvGsk"
            + "V_t7-xmcG-ZRSBWZxEImTw7DWOgS07N8&sign=c35e9763695f18168a3aab1fea7e7158";

    // Its plaintext, in its own names and order, as compact JSON (169 UTF-8 bytes):
    static final String PAGE_PLAINTEXT = "{\"version\":\"V1.0.0\",\"appId\":\"jw\",\"merchantNo\":\"110047782\","
            + "\"orderId\":\"1111111113445367\",\"amount\":\"20\",\"successNotifyUrl\":\"https://payx.jd.com\","
            + "\"remark\":\"小白兔买糖\"}";

    // What it signs: the sorted pairs, then the MD5 key appended.
    static final String PAGE_SIGN_STRING = "amount=20&appId=jw&merchantNo=110047782&orderId=1111111113445367"
            + "&remark=小白兔买糖&successNotifyUrl=https://payx.jd.com&version=V1.0.0";

    // The same plaintext under the public test keys: DESede/ECB/PKCS5, URL-safe Base64 without '=', then the MD5.
    static final String PAGE_CIPHER_JSON = "5OHcy_rsNwPYj5Xeo2jeyIPXM9lnqp7ljll8xDg1m6fbK2A0mEuZ9yBkK0_Jd3QnN090LOK3RS"
            + "I7U4QCyU1a-tubygEAcISXAsL7D8jWeGTeNVQm9KfmWpXb34TbCMaolS9Gm9uasXK7fM_8PijUJnBUz-_euWJdJCxDkJ5SuMkfBmW7"
            + "1bz4SDmClrTnvCPljJnWn0CAGANKSIO3zMQ7dGCbkiqoiDLYVXY7Z1yDpKQ";

    static final String PAGE_SIGN = "7d6bf12b9bd1836343755a8ec33ac9ad";
    // end::page-example[]

    private static final String SHAPE = "merchantNo=[0-9]+&cipherJson=[A-Za-z0-9_-]+&sign=[0-9a-f]{32}";

    private final ReplayServer server = new ReplayServer();

    @AfterEach
    void close() {
        this.server.close();
    }

    private JdPayAggregateTemplate template(AggregateDialect dialect) {
        JdPayAggregateTemplate aggregate = JdPayAggregateTemplate.builder()
                .merchant(AggregateReplayFixture.merchant(MERCHANT))
                .dialect(dialect)
                .endpoints(this.server.endpoints())
                .retryPolicy(JdPayRetryPolicy.none())
                .clock(TestTemplates.CLOCK)
                .build();
        return aggregate;
    }

    private static ScanUrlRequest pageRequest() {
        return ScanUrlRequest.builder()
                .outTradeNo("1111111113445367")
                .amount(Money.ofFen(20))
                .successNotifyUrl("https://payx.jd.com")
                .remark("小白兔买糖")
                .build();
    }

    private void answerScanUrl(String json) {
        this.server.answerPath("/payx/getScanUrl", reply(fields(json), CipherTextEncoding.BASE64_URL));
    }

    @Test
    void theProductPageExampleUnderTheTestKeysGivesARequestOfTheExamplesShape() throws Exception {
        answerScanUrl(
                "{\"isSuccess\":true,\"orderId\":\"1111111113445367\",\"scanUrl\":\"https://payx.jd.com/s?c=1\"}");

        ScanUrl scanUrl = template(AggregateDialect.PRODUCT_PAGE_EXAMPLE).getScanUrl(pageRequest());

        ReplayServer.Posted posted = this.server.lastPosted();
        assertThat(posted.path()).isEqualTo("/payx/getScanUrl");
        assertThat(posted.headers().get("Content-type"))
                .containsExactly("application/x-www-form-urlencoded;charset=UTF-8");
        assertThat(posted.body())
                .isEqualTo("merchantNo=110047782&cipherJson=" + PAGE_CIPHER_JSON + "&sign=" + PAGE_SIGN)
                .matches(SHAPE);
        assertThat(PAGE_EXAMPLE.substring(PAGE_EXAMPLE.indexOf('?') + 1)).matches(SHAPE);
        // Both decode to 176 bytes: the example's length cannot tell the namings apart, its shape is what is kept.
        assertThat(Base64.getUrlDecoder().decode(PAGE_CIPHER_JSON)).hasSize(176);
        assertThat(Base64.getUrlDecoder().decode(exampleParameter("cipherJson")))
                .hasSize(176);
        assertThat(jdkDecrypt(PAGE_CIPHER_JSON)).isEqualTo(PAGE_PLAINTEXT);
        assertThat(md5(PAGE_SIGN_STRING + AggregateVectors.MD5_KEY_2_2)).isEqualTo(PAGE_SIGN);
        assertThat(scanUrl.outTradeNo()).isEqualTo("1111111113445367");
    }

    @Test
    void theExampleNamesInAJsonPost() {
        answerScanUrl("{\"isSuccess\":true,\"scanUrl\":\"https://payx.jd.com/s?c=2\"}");

        template(AggregateDialect.DEFAULT.withScanUrlFieldNames(ScanUrlFieldNames.SAMPLE))
                .getScanUrl(pageRequest());

        assertThat(this.server.lastPosted().body())
                .isEqualTo("{\"merchantNo\":\"110047782\",\"systemId\":\"jw\",\"cipherJson\":\"" + PAGE_CIPHER_JSON
                        + "\",\"sign\":\"" + PAGE_SIGN + "\"}");
    }

    private static ScanUrlRequest vectorRequest() {
        return ScanUrlRequest.builder()
                .outTradeNo("1111111113445367")
                .amount(Money.ofFen(20))
                .successNotifyUrl("https://payx.jd.com")
                .expireTime(Duration.ofSeconds(600))
                .remark("小白兔买糖")
                .build();
    }

    @Test
    void theTableNamesWithHexCipherText() {
        answerScanUrl("{\"resultCode\":\"SUCCESS\",\"scanUrl\":\"https://payx.jd.com/s?c=3\"}");

        template(AggregateDialect.DEFAULT.withScanUrlCipherText(CipherTextEncoding.HEX))
                .getScanUrl(vectorRequest());

        assertThat(this.server.lastPosted().body())
                .isEqualTo("{\"merchantNo\":\"110047782\",\"systemId\":\"jw\",\"cipherJson\":\""
                        + AggregateVectors.SCAN_URL_HEX + "\",\"sign\":\"" + AggregateVectors.SCAN_URL_SIGN + "\"}");
    }

    @Test
    void theTableNamesAsTheExamplesParameters() {
        answerScanUrl("{\"resultCode\":\"SUCCESS\",\"scanUrl\":\"https://payx.jd.com/s?c=4\"}");

        template(AggregateDialect.DEFAULT.withScanUrlTransport(ScanUrlTransport.QUERY))
                .getScanUrl(vectorRequest());

        assertThat(this.server.lastPosted().body())
                .isEqualTo("merchantNo=110047782&cipherJson=" + AggregateVectors.SCAN_URL_BASE64 + "&sign="
                        + AggregateVectors.SCAN_URL_SIGN);
    }

    @Test
    void anAnswerInTheExamplesNamesForAnotherOrderIsRefused() {
        answerScanUrl("{\"isSuccess\":true,\"orderId\":\"999\",\"scanUrl\":\"https://payx.jd.com/s?c=5\"}");

        assertThatExceptionOfType(JdPayOutcomeUnknownException.class)
                .isThrownBy(
                        () -> template(AggregateDialect.PRODUCT_PAGE_EXAMPLE).getScanUrl(pageRequest()));
    }

    @Test
    void aFailureAnsweredInClearCarriesJdsCodeAndMessage() {
        this.server.answerPath("/payx/getScanUrl", "{\"isSuccess\":false,\"code\":\"E10003\",\"message\":\"商户未开通\"}");

        assertThatExceptionOfType(JdPayApiException.class)
                .isThrownBy(
                        () -> template(AggregateDialect.PRODUCT_PAGE_EXAMPLE).getScanUrl(pageRequest()))
                .satisfies(ex -> {
                    assertThat(ex.getCode()).isEqualTo("E10003");
                    assertThat(ex.getDescription()).isEqualTo("商户未开通");
                });
    }

    @Test
    void theApiOperationsCanSendBase64() {
        this.server.answerPath(
                "/apipayx/m/querytrade",
                reply(
                        fields("{\"resultCode\":\"SUCCESS\",\"merchantNo\":\"110047782\",\"outTradeNo\":\"T1\","
                                + "\"amount\":5,\"payStatus\":\"FINISH\"}"),
                        CipherTextEncoding.HEX));

        template(AggregateDialect.DEFAULT.withApiCipherText(CipherTextEncoding.BASE64_URL))
                .queryTrade("T1");

        String body = this.server.lastPosted().body();
        String cipherJson = body.replaceAll(".*\"cipherJson\":\"([^\"]+)\".*", "$1");
        assertThat(cipherJson).matches("[A-Za-z0-9_-]+").doesNotMatch("[0-9a-f]+");
        assertThat(jdkDecrypt(cipherJson)).contains("\"outTradeNo\":\"T1\"");
    }

    private static String exampleParameter(String name) {
        for (String pair : PAGE_EXAMPLE.substring(PAGE_EXAMPLE.indexOf('?') + 1).split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static String jdkDecrypt(String urlSafeBase64) {
        try {
            Cipher cipher = Cipher.getInstance("DESede/ECB/PKCS5Padding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    new SecretKeySpec(Base64.getDecoder().decode(AggregateVectors.KEY_2_2), "DESede"));
            return new String(cipher.doFinal(Base64.getUrlDecoder().decode(urlSafeBase64)), StandardCharsets.UTF_8);
        } catch (java.security.GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String md5(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
