package io.github.jdpay.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.jdpay.client.JdPayOperations;
import io.github.jdpay.client.SimulatorTemplates;
import io.github.jdpay.exception.JdPayValidationException;
import io.github.jdpay.model.BaiTiaoPlan;
import io.github.jdpay.model.BaiTiaoPlans;
import io.github.jdpay.model.CashierForm;
import io.github.jdpay.model.CustomerPayRequest;
import io.github.jdpay.model.Money;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Baitiao instalment plans and the merchant QR code in both of its modes, through the simulator. */
class BaiTiaoAndCustomerPayTest {

    private static final String M = TestMerchant.MERCHANT_NO;

    private final JdPaySimulator jd = JdPaySimulator.builder().testMerchant().start();

    private final JdPayOperations jdPay = SimulatorTemplates.template(this.jd)
            .merchant(SimulatorTemplates.merchant(this.jd)
                    .callbackUrl("http://127.0.0.1:9/paid")
                    .build())
            .build();

    @AfterEach
    void stop() {
        this.jd.close();
    }

    @Test
    void theInstalmentPlansForAnAmountAreTyped() {
        // tag::baitiao[]
        BaiTiaoPlans plans = this.jdPay.queryBaiTiaoFQ("fq-1", Money.ofFen(120_000));
        // end::baitiao[]

        assertThat(plans.tradeNum()).isEqualTo("fq-1");
        assertThat(plans.plans()).extracting(BaiTiaoPlan::plan).containsExactly(3, 6, 12, 24);
        // 1,200.00 yuan in 3 at 0.60 % an instalment: 7.20 fee each, 400.00 + 7.20 every time.
        assertThat(plans.plans().get(0))
                .isEqualTo(new BaiTiaoPlan(
                        3,
                        new BigDecimal("0.0060"),
                        Money.ofFen(720),
                        Money.ofFen(2_160),
                        Money.ofFen(40_720),
                        Money.ofFen(40_720),
                        Money.ofFen(122_160)));
        // 1,200.00 in 24 at 0.40 %: 4.80 fee each; 50.00 principal divides evenly.
        assertThat(plans.plans().get(3).laterPay()).isEqualTo(Money.ofFen(5_480));
        assertThat(plans.plans().get(3).total()).isEqualTo(Money.ofFen(131_520));
    }

    @Test
    void aPlanQueryNeedsAPositiveAmountAndAUsableNumber() {
        assertThatExceptionOfType(JdPayValidationException.class)
                .isThrownBy(() -> this.jdPay.queryBaiTiaoFQ("fq 2", Money.ofFen(100)));
        assertThatExceptionOfType(JdPayValidationException.class)
                .isThrownBy(() -> this.jdPay.queryBaiTiaoFQ("fq-3", Money.ofFen(0)));
    }

    private HttpResponse<String> post(CashierForm form) {
        String html = form.toHtml();
        return Browser.postForm(Browser.formAction(html, "jdpay"), Browser.hiddenInputs(html));
    }

    @Test
    void aCodeWithoutAnAmountIsPaidWithWhatThePayerTypes() {
        // tag::customer-pay[]
        CashierForm typed = this.jdPay.customerPayForm(CustomerPayRequest.payerTyped("cust-1", "到店付款"));
        CashierForm fixed =
                this.jdPay.customerPayForm(CustomerPayRequest.fixedAmount("drct-1", "龙井茶", Money.ofFen(1999)));
        // end::customer-pay[]

        assertThat(typed.action()).endsWith("/customerPay");
        assertThat(post(typed).statusCode()).isEqualTo(302);
        assertThat(post(fixed).statusCode()).isEqualTo(302);
        assertThat(this.jd.order("cust-1").amount()).isZero();
        this.jd.pay(M, "cust-1", 4_250);

        assertThat(this.jd.order("cust-1").amount()).isEqualTo(4_250);
        assertThat(this.jdPay.queryPayment("cust-1").isPaid()).isTrue();
        assertThat(this.jd.order("drct-1").amount()).isEqualTo(1999);
        assertThat(typed.fields()).doesNotContainKey("amount");
        assertThat(fixed.fields()).containsKey("amount");
    }
}
