package io.github.jdpay.sample;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * What operations sees of the shop after one payment and one refused notification: health with the jdpay component
 * UP, the jdpay.notifications metric, Prometheus' scrape, info and the jdpay endpoint. The answers are kept in
 * {@code target/actuator/} for the record.
 */
class OperationsTest extends ShopTestSupport {

    /** A notification for the shop's merchant whose content is not JD's: refused before any handler. */
    private static final String FORGED = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><jdpay><version>V2.0</version>"
            + "<merchant>22294531</merchant><result><code>000000</code><desc>success</desc></result>"
            + "<encrypt>bm90IEpEJ3MgY29udGVudA==</encrypt></jdpay>";

    private final HttpClient http = HttpClient.newHttpClient();

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
}
