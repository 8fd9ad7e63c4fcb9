package io.github.jdpay.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.jdpay.crypto.TestKeys;
import io.github.jdpay.exception.JdPaySignatureException;
import io.github.jdpay.exception.JdPayValidationException;
import io.github.jdpay.model.CashierForm;
import io.github.jdpay.model.Money;
import io.github.jdpay.model.PageCallback;
import io.github.jdpay.model.UniOrderRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Cashier forms and the page callback against jdpay-v2.md B.2 (F1) and B.3 (C1, C2); no HTTP call is made. */
class JdPayTemplateFormTest {

    private final ReplayServer jd = new ReplayServer();

    private final JdPayTemplate template = TestTemplates.template(this.jd)
            .merchant(TestTemplates.merchant().build())
            .build();

    @AfterEach
    void stop() {
        this.jd.close();
    }

    /** The order of vector F1. */
    private static UniOrderRequest.Builder f1() {
        return UniOrderRequest.builder()
                .tradeNum("12345678")
                .tradeName("测试商品")
                .amount(Money.ofFen(1))
                .tradeTime(Instant.parse("2017-07-18T02:10:10Z"))
                .notifyUrl("http://making.dev/notify")
                .callbackUrl("http://frontend.com/return")
                .userId("0000001");
    }

    @Test
    void pcCashierFormIsVectorF1() {
        CashierForm form = this.template.pcCashierForm(f1().build());

        assertThat(form.action()).isEqualTo(this.jd.endpoints().pcCashier() + "/saveOrder");
        assertThat(form.fields())
                .containsOnly(
                        entry("version", "V2.0"),
                        entry("merchant", "22294531"),
                        entry("tradeTime", "d9668085c69c2ecb73421627b78590400135be4ad908a2a7"),
                        entry("currency", "ac7132c57f10d3ce"),
                        entry("tradeNum", "b9a9953b73f9f8eb3612d06b873f74e9"),
                        entry("tradeName", "25fc4ff3e72f364fc1d80691e88fd7df"),
                        entry("amount", "e5a6c3761ab9ddaf"),
                        entry("orderType", "e00c693e6c5b8a60"),
                        entry("notifyUrl", "d54a8a984359284ec3d58d814e65630300d528555ef1e14ebe9ff87c62d78770"),
                        entry("callbackUrl", "b470f968b7165dcf745e8e129f073434ef9ec43bd64dda9ba2fe77001f4c7347"),
                        entry("userId", "29d899fc35dc7aa50640156c06e5ec0f"),
                        entry(
                                "sign",
                                "di/QyXcBJGY/Avb8ilTEUsCxto6F5fbjX4mvGt0a0J2XD1dTJ8sPidfTHofagsgz9H/CP3FC6Hqca49woS7o8vkn4oPfA+coHfxBnm4QtBcvdeQjW3fKq2IKbtGG7UGNGXEJc9Gk7BnXNnuvnbEc5FVFcvbqirdNi+7opO9jmaM="));
        assertThat(form.fields().keySet()).last().isEqualTo("sign");
    }

    @Test
    void h5CashierFormPostsTheSameFieldsToTheH5Cashier() {
        CashierForm pc = this.template.pcCashierForm(f1().build());
        CashierForm h5 = this.template.h5CashierForm(f1().build());

        assertThat(h5.action()).isEqualTo(this.jd.endpoints().h5Cashier() + "/saveOrder");
        assertThat(h5.fields()).isEqualTo(pc.fields());
    }

    @Test
    void merchantQrFormIsADirectAmountCustomerPay() {
        CashierForm form = this.template.customerPayForm(f1().build());

        assertThat(form.action()).isEqualTo(this.jd.endpoints().h5Cashier() + "/customerPay");
        assertThat(decrypt(form.fields().get("tradeType"))).isEqualTo("DRCT");
    }

    @Test
    void cashierFormTakesConfiguredUrlsWhenTheOrderHasNone() {
        CashierForm form = this.template.pcCashierForm(
                f1().notifyUrl(null).callbackUrl(null).build());

        assertThat(decrypt(form.fields().get("notifyUrl"))).isEqualTo("https://shop.example.com/jdpay/notify");
        assertThat(decrypt(form.fields().get("callbackUrl"))).isEqualTo("https://shop.example.com/paid");
    }

    @Test
    void cashierFormRequiresAUserId() {
        assertThatThrownBy(() -> this.template.pcCashierForm(f1().userId(null).build()))
                .isInstanceOfSatisfying(JdPayValidationException.class, ex -> assertThat(ex.getField())
                        .isEqualTo("userId"));
    }

    @Test
    void pageCallbackC1Verifies() {
        PageCallback callback = this.template.verifyPageCallback(c1());

        assertThat(callback)
                .isEqualTo(new PageCallback(
                        "dev-1531882041-111", Money.ofFen(1), "CNY", Instant.parse("2018-07-18T02:48:26Z"), null, "0"));
    }

    @Test
    void pageCallbackC2WithNoteVerifies() {
        Map<String, String> c2 = new LinkedHashMap<>();
        c2.put("amount", "e5a6c3761ab9ddaf");
        c2.put("currency", "ac7132c57f10d3ce");
        c2.put("note", "0f0071f565cf49ef82aeee8910e9f2f4");
        c2.put("status", "e00c693e6c5b8a60");
        c2.put("tradeNum", "38442bada8fcc815cc6386f24131481a4205f9d165019e8f");
        c2.put("tradeTime", "c33390d9b3d6d669fa4bbfc60f925498fe8ac39c72e43a1f");
        c2.put(
                "sign",
                "hqbVC4wf2MLFC7bZZR1mofzc+uLQTNNZiyzpGR/1iq51DcFwrtN4/esOIVVYF2hX/+YNXOL9y5Ii\n"
                        + "i7/6Rs3z/ozROFOzD72t/nvpUI+6gOVjxgAui8bn/K3xkyl0Bo8QgBt16e6KnnRW5QVvJ2jjZRyG\n"
                        + "rzWFH/zgZf06cNaWolY=");

        PageCallback callback = this.template.verifyPageCallback(c2);

        assertThat(callback.tradeNum()).isEqualTo("dev-1531992606-125");
        assertThat(callback.note()).isEqualTo("test product");
    }

    @Test
    void pageCallbackWithAnotherTradesNumberIsRejected() {
        Map<String, String> forged = c1();
        forged.put("tradeNum", "38442bada8fcc815cc6386f24131481a4205f9d165019e8f");

        assertThatThrownBy(() -> this.template.verifyPageCallback(forged)).isInstanceOf(JdPaySignatureException.class);
    }

    static Map<String, String> c1() {
        Map<String, String> c1 = new LinkedHashMap<>();
        c1.put("amount", "e5a6c3761ab9ddaf");
        c1.put("currency", "ac7132c57f10d3ce");
        c1.put("note", "");
        c1.put("status", "e00c693e6c5b8a60");
        c1.put("tradeNum", "38442bada8fcc81581d733ff756dc840272bf690d6b0c0e4");
        c1.put("tradeTime", "c33390d9b3d6d6699706ea1467616603a2a1506bbaaf0f59");
        c1.put(
                "sign",
                "hO5dwBI6P9jpcPComYNzXct5P5Y2yHI4awojnp1xh1AaJseqegga5VsTV9GMlypXio8wK4PztvvP\n"
                        + "U4z14YMka0PDVkzuaA9LV7nPwbQQPj+0tT1F7kiVLIhk//Er2XtzNH93CwReKY9YZEP9NIsgaLTb\n"
                        + "dK6JAdQiOQyz6CN7dDY=");
        return c1;
    }

    /** Reads an encrypted form value as JD would. */
    private static String decrypt(String hex) {
        return TestKeys.cipher(TestKeys.DES_KEY).decryptHex(hex);
    }
}
