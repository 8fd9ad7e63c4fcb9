package io.github.jdpay.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.client.JdPayOperations;
import io.github.jdpay.client.SimulatorTemplates;
import io.github.jdpay.exception.JdPaySignatureException;
import io.github.jdpay.model.CashierForm;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.PageCallback;
import io.github.jdpay.model.UniOrderRequest;
import java.net.http.HttpResponse;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The template's cashier forms through the simulator's cashier, as a browser takes them: the rendered page is posted,
 * the payer pays, and the page callback JD signs comes back to the template.
 */
class JdPayTemplateCashierTest {

    private static final String CALLBACK = "http://127.0.0.1:9/paid";

    private final JdPaySimulator jd = JdPaySimulator.builder().testMerchant().start();

    private final JdPayOperations template = SimulatorTemplates.template(this.jd)
            .merchant(SimulatorTemplates.merchant(this.jd).callbackUrl(CALLBACK).build())
            .build();

    @AfterEach
    void stop() {
        this.jd.close();
    }

    private static UniOrderRequest order(String tradeNum) {
        return UniOrderRequest.builder()
                .tradeNum(tradeNum)
                .tradeName("测试商品 <b>&\"")
                .amount(Money.ofFen(1999))
                .note("礼物")
                .userId("shopper-1")
                .build();
    }

    /** Posts the rendered page's form, pays on the cashier page, and returns the page that posts the callback. */
    private HttpResponse<String> payThrough(CashierForm form) {
        String html = form.toHtml();
        HttpResponse<String> saved = Browser.postForm(Browser.formAction(html, "jdpay"), Browser.hiddenInputs(html));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        HttpResponse<String> page =
                Browser.get(saved.headers().firstValue("Location").orElseThrow());
        return Browser.postForm(Browser.formAction(page.body(), "cashier"), Browser.hiddenInputs(page.body()));
    }

    private void paysAndCallsBack(String tradeNum, Function<UniOrderRequest, CashierForm> channel) {
        HttpResponse<String> paid = payThrough(channel.apply(order(tradeNum)));

        assertThat(Browser.formAction(paid.body(), "callback")).isEqualTo(CALLBACK);
        PageCallback callback = this.template.verifyPageCallback(Browser.hiddenInputs(paid.body()));
        assertThat(callback.tradeNum()).isEqualTo(tradeNum);
        assertThat(callback.amount()).isEqualTo(Money.ofFen(1999));
        assertThat(callback.currency()).isEqualTo("CNY");
        assertThat(callback.note()).isEqualTo("礼物");
        assertThat(callback.tradeTime()).isNotNull();
        assertThat(this.template.queryPayment(tradeNum).isPaid()).isTrue();
        assertThat(this.jd.order(tradeNum).tradeName()).isEqualTo("测试商品 <b>&\"");
    }

    @Test
    void pcCashierTakesTheFormAndCallsBack() {
        paysAndCallsBack("pc-1", this.template::pcCashierForm);
    }

    @Test
    void h5CashierTakesTheFormAndCallsBack() {
        paysAndCallsBack("h5-1", this.template::h5CashierForm);
    }

    @Test
    void merchantQrTakesTheFormAndCallsBack() {
        paysAndCallsBack("qr-1", this.template::customerPayForm);
    }

    @Test
    void callbackWithABadSignatureIsRejected() {
        this.jd.faults().next("saveOrder").badSignature();

        HttpResponse<String> paid = payThrough(this.template.h5CashierForm(order("forged-1")));

        assertThatThrownBy(() -> this.template.verifyPageCallback(Browser.hiddenInputs(paid.body())))
                .isInstanceOf(JdPaySignatureException.class);
    }
}
