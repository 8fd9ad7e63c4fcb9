package io.github.jdpay.client;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import io.github.jdpay.autoconfigure.BootClasses;
import io.github.jdpay.autoconfigure.JdPayAutoConfiguration;
import io.github.jdpay.crypto.TestKeys;
import io.github.jdpay.exception.JdPayException;
import io.github.jdpay.model.PageCallback;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The page-callback recipe of the README ("Handling notifications"), with JD's own callback C1 (jdpay-v2.md B.3): a controller
 * verifies the form the browser posts and only shows a page; payment state comes from the notification.
 */
class PageCallbackRecipeTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(
                    AutoConfigurations.of(JdPayAutoConfiguration.class, BootClasses.webMvcAutoConfiguration()))
            .withPropertyValues(
                    "jdpay.merchant-no=" + TestKeys.MERCHANT,
                    "jdpay.des-key=" + TestKeys.DES_KEY,
                    "jdpay.private-key=classpath:keys/merchant-22294531-private.pem",
                    "jdpay.jd-public-key=classpath:keys/jd-test-public.pem")
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

    @Test
    void jdsSignedCallbackShowsTheThankYouPage() {
        this.runner.run(context -> MockMvcBuilders.webAppContextSetup(context)
                .build()
                .perform(browserPost(JdPayTemplateFormTest.c1()))
                .andExpect(content().string("Thank you! Order dev-1531882041-111 is being confirmed.")));
    }

    @Test
    void aTamperedCallbackShowsThePendingPage() {
        Map<String, String> tampered = JdPayTemplateFormTest.c1();
        tampered.put("amount", "ac7132c57f10d3ce");

        this.runner.run(context -> MockMvcBuilders.webAppContextSetup(context)
                .build()
                .perform(browserPost(tampered))
                .andExpect(content().string("Your order page will show the payment as soon as JD confirms it.")));
    }
}
