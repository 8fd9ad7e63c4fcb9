package com.example.shop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.client.JdPayTemplate;
import io.github.jdpay.model.AppPayParams;
import io.github.jdpay.model.Money;
import io.github.jdpay.test.JdPaySimulator;
import io.github.jdpay.test.NotificationDelivery;
import io.github.jdpay.test.TestMerchant;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

// tag::test[]
/** An APP order placed through {@code JdPayTemplate}, paid in the test kit's simulator, reaches the handler. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
            "jdpay.merchant-no=" + TestMerchant.MERCHANT_NO,
            "jdpay.des-key=" + TestMerchant.DES_KEY,
            "jdpay.private-key=" + TestMerchant.PRIVATE_KEY_LOCATION,
            "jdpay.app-id=shop-app",
            "jdpay.md5-key=" + TestMerchant.MD5_KEY,
            "jdpay.simulator.enabled=true"
        })
class CheckoutTest {

    /** Chosen before start-up: notify-url is built from server.port, which JD (the simulator) must reach. */
    static final int PORT = TestSocketUtils.findAvailableTcpPort();

    @Autowired
    Checkout checkout;

    @Autowired
    JdPaySimulator jd;

    @Autowired
    JdPayTemplate jdPay;

    @DynamicPropertySource
    static void port(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
    }

    @Test
    void aPaidOrderIsNotifiedToTheHandler() {
        AppPayParams app = this.checkout.placeOrder("user-42", "shop-1001", "龙井茶", 2500);
        assertThat(app.appId()).isEqualTo("shop-app");
        assertThat(this.checkout.paidAmount("shop-1001")).isEmpty();

        this.jd.pay("shop-1001");

        NotificationDelivery delivery =
                this.jd.awaitDeliveries("shop-1001", 1, Duration.ofSeconds(10)).get(0);
        assertThat(delivery.url()).isEqualTo("http://localhost:" + PORT + "/jdpay/notify");
        assertThat(delivery.acknowledged()).isTrue();
        assertThat(this.checkout.paidAmount("shop-1001")).contains(Money.ofFen(2500));
        assertThat(this.jdPay.getUserRelation("user-42").bound()).isTrue();
    }
}
// end::test[]
