package io.github.jdpay.test;

import io.github.jdpay.protocol.JdPayEnvelope;
import io.github.jdpay.protocol.JdPayMessage;
import io.github.jdpay.protocol.JdPayResult;
import io.github.jdpay.protocol.JdPayXmlCodec;
import io.github.jdpay.protocol.SafeXmlParser;
import io.github.jdpay.protocol.XmlNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** The test merchant's side of the wire: seals requests with its keys, opens answers with the simulator's JD key. */
final class MerchantClient {

    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final JdPaySimulator simulator;

    private final JdPayXmlCodec codec;

    MerchantClient(JdPaySimulator simulator) {
        this.simulator = simulator;
        this.codec = TestMerchant.xmlCodec(simulator.jdPublicKey());
    }

    /** A request document with version and merchant, ready for more fields. */
    static XmlNode.Builder request() {
        return XmlNode.builder("jdpay").add("version", "V2.0").add("merchant", TestMerchant.MERCHANT_NO);
    }

    /** A GEN uniorder request for {@code amount} fen, notifying {@code notifyUrl}. */
    static XmlNode.Builder uniorder(String tradeNum, long amount, String notifyUrl) {
        return request()
                .add("tradeNum", tradeNum)
                .add("tradeName", "测试商品")
                .add("tradeTime", "20250101120000")
                .add("amount", amount)
                .add("orderType", "1")
                .add("currency", "CNY")
                .add("note", "备注")
                .add("notifyUrl", notifyUrl)
                .add("userId", "user-" + tradeNum);
    }

    static XmlNode.Builder refund(String refundNum, String tradeNum, long amount, @Nullable String notifyUrl) {
        return request()
                .add("tradeNum", refundNum)
                .add("oTradeNum", tradeNum)
                .add("amount", amount)
                .add("currency", "CNY")
                .add("tradeTime", "20250101130000")
                .add("notifyUrl", notifyUrl)
                .add("note", "");
    }

    Answer call(String operation, XmlNode.Builder document) {
        return answer(post(operation, this.codec.seal(TestMerchant.MERCHANT_NO, document.build())));
    }

    Answer answer(HttpResponse<String> response) {
        XmlNode root = SafeXmlParser.parse(response.body());
        XmlNode result = root.child("result");
        String code = (result != null) ? String.valueOf(result.childText("code")) : "";
        String desc = (result != null) ? String.valueOf(result.childText("desc")) : "";
        boolean hasEncrypt = root.child("encrypt") != null;
        JdPayMessage message = null;
        if (JdPayResult.SUCCESS_CODE.equals(code)) {
            message = this.codec.open(JdPayEnvelope.parse(response.body().getBytes(StandardCharsets.UTF_8)));
        }
        return new Answer(response.statusCode(), code, desc, hasEncrypt, root.childText("version"), message);
    }

    HttpResponse<String> post(String operation, String body) {
        return post(this.simulator.paygateUrl() + "/" + operation, body.getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(String url, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/xml;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** What the simulator answered: the envelope, and the verified inner message on success. */
    record Answer(
            int httpStatus,
            String code,
            String desc,
            boolean hasEncrypt,
            @Nullable String version,
            @Nullable JdPayMessage opened) {

        boolean succeeded() {
            return this.opened != null;
        }

        String text(String field) {
            String text = message().text(field);
            if (text == null) {
                throw new AssertionError("answer has no <" + field + ">");
            }
            return text;
        }

        JdPayMessage message() {
            if (this.opened == null) {
                throw new AssertionError("answer failed with " + this.code + " " + this.desc);
            }
            return this.opened;
        }
    }
}
