package io.github.jdpay.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.test.notify.HostileNotifications;
import io.github.jdpay.test.notify.JdPayNotifications;
import io.github.jdpay.test.notify.NotificationContent;
import io.github.jdpay.test.notify.NotificationSample;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The shop's notification endpoint, reached as JD reaches it: signed notifications built by the test kit are
 * handled once and acknowledged; hostile ones are refused and change nothing.
 */
class NotifyEndpointTest extends ShopTestSupport {

    private final HttpClient http = HttpClient.newHttpClient();

    // tag::signed-notification[]
    @Test
    void aSignedPaymentNotificationPaysTheOrderOnceHoweverOftenItComes() throws Exception {
        String tradeNum = this.api.createOrder("龙井茶", 1280, "QR").text("tradeNum");
        byte[] body = JdPayNotifications.testMerchant() // signed with the simulator's JD key
                .sign(NotificationContent.payment(tradeNum, 1280, NotificationContent.now()))
                .bytes();

        HttpResponse<String> first = notify(body);
        HttpResponse<String> again = notify(body);

        assertThat(first.body()).isEqualTo("success");
        assertThat(again.body()).isEqualTo("success");
        assertThat(this.api.order(tradeNum).get("status")).isEqualTo("PAID");
        assertThat(this.api.order(tradeNum).number("notificationsHandled")).isEqualTo(1);
    }
    // end::signed-notification[]

    @Test
    void aNotificationOfAnotherAmountIsRefusedAndTheOrderStaysUnpaid() throws Exception {
        String tradeNum = this.api.createOrder("普洱", 4500, "QR").text("tradeNum");
        byte[] body = JdPayNotifications.testMerchant()
                .sign(NotificationContent.payment(tradeNum, 1, NotificationContent.now()))
                .bytes();

        HttpResponse<String> answer = notify(body);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).isEqualTo("fail");
        assertThat(this.api.order(tradeNum).get("status")).isEqualTo("CREATED");
    }

    @Test
    void everyHostileNotificationIsRefused() throws Exception {
        for (NotificationSample sample : HostileNotifications.corpus()) {
            HttpResponse<String> answer = notify(sample.body());

            assertThat(answer.statusCode()).as(sample.name()).isBetween(400, 499);
            assertThat(answer.body()).as(sample.name()).isNotEqualTo("success");
        }
    }

    private HttpResponse<String> notify(byte[] body) throws IOException, InterruptedException {
        return this.http.send(
                HttpRequest.newBuilder(URI.create(BASE_URL + "/jdpay/notify"))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
