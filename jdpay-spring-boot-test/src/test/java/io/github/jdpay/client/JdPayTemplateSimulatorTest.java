package io.github.jdpay.client;

import static io.github.jdpay.client.SimulatorTemplates.order;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.model.AppPayParams;
import io.github.jdpay.model.FkmPayRequest;
import io.github.jdpay.model.FkmPayResult;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.PayType;
import io.github.jdpay.model.PaymentQueryResult;
import io.github.jdpay.model.RefundRequest;
import io.github.jdpay.model.RefundResult;
import io.github.jdpay.model.RefundStatus;
import io.github.jdpay.model.RevokeRequest;
import io.github.jdpay.model.TradeStatus;
import io.github.jdpay.model.TradeType;
import io.github.jdpay.model.UniOrderResponse;
import io.github.jdpay.model.UniOrderTradeType;
import io.github.jdpay.test.JdPaySimulator;
import io.github.jdpay.test.TestMerchant;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Every paygate operation of the template against the simulator: the happy paths. */
class JdPayTemplateSimulatorTest {

    private static final JdPaySimulator jd =
            JdPaySimulator.builder().testMerchant().start();

    private final JdPayTemplate template = SimulatorTemplates.testMerchantTemplate(jd);

    @AfterAll
    static void stop() {
        jd.close();
    }

    @Test
    void qrOrderCarriesJdsOrderIdAndCode() {
        UniOrderResponse response = this.template.uniOrder(order("qr-1", 1999), UniOrderTradeType.QR);

        assertThat(response.tradeNum()).isEqualTo("qr-1");
        assertThat(response.orderId()).isEqualTo(jd.order("qr-1").orderId());
        assertThat(response.amount()).isEqualTo(Money.ofFen(1999));
        assertThat(response.merchantName()).isEqualTo(TestMerchant.NAME);
        assertThat(response.expireTime()).isEqualTo(Duration.ofSeconds(600));
        assertThat(response.qrCode()).startsWith(jd.baseUrl() + "/code?c=");
    }

    @Test
    void appPaymentSignsTheOrderIdWithTheMd5Key() throws Exception {
        AppPayParams params = this.template.createAppPayment(order("app-1", 100));

        String orderId = jd.order("app-1").orderId();
        String expected = HexFormat.of()
                .formatHex(MessageDigest.getInstance("MD5")
                        .digest(("merchant=22294531&orderId=" + orderId + "&key=test")
                                .getBytes(StandardCharsets.UTF_8)));
        assertThat(params).isEqualTo(new AppPayParams(orderId, "22294531", "jdpay-app-1", expected));
    }

    @Test
    void paymentQueryFollowsThePayment() {
        this.template.uniOrder(order("pay-1", 1690), UniOrderTradeType.GEN);
        assertThat(this.template.queryPayment("pay-1").status()).isEqualTo(TradeStatus.CREATED);

        jd.pay("pay-1");
        PaymentQueryResult paid = this.template.queryPayment("pay-1");

        assertThat(paid.isPaid()).isTrue();
        assertThat(paid.amount()).isEqualTo(Money.ofFen(1690));
        assertThat(paid.payList()).singleElement().satisfies(pay -> {
            assertThat(pay.amount()).isEqualTo(Money.ofFen(1690));
            assertThat(pay.payType()).isNotEqualTo(PayType.UNKNOWN);
            assertThat(pay.tradeTime()).isNotNull();
        });
    }

    @Test
    void refundsAreQueriedAndListed() {
        paidOrder("refund-1", 1000);

        RefundResult first = this.template.refund(refund("refund-1-r1", "refund-1", 300));
        RefundResult second = this.template.refund(refund("refund-1-r2", "refund-1", 700));

        assertThat(first.status()).isEqualTo(RefundStatus.SUCCESS);
        assertThat(first.amount()).isEqualTo(Money.ofFen(300));
        assertThat(first.originalTradeNum()).isEqualTo("refund-1");
        assertThat(this.template.queryRefund("refund-1-r1", "refund-1")).isEqualTo(first);
        List<RefundResult> refunds = this.template.listRefunds("refund-1");
        assertThat(refunds).extracting(RefundResult::tradeNum).containsExactly("refund-1-r1", "refund-1-r2");
        assertThat(refunds).extracting(RefundResult::tradeType).containsOnly(TradeType.REFUND);
        assertThat(second.status()).isEqualTo(RefundStatus.SUCCESS);
    }

    @Test
    void revokingAnUnpaidOrderClosesIt() {
        this.template.uniOrder(order("revoke-1", 500), UniOrderTradeType.GEN);

        RefundResult revoked = this.template.revoke(RevokeRequest.builder()
                .tradeNum("revoke-1-x")
                .originalTradeNum("revoke-1")
                .amount(Money.ofFen(500))
                .build());

        assertThat(revoked.tradeType()).isEqualTo(TradeType.REVOKE);
        assertThat(this.template.queryPayment("revoke-1").status()).isEqualTo(TradeStatus.CLOSED);
    }

    @Test
    void paymentCodePaymentIsPaidAtOnce() {
        FkmPayResult result = this.template.fkmPay(FkmPayRequest.builder()
                .token("287654321098765432")
                .device("till-1")
                .tradeNum("fkm-1")
                .tradeName("咖啡")
                .amount(Money.ofFen(2500))
                .build());

        assertThat(result.status()).isEqualTo(TradeStatus.SUCCESS);
        assertThat(result.amount()).isEqualTo(Money.ofFen(2500));
        assertThat(this.template.queryPayment("fkm-1").isPaid()).isTrue();
    }

    @Test
    void userRelationIsBoundByPaymentAndCancelled() {
        paidOrder("bind-1", 100);
        assertThat(this.template.getUserRelation("user-bind-1").bound()).isTrue();

        this.template.cancelUserRelation("user-bind-1");

        assertThat(this.template.getUserRelation("user-bind-1").bound()).isFalse();
        assertThat(jd.isUserBound(TestMerchant.MERCHANT_NO, "user-bind-1")).isFalse();
    }

    private void paidOrder(String tradeNum, long fen) {
        this.template.uniOrder(order(tradeNum, fen), UniOrderTradeType.GEN);
        jd.pay(tradeNum);
    }

    static RefundRequest refund(String refundNum, String tradeNum, long fen) {
        return RefundRequest.builder()
                .tradeNum(refundNum)
                .originalTradeNum(tradeNum)
                .amount(Money.ofFen(fen))
                .build();
    }
}
