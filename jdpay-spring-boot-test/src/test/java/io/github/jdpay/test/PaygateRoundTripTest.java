package io.github.jdpay.test;

import static io.github.jdpay.test.MerchantClient.refund;
import static io.github.jdpay.test.MerchantClient.request;
import static io.github.jdpay.test.MerchantClient.uniorder;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.protocol.XmlNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every paygate interface, sealed with the merchant's keys and opened with the simulator's JD key. */
class PaygateRoundTripTest extends SimulatorTestBase {

    private static final String NOTIFY = "http://127.0.0.1:9/notify";

    @Test
    void uniorderAnswersWithJdsFieldsInJdsOrder() {
        MerchantClient.Answer answer = this.merchant.call("uniorder", uniorder("U1", 1690, NOTIFY));

        assertThat(answer.message().root().children())
                .extracting(XmlNode::name)
                .containsExactly(
                        "version",
                        "merchant",
                        "result",
                        "orderId",
                        "merchantName",
                        "amount",
                        "expireTime",
                        "tradeNum",
                        "sign");
        assertThat(answer.text("merchantName")).isEqualTo(TestMerchant.NAME);
        assertThat(answer.text("amount")).isEqualTo("1690");
        assertThat(answer.text("expireTime")).isEqualTo("600");
        assertThat(answer.message().document()).endsWith("</sign></jdpay>");
    }

    @Test
    void qrUniorderReturnsACodeUrlOnTheSimulator() {
        MerchantClient.Answer answer =
                this.merchant.call("uniorder", uniorder("U2", 5, NOTIFY).add("tradeType", "QR"));

        assertThat(answer.text("qrCode")).startsWith(this.simulator.baseUrl() + "/code?c=");
        assertThat(answer.message().root().children()).extracting(XmlNode::name).endsWith("tradeNum", "qrCode", "sign");
    }

    @Test
    void queryReportsACreatedAndThenAPaidPaymentWithItsPayList() {
        this.merchant.call("uniorder", uniorder("Q1", 300, NOTIFY));
        XmlNode.Builder query = request().add("tradeNum", "Q1").add("tradeType", "0");

        MerchantClient.Answer created = this.merchant.call("query", query);
        this.simulator.pay("Q1");
        MerchantClient.Answer paid = this.merchant.call("query", query);

        assertThat(created.text("status")).isEqualTo("0");
        assertThat(created.message().root().child("payList")).isNull();
        assertThat(paid.text("status")).isEqualTo("2");
        assertThat(paid.text("amount")).isEqualTo("300");
        XmlNode pay = paid.message().root().child("payList").child("pay");
        assertThat(pay.childText("amount")).isEqualTo("300");
        assertThat(pay.child("detail").childText("cardNo")).contains("****");
    }

    @Test
    void refundQueryAndRefundListRoundTrip() {
        this.merchant.call("uniorder", uniorder("R1", 1000, NOTIFY));
        this.simulator.pay("R1");

        MerchantClient.Answer refunded = this.merchant.call("refund", refund("R1-r1", "R1", 400, null));
        MerchantClient.Answer queried = this.merchant.call(
                "query",
                request().add("tradeNum", "R1-r1").add("oTradeNum", "R1").add("tradeType", "1"));
        MerchantClient.Answer listed = this.merchant.call(
                "queryRefund", request().add("oTradeNum", "R1").add("tradeType", "1"));

        assertThat(refunded.message().root().children())
                .extracting(XmlNode::name)
                .containsExactly(
                        "version",
                        "merchant",
                        "result",
                        "tradeNum",
                        "oTradeNum",
                        "amount",
                        "currency",
                        "tradeTime",
                        "note",
                        "status",
                        "sign");
        assertThat(refunded.text("status")).isEqualTo("1");
        assertThat(queried.text("tradeType")).isEqualTo("1");
        assertThat(queried.text("amount")).isEqualTo("400");
        List<XmlNode> refunds = listed.message().root().child("refList").children("refund");
        assertThat(refunds).hasSize(1);
        assertThat(refunds.get(0).childText("tradeNum")).isEqualTo("R1-r1");
        assertThat(this.simulator.order("R1").state()).isEqualTo(OrderState.PARTIALLY_REFUNDED);
    }

    @Test
    void revokeOfAPaidOrderAnswersTradeTypeTwoAndRefundsIt() {
        this.merchant.call("uniorder", uniorder("V1", 50, NOTIFY));
        this.simulator.pay("V1");

        MerchantClient.Answer revoked = this.merchant.call(
                "revoke",
                request()
                        .add("tradeNum", "V1-v")
                        .add("oTradeNum", "V1")
                        .add("amount", 50)
                        .add("currency", "CNY")
                        .add("tradeTime", "20250101140000")
                        .add("note", ""));

        assertThat(revoked.text("tradeType")).isEqualTo("2");
        assertThat(revoked.text("status")).isEqualTo("1");
        assertThat(this.simulator.order("V1").state()).isEqualTo(OrderState.REVOKED);
        assertThat(this.simulator.order("V1").refundedAmount()).isEqualTo(50);
    }

    @Test
    void fkmPayPaysAtOnce() {
        MerchantClient.Answer paid = this.merchant.call(
                "fkmPay",
                request()
                        .add("token", "286612345678901234")
                        .add("device", "POS-1")
                        .add("tradeNum", "F1")
                        .add("tradeName", "扫码")
                        .add("tradeTime", "20250101150000")
                        .add("amount", 88)
                        .add("currency", "CNY")
                        .add("note", ""));

        assertThat(paid.text("status")).isEqualTo("2");
        assertThat(paid.text("tradeTime")).isEqualTo("20250101150000");
        assertThat(this.simulator.order("F1").state()).isEqualTo(OrderState.PAID);
    }

    @Test
    void userRelationIsBoundByThePaymentAndCancelled() {
        XmlNode.Builder relation = request().add("userId", "user-B1");
        this.merchant.call("uniorder", uniorder("B1", 10, NOTIFY));

        MerchantClient.Answer before = this.merchant.call("getUserRelation", relation);
        this.simulator.pay("B1");
        MerchantClient.Answer bound = this.merchant.call("getUserRelation", relation);
        MerchantClient.Answer cancelled = this.merchant.call("cancelUserRelation", relation);
        MerchantClient.Answer after = this.merchant.call("getUserRelation", relation);

        assertThat(before.text("isHas")).isEqualTo("false");
        assertThat(bound.text("isHas")).isEqualTo("true");
        assertThat(cancelled.message().root().children())
                .extracting(XmlNode::name)
                .containsExactly("version", "merchant", "result", "sign");
        assertThat(after.text("isHas")).isEqualTo("false");
    }
}
