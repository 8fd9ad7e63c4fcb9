package io.github.jdpay.autoconfigure;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import io.github.jdpay.client.JdPayOperations;
import io.github.jdpay.exception.JdPayException;
import io.github.jdpay.model.PageCallback;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The page-callback recipe of docs/notifications.md, with JD's own callback C1 (jdpay-v2.md B.3): a controller
 * verifies the form the browser posts and only shows a page; payment state comes from the notification.
 */
class PageCallbackRecipeTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(JdPayNotifyAutoConfigurationTest.CONFIGURATIONS)
            .withPropertyValues(JdPayAutoConfigurationTest.FIVE_PROPERTIES)
            .withUserConfiguration(ReturnPage.class);

    /** The recipe. */
    @RestController
    static class ReturnPage {

        private final JdPayOperations jdPay;

        ReturnPage(JdPayOperations jdPay) {
            this.jdPay = jdPay;
        }

        @PostMapping("/jdpay/return")
        String returned(@RequestParam Map<String, String> form) {
            try {
                PageCallback callback = this.jdPay.verifyPageCallback(form);
                return "Thank you! Order " + callback.tradeNum() + " is being confirmed.";
            } catch (JdPayException ex) {
                return "Your order page will show the payment as soon as JD confirms it.";
            }
        }
    }

    private static MockHttpServletRequestBuilder browserPost(Map<String, String> form) {
        MockHttpServletRequestBuilder request = post("/jdpay/return");
        form.forEach(request::param);
        return request;
    }

    private static Map<String, String> c1() {
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

    @Test
    void jdsSignedCallbackShowsTheThankYouPage() {
        this.runner.run(context -> MockMvcBuilders.webAppContextSetup(context)
                .build()
                .perform(browserPost(c1()))
                .andExpect(content().string("Thank you! Order dev-1531882041-111 is being confirmed.")));
    }

    @Test
    void aTamperedCallbackShowsThePendingPage() {
        Map<String, String> tampered = c1();
        tampered.put("amount", "ac7132c57f10d3ce");

        this.runner.run(context -> MockMvcBuilders.webAppContextSetup(context)
                .build()
                .perform(browserPost(tampered))
                .andExpect(content().string("Your order page will show the payment as soon as JD confirms it.")));
    }
}
