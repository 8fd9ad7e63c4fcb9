package io.github.jdpay.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.crypto.AggregateTripleDesCipher;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.Md5AggregateSigner;
import io.github.jdpay.exception.JdPaySignatureException;
import io.github.jdpay.protocol.aggregate.AggregateCodec;
import io.github.jdpay.protocol.aggregate.AggregateEnvelope;
import io.github.jdpay.protocol.aggregate.CipherTextEncoding;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Aggregate pay (聚合支付): payx getScanUrl and apipayx /m/*, sealed and opened with the aggregate codec. */
class AggregatePayTest extends SimulatorTestBase {

    private static final String M = TestMerchant.MERCHANT_NO;

    private final AggregateCodec codec = codec(TestMerchant.MD5_KEY);

    private static AggregateCodec codec(String md5Key) {
        return new AggregateCodec(
                new AggregateTripleDesCipher(KeyLoader.desKey("des", TestMerchant.DES_KEY)),
                new Md5AggregateSigner(md5Key));
    }

    private AggregateEnvelope post(String url, String body) {
        HttpResponse<String> response = MerchantClient.post(url, body.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return AggregateEnvelope.parse(response.body().getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, String> call(String path, Map<String, ?> plain) {
        String body = this.codec.seal(M, "jw", plain, CipherTextEncoding.HEX).toJson();
        AggregateEnvelope reply = post(this.simulator.aggregateApiUrl() + path, body);
        assertThat(reply.success()).isTrue();
        assertThat(reply.cipherJson()).matches("[0-9a-f]+");
        return this.codec.open(reply, M);
    }

    private static Map<String, Object> plain(Object... pairs) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("merchantNo", M);
        fields.put("businessCode", "AGGRE");
        fields.put("version", "V3.0");
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put((String) pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    @Test
    void getScanUrlAnswersInUrlSafeBase64AndItsPagePaysAndNotifies() {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("version", "V1.0.0");
        request.put("systemId", "jw");
        request.put("merchantNo", M);
        request.put("outTradeNo", "S1");
        request.put("amount", "20");
        request.put("successNotifyUrl", this.receiver.url());
        request.put("remark", "小白兔买糖");
        AggregateEnvelope reply = post(
                this.simulator.aggregateUrl() + "/getScanUrl",
                this.codec.seal(M, "jw", request, CipherTextEncoding.BASE64_URL).toJson());
        Map<String, String> opened = this.codec.open(reply, M);

        HttpResponse<String> scanned = Browser.get(opened.get("scanUrl"));
        HttpResponse<String> page =
                Browser.get(scanned.headers().firstValue("Location").orElseThrow());
        Browser.postForm(Browser.formAction(page.body(), "cashier"), Browser.hiddenInputs(page.body()));
        NotificationDelivery delivery =
                this.simulator.awaitDeliveries("S1", 1, Duration.ofSeconds(5)).get(0);
        Map<String, String> notified =
                this.codec.open(AggregateEnvelope.parse(delivery.requestBody().getBytes(StandardCharsets.UTF_8)), M);

        assertThat(reply.cipherJson()).doesNotContain("+", "/", "=");
        assertThat(opened).containsEntry("resultCode", "SUCCESS");
        assertThat(opened.get("scanUrl")).startsWith(this.simulator.aggregateUrl() + "/scan?c=");
        assertThat(page.body()).contains("id=\"pay\"");
        assertThat(delivery.acknowledged()).isTrue();
        assertThat(notified)
                .containsEntry("outTradeNo", "S1")
                .containsEntry("payStatus", "FINISH")
                .containsEntry("amount", "20");
        assertThat(this.simulator.aggregate().order(M, "S1").state()).isEqualTo(OrderState.PAID);
        assertThat(this.simulator.findOrder(M, "S1")).isEmpty();
    }

    @Test
    void getScanUrlAcceptsTheEnvelopeAsFormFields() {
        AggregateEnvelope sealed = this.codec.seal(
                M,
                "jw",
                Map.of("version", "V1.0.0", "merchantNo", M, "outTradeNo", "S2", "amount", "5"),
                CipherTextEncoding.BASE64_URL);
        Map<String, String> form = Map.of("merchantNo", M, "cipherJson", sealed.cipherJson(), "sign", sealed.sign());

        HttpResponse<String> response = Browser.postForm(this.simulator.aggregateUrl() + "/getScanUrl", form);

        assertThat(this.codec.open(AggregateEnvelope.parse(response.body().getBytes(StandardCharsets.UTF_8)), M))
                .containsKey("scanUrl");
    }

    @Test
    void barcodePayQueryRefundAndRefundQueryRoundTrip() {
        Map<String, String> paid = call(
                "/m/pay",
                plain(
                        "outTradeNo",
                        "B1",
                        "amount",
                        100L,
                        "currency",
                        "RMB",
                        "authCode",
                        "134567890123456789",
                        "piType",
                        "JDPAY"));
        Map<String, String> refunded =
                call("/m/refund", plain("outTradeNo", "B1", "outRefundNo", "B1-r", "amount", 30L, "currency", "RMB"));
        Map<String, String> queried = call("/m/querytrade", plain("outTradeNo", "B1"));
        Map<String, String> refundQueried = call("/m/queryrefund", plain("outRefundNo", "B1-r"));
        Map<String, String> tooMuch =
                call("/m/refund", plain("outTradeNo", "B1", "outRefundNo", "B1-r2", "amount", 71L, "currency", "RMB"));

        assertThat(paid).containsEntry("payStatus", "FINISH").containsEntry("resultCode", "SUCCESS");
        assertThat(paid.get("tradeNo")).hasSize(22);
        assertThat(refunded).containsEntry("outRefundNo", "B1-r").containsEntry("payStatus", "FINISH");
        assertThat(queried).containsEntry("payStatus", "REFUND");
        assertThat(refundQueried).containsEntry("amount", "30");
        assertThat(tooMuch)
                .containsEntry("resultCode", "FAIL")
                .containsEntry("errCode", SimulatorResultCode.REFUND_EXCEEDS_REFUNDABLE.code());
    }

    @Test
    void unifiedOrderWaitsForThePayer() {
        Map<String, String> created = call(
                "/m/unifiedOrder", plain("outTradeNo", "J1", "amount", 9L, "currency", "RMB", "productName", "咖啡"));
        String before = call("/m/querytrade", plain("outTradeNo", "J1")).get("payStatus");
        this.simulator.aggregate().pay(M, "J1");
        String after =
                call("/m/querytrade", plain("tradeNo", created.get("tradeNo"))).get("payStatus");

        assertThat(created.get("payInfo")).contains(this.simulator.aggregateUrl());
        assertThat(before).isEqualTo("PROCESSING");
        assertThat(after).isEqualTo("FINISH");
    }

    @Test
    void protocolFailuresAnswerSuccessFalseWithoutCipherJson() {
        String wrongMd5 = codec("wrong")
                .seal(M, "jw", plain("outTradeNo", "Z1"), CipherTextEncoding.HEX)
                .toJson();
        String unknown = this.codec
                .seal("12345", "jw", Map.of("merchantNo", "12345", "outTradeNo", "Z1"), CipherTextEncoding.HEX)
                .toJson();

        AggregateEnvelope badSign = post(this.simulator.aggregateApiUrl() + "/m/querytrade", wrongMd5);
        AggregateEnvelope noMerchant = post(this.simulator.aggregateApiUrl() + "/m/querytrade", unknown);
        AggregateEnvelope garbage = post(this.simulator.aggregateApiUrl() + "/m/querytrade", "<xml/>");

        assertThat(badSign.isFailure()).isTrue();
        assertThat(badSign.errCode()).isEqualTo(SimulatorResultCode.SIGNATURE_INVALID.code());
        assertThat(badSign.cipherJson()).isNull();
        assertThat(noMerchant.errCode()).isEqualTo(SimulatorResultCode.UNKNOWN_MERCHANT.code());
        assertThat(garbage.errCode()).isEqualTo(SimulatorResultCode.MALFORMED_REQUEST.code());
    }

    @Test
    void faultsApplyToAggregateOperations() {
        this.simulator.faults().next("m/querytrade").badSignature();
        this.simulator.faults().next("m/refund").resultCode(SimulatorResultCode.INSUFFICIENT_BALANCE);
        String query = this.codec
                .seal(M, "jw", plain("outTradeNo", "none"), CipherTextEncoding.HEX)
                .toJson();
        String refund = this.codec
                .seal(M, "jw", plain("outTradeNo", "none", "outRefundNo", "n-r", "amount", 1L), CipherTextEncoding.HEX)
                .toJson();

        AggregateEnvelope badlySigned = post(this.simulator.aggregateApiUrl() + "/m/querytrade", query);
        AggregateEnvelope refused = post(this.simulator.aggregateApiUrl() + "/m/refund", refund);

        assertThatThrownBy(() -> this.codec.open(badlySigned, M)).isInstanceOf(JdPaySignatureException.class);
        assertThat(refused.isFailure()).isTrue();
        assertThat(refused.errCode()).isEqualTo("RFND100008");
    }
}
