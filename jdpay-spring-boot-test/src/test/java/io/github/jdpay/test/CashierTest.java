package io.github.jdpay.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.exception.JdPaySignatureException;
import io.github.jdpay.protocol.JdPayFormCodec;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PC/H5 cashier: signed form post, cashier page, "pay" button, signed page callback, notification. */
class CashierTest extends SimulatorTestBase {

    private static final String CALLBACK = "http://127.0.0.1:9/jdpay/return";

    private JdPayFormCodec merchantForms;

    @BeforeEach
    void forms() {
        this.merchantForms = TestMerchant.formCodec(this.simulator.jdPublicKey());
    }

    private Map<String, String> saveOrder(String tradeNum, long amount) {
        Map<String, String> plain = new LinkedHashMap<>();
        plain.put("version", "V2.0");
        plain.put("merchant", TestMerchant.MERCHANT_NO);
        plain.put("tradeNum", tradeNum);
        plain.put("tradeName", "测试商品 <b>&\"");
        plain.put("tradeTime", "20250101120000");
        plain.put("amount", String.valueOf(amount));
        plain.put("orderType", "0");
        plain.put("currency", "CNY");
        plain.put("note", "");
        plain.put("callbackUrl", CALLBACK);
        plain.put("notifyUrl", this.receiver.url());
        plain.put("userId", "u-1");
        return plain;
    }

    @Test
    void payingOnThePcCashierPostsASignedCallbackAndNotifies() {
        HttpResponse<String> saved = Browser.postForm(
                this.simulator.pcCashierUrl() + "/saveOrder", this.merchantForms.seal(saveOrder("W1", 1234)));
        String cashierUrl = saved.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> page = Browser.get(cashierUrl);
        HttpResponse<String> paid =
                Browser.postForm(Browser.formAction(page.body(), "cashier"), Browser.hiddenInputs(page.body()));
        Map<String, String> callback = Browser.hiddenInputs(paid.body());
        Map<String, String> opened = this.merchantForms.open(callback);

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(cashierUrl).startsWith(this.simulator.pcCashierUrl() + "/payCashier?");
        assertThat(page.body()).contains("id=\"pay\"").contains("12.34").doesNotContain("<b>");
        assertThat(Browser.formAction(paid.body(), "callback")).isEqualTo(CALLBACK);
        assertThat(callback.keySet())
                .containsExactly("tradeNum", "amount", "currency", "tradeTime", "note", "status", "sign");
        assertThat(callback.get("note")).isEmpty();
        assertThat(callback.get("amount")).matches("[0-9a-f]+");
        assertThat(callback.get("sign")).contains("\n");
        assertThat(opened)
                .containsEntry("tradeNum", "W1")
                .containsEntry("amount", "1234")
                .containsEntry("currency", "CNY")
                .containsEntry("status", "0");
        assertThat(this.simulator.order("W1").state()).isEqualTo(OrderState.PAID);
        assertThat(this.simulator
                        .awaitDeliveries("W1", 1, Duration.ofSeconds(5))
                        .get(0)
                        .acknowledged())
                .isTrue();
    }

    @Test
    void aPaidOrdersCashierPageHasNoPayButton() {
        HttpResponse<String> saved = Browser.postForm(
                this.simulator.h5CashierUrl() + "/saveOrder", this.merchantForms.seal(saveOrder("W2", 5)));
        this.simulator.pay("W2");

        HttpResponse<String> page =
                Browser.get(saved.headers().firstValue("Location").orElseThrow());

        assertThat(page.body()).doesNotContain("id=\"pay\"").contains("id=\"status\"");
    }

    @Test
    void aTamperedFormIsRefusedWithAnErrorPage() {
        Map<String, String> sealed = new LinkedHashMap<>(this.merchantForms.seal(saveOrder("W3", 100)));
        sealed.put("amount", TestMerchant.cipher().encryptToHex("1"));

        HttpResponse<String> answer = Browser.postForm(this.simulator.h5CashierUrl() + "/saveOrder", sealed);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("<p id=\"error-code\">GATE900006</p>");
        assertThat(this.simulator.orders()).isEmpty();
    }

    @Test
    void aControlCharacterInAFormFieldIsAParameterErrorNotALostNotification() {
        Map<String, String> plain = saveOrder("W6", 100);
        plain.put("note", "line one\nline two");

        HttpResponse<String> answer =
                Browser.postForm(this.simulator.h5CashierUrl() + "/saveOrder", this.merchantForms.seal(plain));

        assertThat(answer.body()).contains("GATE900007").contains("note");
        assertThat(this.simulator.orders()).isEmpty();
    }

    @Test
    void aFormWithoutItsCallbackUrlIsAParameterError() {
        Map<String, String> plain = saveOrder("W4", 100);
        plain.remove("callbackUrl");

        HttpResponse<String> answer =
                Browser.postForm(this.simulator.h5CashierUrl() + "/saveOrder", this.merchantForms.seal(plain));

        assertThat(answer.body()).contains("GATE900007").contains("callbackUrl");
    }

    @Test
    void aCustomerCodeWithoutAmountTakesTheAmountThePayerTypes() {
        Map<String, String> plain = new LinkedHashMap<>();
        plain.put("version", "V2.0");
        plain.put("merchant", TestMerchant.MERCHANT_NO);
        plain.put("tradeNum", "K1");
        plain.put("tradeName", "到店付款");
        plain.put("tradeTime", "20250101120000");
        plain.put("currency", "CNY");
        plain.put("tradeType", "CUST");
        plain.put("callbackUrl", CALLBACK);
        plain.put("notifyUrl", this.receiver.url());

        HttpResponse<String> saved =
                Browser.postForm(this.simulator.h5CashierUrl() + "/customerPay", this.merchantForms.seal(plain));
        HttpResponse<String> page =
                Browser.get(saved.headers().firstValue("Location").orElseThrow());
        Map<String, String> pay = new LinkedHashMap<>(Browser.hiddenInputs(page.body()));
        pay.put("amount", "12.5");
        Browser.postForm(Browser.formAction(page.body(), "cashier"), pay);

        assertThat(page.body()).contains("id=\"amount\"");
        assertThat(this.simulator.order("K1").amount()).isEqualTo(1250);
        assertThat(this.simulator.order("K1").channel()).isEqualTo("CUST");
    }

    @Test
    void aQrCodeOpensTheCashierOfItsOrder() {
        MerchantClient merchant = new MerchantClient(this.simulator);
        String qrCode = merchant.call(
                        "uniorder",
                        MerchantClient.uniorder("Q9", 3, this.receiver.url()).add("tradeType", "QR"))
                .text("qrCode");

        HttpResponse<String> scanned = Browser.get(qrCode);
        HttpResponse<String> page =
                Browser.get(scanned.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> paid =
                Browser.postForm(Browser.formAction(page.body(), "cashier"), Browser.hiddenInputs(page.body()));

        assertThat(scanned.statusCode()).isEqualTo(302);
        assertThat(paid.body()).contains("id=\"paid\"");
        assertThat(this.simulator.order("Q9").state()).isEqualTo(OrderState.PAID);
    }

    @Test
    void anInjectedBadSignatureReachesThePageCallback() {
        this.simulator.faults().next("saveOrder").badSignature();
        HttpResponse<String> saved = Browser.postForm(
                this.simulator.pcCashierUrl() + "/saveOrder", this.merchantForms.seal(saveOrder("W5", 9)));
        HttpResponse<String> page =
                Browser.get(saved.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> paid =
                Browser.postForm(Browser.formAction(page.body(), "cashier"), Browser.hiddenInputs(page.body()));

        assertThatThrownBy(() -> this.merchantForms.open(Browser.hiddenInputs(paid.body())))
                .isInstanceOf(JdPaySignatureException.class);
    }
}
