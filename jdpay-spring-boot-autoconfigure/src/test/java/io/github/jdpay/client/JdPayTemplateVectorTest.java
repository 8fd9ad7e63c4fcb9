package io.github.jdpay.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.crypto.TestKeys;
import io.github.jdpay.exception.JdPayApiException;
import io.github.jdpay.exception.JdPayMalformedMessageException;
import io.github.jdpay.exception.JdPayOutcomeUnknownException;
import io.github.jdpay.model.AppPayParams;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.RefundRequest;
import io.github.jdpay.model.RefundResult;
import io.github.jdpay.model.RefundStatus;
import io.github.jdpay.model.RevokeRequest;
import io.github.jdpay.model.TradeType;
import io.github.jdpay.model.UniOrderRequest;
import io.github.jdpay.model.UniOrderResponse;
import io.github.jdpay.model.UniOrderTradeType;
import io.github.jdpay.protocol.JdPayMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The template against messages JD itself produced and the official library's golden request (jdpay-v2.md B.5–B.7). */
class JdPayTemplateVectorTest {

    private final ReplayServer jd = new ReplayServer();

    private final JdPayTemplate template = TestTemplates.template(this.jd)
            .merchant(TestTemplates.merchant().build())
            .build();

    @AfterEach
    void stop() {
        this.jd.close();
    }

    private static UniOrderRequest order(String tradeNum) {
        return UniOrderRequest.builder()
                .tradeNum(tradeNum)
                .tradeName("测试商品")
                .amount(Money.ofFen(1))
                .build();
    }

    @Test
    void uniOrderReadsJdsOwnAnswer() {
        this.jd.answer("uniorder", ReplayServer.jdAnswer("R1"));

        UniOrderResponse response = this.template.uniOrder(order("1486346954111"), UniOrderTradeType.QR);

        assertThat(response.orderId()).isEqualTo("1029148637575787617463");
        assertThat(response.merchantName()).isEqualTo("京东支付测试商户号");
        assertThat(response.amount()).isEqualTo(Money.ofFen(1));
        assertThat(response.expireTime()).isEqualTo(Duration.ofSeconds(600));
        assertThat(response.qrCode()).isEqualTo("https://h5pay.jd.com/code?c=616zlks7djfb1z");
    }

    @Test
    void uniOrderSendsTheOrderSignedToItsOwnUrl() {
        this.jd.answer("uniorder", ReplayServer.jdAnswer("R1"));

        this.template.uniOrder(order("1486346954111"), UniOrderTradeType.QR);

        ReplayServer.Posted posted = this.jd.lastPosted();
        assertThat(posted.path()).isEqualTo("/service/uniorder");
        assertThat(posted.headers().get("Content-type")).containsExactly("application/xml;charset=UTF-8");
        JdPayMessage request = TestTemplates.openRequest(posted.body());
        assertThat(request.text("version")).isEqualTo("V2.0");
        assertThat(request.text("merchant")).isEqualTo("22294531");
        assertThat(request.text("tradeNum")).isEqualTo("1486346954111");
        assertThat(request.text("tradeName")).isEqualTo("测试商品");
        assertThat(request.text("amount")).isEqualTo("1");
        assertThat(request.text("currency")).isEqualTo("CNY");
        assertThat(request.text("orderType")).isEqualTo("0");
        assertThat(request.text("tradeType")).isEqualTo("QR");
        assertThat(request.text("tradeTime")).isEqualTo("20170206100914");
        assertThat(request.text("notifyUrl")).isEqualTo("https://shop.example.com/jdpay/notify");
        assertThat(request.text("callbackUrl")).isNull();
    }

    @Test
    void appPaymentSignsTheOrderIdJdReturned() {
        this.jd.answer("uniorder", ReplayServer.jdAnswer("R1"));
        JdPayTemplate app = TestTemplates.template(this.jd)
                .merchant(TestTemplates.merchant()
                        .md5Key("test")
                        .appId("jdpay-app-1")
                        .build())
                .build();

        AppPayParams params = app.createAppPayment(order("1486346954111"));

        // jdpay-v2.md B.7, third row
        assertThat(params)
                .isEqualTo(new AppPayParams(
                        "1029148637575787617463", "22294531", "jdpay-app-1", "029fc556720c0d863ae635f7d7525845"));
        assertThat(TestTemplates.openRequest(this.jd.lastPosted().body()).text("tradeType"))
                .isEqualTo("GEN");
    }

    @Test
    void appPaymentWithoutAppSettingsFailsBeforeCallingJd() {
        assertThatThrownBy(() -> this.template.createAppPayment(order("1486346954111")))
                .isInstanceOfSatisfying(
                        io.github.jdpay.exception.JdPayValidationException.class,
                        ex -> assertThat(ex.getField()).isEqualTo("appId"));
        assertThat(this.jd.posted()).isEmpty();
    }

    @Test
    void paymentQueryIsByteForByteTheOfficialLibrarysRequest() {
        this.jd.answer(
                "query",
                "<jdpay><version>V2.0</version><merchant>22294531</merchant>"
                        + "<result><code>TRDE900001</code><desc>交易不存在</desc></result></jdpay>");

        assertThatThrownBy(() -> this.template.queryPayment("1494236491939"))
                .isInstanceOfSatisfying(JdPayApiException.class, ex -> {
                    assertThat(ex.getCode()).isEqualTo("TRDE900001");
                    assertThat(ex.getOperation()).isEqualTo("query");
                    assertThat(ex.getTradeNum()).isEqualTo("1494236491939");
                });
        assertThat(encryptOf(this.jd.lastPosted().body()))
                .isEqualTo(encryptOf(TestKeys.resource("vectors/G1.envelope.xml")));
    }

    @Test
    void refundReadsJdsOwnAnswer() {
        this.jd.answer("refund", ReplayServer.jdAnswer("R4"));

        RefundResult result = this.template.refund(RefundRequest.builder()
                .tradeNum("1494236491939_r")
                .originalTradeNum("1494236491939")
                .amount(Money.ofFen(1))
                .build());

        assertThat(result)
                .isEqualTo(new RefundResult(
                        "1494236491939_r",
                        TradeType.REFUND,
                        "1494236491939",
                        Money.ofFen(1),
                        Instant.parse("2017-05-08T10:02:39Z"),
                        null,
                        RefundStatus.SUCCESS));
        JdPayMessage request = TestTemplates.openRequest(this.jd.lastPosted().body());
        assertThat(request.text("oTradeNum")).isEqualTo("1494236491939");
        assertThat(this.jd.lastPosted().path()).isEqualTo("/service/refund");
    }

    @Test
    void revokeReadsJdsOwnAnswer() {
        this.jd.answer("revoke", ReplayServer.jdAnswer("R5"));

        RefundResult result = this.template.revoke(RevokeRequest.builder()
                .tradeNum("asd784374823472389_r")
                .originalTradeNum("asd784374823472389")
                .amount(Money.ofFen(1))
                .build());

        assertThat(result.tradeType()).isEqualTo(TradeType.REVOKE);
        assertThat(result.status()).isEqualTo(RefundStatus.SUCCESS);
        assertThat(result.tradeTime()).isEqualTo(Instant.parse("2017-05-10T08:29:25Z"));
        assertThat(this.jd.lastPosted().path()).isEqualTo("/service/revoke");
    }

    @Test
    void userRelationReadsJdsOwnAnswer() {
        this.jd.answer("getUserRelation", ReplayServer.jdAnswer("R2"));

        assertThat(this.template.getUserRelation("user-1").bound()).isTrue();
        assertThat(TestTemplates.openRequest(this.jd.lastPosted().body()).text("userId"))
                .isEqualTo("user-1");
    }

    @Test
    void cancelUserRelationPostsToItsOwnUrl() {
        this.jd.answer("cancelUserRelation", ReplayServer.jdAnswer("R3"));

        this.template.cancelUserRelation("user-1");

        assertThat(this.jd.posted())
                .extracting(ReplayServer.Posted::path)
                .containsExactly("/service/cancelUserRelation");
    }

    @Test
    void signedAnswerForAnotherTradeDoesNotSettleThisOne() {
        this.jd.answer("uniorder", ReplayServer.jdAnswer("R1"));

        assertThatThrownBy(() -> this.template.uniOrder(order("another-trade"), UniOrderTradeType.QR))
                .isInstanceOfSatisfying(JdPayOutcomeUnknownException.class, ex -> {
                    assertThat(ex.getTradeNum()).isEqualTo("another-trade");
                    assertThat(ex.getOperation()).isEqualTo("uniorder");
                    assertThat(ex.getCause())
                            .isInstanceOf(JdPayMalformedMessageException.class)
                            .hasMessageContaining("1486346954111");
                });
    }

    private static String encryptOf(String envelope) {
        Matcher m = Pattern.compile("<encrypt>(.*?)</encrypt>", Pattern.DOTALL).matcher(envelope);
        assertThat(m.find()).isTrue();
        return m.group(1).trim();
    }
}
