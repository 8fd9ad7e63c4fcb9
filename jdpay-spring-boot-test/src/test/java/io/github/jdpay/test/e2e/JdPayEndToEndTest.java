package io.github.jdpay.test.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.client.JdPayOperations;
import io.github.jdpay.exception.JdPayApiException;
import io.github.jdpay.exception.JdPayValidationException;
import io.github.jdpay.model.AppPayParams;
import io.github.jdpay.model.CashierForm;
import io.github.jdpay.model.FkmPayRequest;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.RefundRequest;
import io.github.jdpay.model.RefundResult;
import io.github.jdpay.model.RefundStatus;
import io.github.jdpay.model.RevokeRequest;
import io.github.jdpay.model.TradeStatus;
import io.github.jdpay.model.TradeType;
import io.github.jdpay.model.UniOrderRequest;
import io.github.jdpay.model.UniOrderResponse;
import io.github.jdpay.model.UniOrderTradeType;
import io.github.jdpay.test.JdPaySimulator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/** A Boot app with the starter, the five properties of the README and the simulator switched on: every operation. */
@SpringBootTest(
        classes = ShopApplication.class,
        properties = {
            "jdpay.merchant-no=22294531",
            "jdpay.des-key=ta4E/aspLA3lgFGKmNDNRYU92RkZ4w2t",
            "jdpay.private-key=classpath:jdpay-test/test-merchant-22294531-private.pem",
            // JD's published test key; the simulator's connection details replace it with the simulator's own.
            "jdpay.jd-public-key=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQCKE5N2xm3NIrXON8Zj19GNtLZ8xwEQ6uDIyrS3S03Uhg"
                    + "BJMkGl4msfq4Xuxv6XUAN7oU1XhV3/xtabr9rXto4Ke3d6WwNbxwXnK5LSgsQc1BhT5NcXHXpGBdt7P8NMez5qGieOKqHGvT0qvjyYnY"
                    + "A29a8Z4wzNR7vAVHp36uD5RwIDAQAB",
            "jdpay.notify-url=http://127.0.0.1:9/jdpay/notify",
            "jdpay.simulator.enabled=true"
        })
class JdPayEndToEndTest {

    @Autowired
    JdPayOperations jdPay;

    @Autowired
    JdPaySimulator simulator;

    static UniOrderRequest order(String tradeNum, long fen) {
        return UniOrderRequest.builder()
                .tradeNum(tradeNum)
                .tradeName("龙井茶")
                .amount(Money.ofFen(fen))
                .userId("shopper-" + tradeNum)
                .callbackUrl("http://127.0.0.1:9/paid")
                .build();
    }

    @Test
    void orderPayQueryRefundAndRevoke() {
        UniOrderResponse qr = this.jdPay.uniOrder(order("e2e-1", 2000), UniOrderTradeType.QR);
        assertThat(qr.qrCode()).startsWith(this.simulator.baseUrl());
        assertThat(this.jdPay.queryPayment("e2e-1").status()).isEqualTo(TradeStatus.CREATED);

        this.simulator.pay("e2e-1");
        assertThat(this.jdPay.queryPayment("e2e-1").isPaid()).isTrue();

        RefundResult refund = this.jdPay.refund(RefundRequest.builder()
                .tradeNum("e2e-1-r1")
                .originalTradeNum("e2e-1")
                .amount(Money.ofYuan("5.00"))
                .build());
        assertThat(refund.status()).isEqualTo(RefundStatus.SUCCESS);
        assertThat(this.jdPay.queryRefund("e2e-1-r1", "e2e-1")).isEqualTo(refund);
        assertThat(this.jdPay.listRefunds("e2e-1")).containsExactly(refund);

        this.jdPay.uniOrder(order("e2e-2", 300), UniOrderTradeType.GEN);
        RefundResult revoked = this.jdPay.revoke(RevokeRequest.builder()
                .tradeNum("e2e-2-x")
                .originalTradeNum("e2e-2")
                .amount(Money.ofFen(300))
                .build());
        assertThat(revoked.tradeType()).isEqualTo(TradeType.REVOKE);
        assertThat(this.jdPay.queryPayment("e2e-2").status()).isEqualTo(TradeStatus.CLOSED);
    }

    @Test
    void paymentCodeAndUserRelation() {
        assertThat(this.jdPay
                        .fkmPay(FkmPayRequest.builder()
                                .token("287654321098765432")
                                .device("till-1")
                                .tradeNum("e2e-3")
                                .tradeName("咖啡")
                                .amount(Money.ofFen(1500))
                                .build())
                        .status())
                .isEqualTo(TradeStatus.SUCCESS);

        this.jdPay.uniOrder(order("e2e-4", 100), UniOrderTradeType.GEN);
        this.simulator.pay("e2e-4");
        assertThat(this.jdPay.getUserRelation("shopper-e2e-4").bound()).isTrue();
        this.jdPay.cancelUserRelation("shopper-e2e-4");
        assertThat(this.jdPay.getUserRelation("shopper-e2e-4").bound()).isFalse();
    }

    @Test
    void cashierFormsPointAtTheSimulator() {
        CashierForm pc = this.jdPay.pcCashierForm(order("e2e-5", 100));
        CashierForm h5 = this.jdPay.h5CashierForm(order("e2e-5", 100));
        CashierForm qr = this.jdPay.customerPayForm(order("e2e-6", 100));

        assertThat(pc.action()).isEqualTo(this.simulator.pcCashierUrl() + "/saveOrder");
        assertThat(h5.action()).isEqualTo(this.simulator.h5CashierUrl() + "/saveOrder");
        assertThat(qr.action()).isEqualTo(this.simulator.h5CashierUrl() + "/customerPay");
        assertThat(pc.toHtml()).contains("<form id=\"jdpay\" method=\"post\"");
    }

    @Test
    void refusalsAndBadRequestsAreTyped() {
        assertThatThrownBy(() -> this.jdPay.queryPayment("e2e-missing")).isInstanceOf(JdPayApiException.class);
        assertThatThrownBy(() -> this.jdPay.uniOrder(order("e2e 7", 100), UniOrderTradeType.GEN))
                .isInstanceOf(JdPayValidationException.class);
        assertThatThrownBy(() -> this.jdPay.createAppPayment(order("e2e-8", 100)))
                .isInstanceOfSatisfying(JdPayValidationException.class, ex -> assertThat(ex.getField())
                        .isEqualTo("appId"));
    }

    /** APP payments need two more settings: JD's app id and the MD5 key. */
    @Nested
    @TestPropertySource(properties = {"jdpay.app-id=jdpay-app-1", "jdpay.md5-key=test"})
    class AppPayment {

        @Autowired
        JdPayOperations jdPay;

        @Autowired
        JdPaySimulator simulator;

        @Test
        void appPaymentGivesTheSdkItsParameters() {
            AppPayParams params = this.jdPay.createAppPayment(order("e2e-app-1", 100));

            assertThat(params.orderId())
                    .isEqualTo(this.simulator.order("e2e-app-1").orderId());
            assertThat(params.appId()).isEqualTo("jdpay-app-1");
            assertThat(params.signData()).hasSize(32);
        }
    }
}
