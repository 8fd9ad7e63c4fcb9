package io.github.jdpay.client.aggregate;

import static io.github.jdpay.client.aggregate.AggregateReplayFixture.MERCHANT;
import static io.github.jdpay.client.aggregate.AggregateReplayFixture.fields;
import static io.github.jdpay.client.aggregate.AggregateReplayFixture.reply;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.client.ReplayServer;
import io.github.jdpay.crypto.AggregateVectors;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.aggregate.AggregateRefund;
import io.github.jdpay.model.aggregate.AggregateRefundRequest;
import io.github.jdpay.model.aggregate.AggregateTrade;
import io.github.jdpay.model.aggregate.AggregateUnifiedOrder;
import io.github.jdpay.model.aggregate.AggregateUnifiedOrderRequest;
import io.github.jdpay.model.aggregate.PayStatus;
import io.github.jdpay.model.aggregate.PiType;
import io.github.jdpay.model.aggregate.ScanUrl;
import io.github.jdpay.model.aggregate.ScanUrlRequest;
import io.github.jdpay.protocol.aggregate.AggregateEnvelope;
import io.github.jdpay.protocol.aggregate.CipherTextEncoding;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The aggregate template on the wire, against aggregate.md's vectors: the getScanUrl request of §2.3 byte for byte,
 * the reply of §2.2 read as a unified order, and both of JD's reply vocabularies.
 */
class JdPayAggregateTemplateVectorTest {

    private final ReplayServer server = new ReplayServer();

    @AfterEach
    void close() {
        this.server.close();
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
    void getScanUrlPostsTheEnvelopeOfVector23ByteForByte() {
        this.server.answerPath(
                "/payx/getScanUrl",
                reply(
                        fields(
                                """
                                {"isSuccess":true,"code":"0000","message":"成功","merchantNo":"110047782",
                                 "scanUrl":"https://payx.jd.com/scan?c=Q1"}"""),
                        CipherTextEncoding.BASE64_URL));

        ScanUrl scanUrl = AggregateReplayFixture.template(this.server, MERCHANT).getScanUrl(vectorRequest());

        ReplayServer.Posted posted = this.server.lastPosted();
        assertThat(posted.path()).isEqualTo("/payx/getScanUrl");
        assertThat(posted.headers().get("Content-type")).containsExactly("application/json;charset=UTF-8");
        assertThat(posted.body())
                .isEqualTo("{\"merchantNo\":\"110047782\",\"systemId\":\"jw\",\"cipherJson\":\""
                        + AggregateVectors.SCAN_URL_BASE64 + "\",\"sign\":\"" + AggregateVectors.SCAN_URL_SIGN
                        + "\"}");
        assertThat(scanUrl.outTradeNo()).isEqualTo("1111111113445367");
        assertThat(scanUrl.url()).hasToString("https://payx.jd.com/scan?c=Q1");
    }

    @Test
    void theSdkVocabularyOfGetScanUrlIsAcceptedToo() {
        this.server.answerPath(
                "/payx/getScanUrl",
                reply(
                        fields(
                                """
                                {"resultCode":"SUCCESS","merchantNo":"110047782","outTradeNo":"1111111113445367",
                                 "scanUrl":"https://payx.jd.com/scan?c=Q2"}"""),
                        CipherTextEncoding.HEX));

        ScanUrl scanUrl = AggregateReplayFixture.template(this.server, MERCHANT).getScanUrl(vectorRequest());

        assertThat(scanUrl.url()).hasToString("https://payx.jd.com/scan?c=Q2");
    }

    @Test
    void theFixtureReplyOfVector22ReadsAsAUnifiedOrder() {
        AggregateEnvelope fixture = AggregateReplayFixture.JD.sealReply(
                "123123", AggregateVectors.fixturePlaintext(), CipherTextEncoding.HEX);
        this.server.answerPath("/apipayx/m/unifiedOrder", fixture.toJson());

        AggregateUnifiedOrder order = AggregateReplayFixture.template(this.server, "123123")
                .unifiedOrder(AggregateUnifiedOrderRequest.builder()
                        .outTradeNo("aaabbbccc")
                        .amount(Money.ofFen(1))
                        .piType(PiType.WX)
                        .productName("咖啡")
                        .build());
        Map<String, String> sent = AggregateReplayFixture.openRequest(this.server.lastPosted(), "123123");

        assertThat(fixture.cipherJson())
                .startsWith("f35289d2658cf19d85e6e1ac414a5c53")
                .endsWith("13721e5a128cd");
        assertThat(fixture.sign()).isEqualTo(AggregateVectors.FIXTURE_SIGN);
        assertThat(order)
                .isEqualTo(new AggregateUnifiedOrder(
                        "aaabbbccc",
                        "112233qqwwee",
                        Money.ofFen(1),
                        PiType.WX,
                        "qqwweerr",
                        null,
                        Instant.parse("2019-08-08T04:12:12Z"),
                        null));
        assertThat(sent)
                .containsEntry("businessCode", "AGGRE")
                .containsEntry("version", "V3.0")
                .containsEntry("systemId", "jw")
                .containsEntry("merchantNo", "123123")
                .containsEntry("amount", "1")
                .containsEntry("currency", "RMB")
                .containsEntry("piType", "WX")
                .containsEntry("tradeTime", "20170206100914");
        assertThat(this.server.lastPosted().body()).matches(".*\"cipherJson\":\"[0-9a-f]+\".*");
    }

    @Test
    void queriesAndRefundsReadTheirTypedAnswers() {
        this.server
                .answerPath(
                        "/apipayx/m/querytrade",
                        reply(
                                fields(
                                        """
                                {"resultCode":"SUCCESS","merchantNo":"110047782","outTradeNo":"T1","tradeNo":"J1",
                                 "amount":300,"piType":"ALIPAY","payStatus":"SUCCEED","payFinishTime":"20250101120000",
                                 "piAmount":280,"couponAmount":20}"""),
                                CipherTextEncoding.HEX))
                .answerPath(
                        "/apipayx/m/refund",
                        reply(
                                fields(
                                        """
                                {"resultCode":"SUCCESS","merchantNo":"110047782","outTradeNo":"T1","outRefundNo":"T1-R",
                                 "tradeRefundNo":"JR1","amount":100,"payStatus":"PROCESSING"}"""),
                                CipherTextEncoding.HEX));
        JdPayAggregateTemplate template = AggregateReplayFixture.template(this.server, MERCHANT);

        AggregateTrade trade = template.queryTrade("T1");
        AggregateRefund refund = template.refund(AggregateRefundRequest.builder()
                .outRefundNo("T1-R")
                .outTradeNo("T1")
                .amount(Money.ofFen(100))
                .build());
        Map<String, String> sentRefund = AggregateReplayFixture.openRequest(this.server.lastPosted(), MERCHANT);

        assertThat(trade.payStatus()).isEqualTo(PayStatus.FINISH);
        assertThat(trade.isPaid()).isTrue();
        assertThat(trade.piType()).isEqualTo(PiType.ALIPAY);
        assertThat(trade.amount()).isEqualTo(Money.ofFen(300));
        assertThat(trade.piAmount()).isEqualTo(Money.ofFen(280));
        assertThat(trade.payFinishTime()).isEqualTo(Instant.parse("2025-01-01T04:00:00Z"));
        assertThat(refund).isEqualTo(new AggregateRefund("T1-R", "T1", "JR1", Money.ofFen(100), PayStatus.PROCESSING));
        assertThat(refund.isRefunded()).isFalse();
        assertThat(sentRefund)
                .containsEntry("outRefundNo", "T1-R")
                .containsEntry("outTradeNo", "T1")
                .containsEntry("amount", "100")
                .doesNotContainKey("notifyUrl");
    }
}
