package io.github.jdpay.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.test.notify.JdPayNotifications;
import io.github.jdpay.test.notify.NotificationContent;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What operations sees of the shop after one payment and one refused notification: health with the jdpay component
 * UP, the jdpay.notifications metric, Prometheus' scrape, info and the jdpay endpoint; and the jdpay component DOWN
 * while the idempotency store's table is gone. The answers are kept in {@code target/actuator/} for the record.
 */
class OperationsTest extends ShopTestSupport {

    /** A notification for the shop's merchant whose content is not JD's: refused before any handler. */
    private static final String FORGED = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><jdpay><version>V2.0</version>"
            + "<merchant>22294531</merchant><result><code>000000</code><desc>success</desc></result>"
            + "<encrypt>bm90IEpEJ3MgY29udGVudA==</encrypt></jdpay>";

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private JdbcTemplate jdbc;

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = this.http.send(
                HttpRequest.newBuilder(URI.create(BASE_URL + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        Path kept = Path.of("target", "actuator", path.substring(path.lastIndexOf('/') + 1) + ".json");
        Files.createDirectories(kept.getParent());
        Files.writeString(kept, response.body(), StandardCharsets.UTF_8);
        return response.body();
    }

    @Test
    void aPaymentAndARefusedNotificationShowInHealthMetricsAndTheJdpayEndpoint() throws Exception {
        String tradeNum = this.api.createOrder("白茶", 880, "APP").text("tradeNum");
        this.api.demoPay(tradeNum);
        this.api.awaitStatus(tradeNum, "PAID");
        HttpResponse<String> refused = this.http.send(
                HttpRequest.newBuilder(URI.create(BASE_URL + "/jdpay/notify"))
                        .header("Content-Type", "application/xml")
                        .POST(HttpRequest.BodyPublishers.ofString(FORGED))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);

        @SuppressWarnings("unchecked")
        Map<String, Object> jdpay = (Map<String, Object>)
                ((Map<String, Object>) this.api.get("/actuator/health").get("components")).get("jdpay");
        assertThat(jdpay).containsEntry("status", "UP");
        get("/actuator/health");

        ShopApi.Answer handled = this.api.get("/actuator/metrics/jdpay.notifications?tag=outcome:HANDLED");
        assertThat(handled.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> measurements = (List<Map<String, Object>>) handled.get("measurements");
        assertThat(measurements)
                .filteredOn(m -> "COUNT".equals(m.get("statistic")))
                .singleElement()
                .satisfies(count ->
                        assertThat(((Number) count.get("value")).doubleValue()).isGreaterThanOrEqualTo(1));
        assertThat(get("/actuator/prometheus"))
                .contains("jdpay_notifications_seconds_count{")
                .contains("outcome=\"REJECTED\"")
                .contains("reason=\"MALFORMED\"");

        assertThat(get("/actuator/info")).contains("\"jdpay\"").contains("fingerprint");
        assertThat(get("/actuator/jdpay"))
                .contains("\"tradeNum\":\"" + tradeNum + "\"")
                .contains("\"outcome\":\"HANDLED\"")
                .contains("\"outcome\":\"REJECTED\"");
    }

    @Test
    void withTheStoresTableGoneTheJdpayComponentIsDownAndNotificationsAreAnswered503UntilItIsBack() throws Exception {
        String tradeNum = this.api.createOrder("碧螺春", 660, "QR").text("tradeNum");
        byte[] paid = JdPayNotifications.testMerchant()
                .sign(NotificationContent.payment(tradeNum, 660, NotificationContent.now()))
                .bytes();
        assertThat(jdpayHealth().get("status")).isEqualTo("UP");

        // The database the store writes to loses its table: what a failed migration or a wrong schema looks like.
        this.jdbc.execute("ALTER TABLE jdpay_notification RENAME TO jdpay_notification_away");
        try {
            ShopApi.Answer health = this.api.get("/actuator/health");
            HttpResponse<String> refused = notify(paid);
            ShopApi.Answer storeFailed = this.api.get("/actuator/metrics/jdpay.notifications?tag=outcome:STORE_FAILED");
            Files.createDirectories(Path.of("target", "actuator"));
            Files.writeString(
                    Path.of("target", "actuator", "health-store-down.json"),
                    this.http
                            .send(
                                    HttpRequest.newBuilder(URI.create(BASE_URL + "/actuator/health"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body(),
                    StandardCharsets.UTF_8);

            assertThat(health.status()).isEqualTo(503);
            assertThat(health.get("status")).isEqualTo("DOWN");
            Map<String, Object> jdpay = component(health);
            assertThat(jdpay.get("status")).isEqualTo("DOWN");
            @SuppressWarnings("unchecked")
            Map<String, Object> merchant =
                    (Map<String, Object>) ((Map<String, Object>) jdpay.get("components")).get("merchants");
            assertThat(merchant.get("status")).isEqualTo("DOWN");
            @SuppressWarnings("unchecked")
            Map<String, Object> details = (Map<String, Object>) merchant.get("details");
            assertThat(details).containsEntry("keys", "self-checked");
            assertThat((String) details.get("store")).startsWith("failed: ");
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(storeFailed.status()).isEqualTo(200);
            assertThat(count(storeFailed)).isGreaterThanOrEqualTo(1);
            assertThat(this.api.order(tradeNum).get("status")).isEqualTo("CREATED");
        } finally {
            this.jdbc.execute("ALTER TABLE jdpay_notification_away RENAME TO jdpay_notification");
        }

        assertThat(jdpayHealth().get("status")).isEqualTo("UP");
        // JD sends it again: now it is handled.
        assertThat(notify(paid).body()).isEqualTo("success");
        assertThat(this.api.order(tradeNum).get("status")).isEqualTo("PAID");
    }

    private Map<String, Object> jdpayHealth() {
        return component(this.api.get("/actuator/health"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> component(ShopApi.Answer health) {
        return (Map<String, Object>) ((Map<String, Object>) health.get("components")).get("jdpay");
    }

    @SuppressWarnings("unchecked")
    private static double count(ShopApi.Answer metric) {
        List<Map<String, Object>> measurements = (List<Map<String, Object>>) metric.get("measurements");
        return measurements.stream()
                .filter(m -> "COUNT".equals(m.get("statistic")))
                .mapToDouble(m -> ((Number) m.get("value")).doubleValue())
                .sum();
    }

    private HttpResponse<String> notify(byte[] body) throws IOException, InterruptedException {
        return this.http.send(
                HttpRequest.newBuilder(URI.create(BASE_URL + "/jdpay/notify"))
                        .header("Content-Type", "application/xml")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
