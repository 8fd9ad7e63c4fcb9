package io.github.jdpay.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** The shop's JSON API as a client sees it: every answer, error or not, as status and JSON object. */
public final class ShopApi {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

    private final RestClient http;

    ShopApi(String baseUrl) {
        this.http = RestClient.builder()
                .baseUrl(baseUrl)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {})
                .build();
    }

    /** An answer: its status and body. */
    public record Answer(int status, Map<String, Object> body) {

        public Object get(String field) {
            return this.body.get(field);
        }

        public String text(String field) {
            return String.valueOf(this.body.get(field));
        }

        public long number(String field) {
            return ((Number) this.body.get(field)).longValue();
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> object(String field) {
            return (Map<String, Object>) this.body.get(field);
        }
    }

    public Answer post(String path, @Nullable Object body) {
        RestClient.RequestBodySpec request = this.http.post().uri(path);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return answer(request.retrieve().toEntity(JSON));
    }

    public Answer get(String path) {
        return answer(this.http.get().uri(path).retrieve().toEntity(JSON));
    }

    /** Places an order, which must succeed. */
    public Answer createOrder(String title, long amountFen, String channel) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("amountFen", amountFen);
        body.put("channel", channel);
        Answer created = post("/api/orders", body);
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        assertThat(created.get("status")).isEqualTo("CREATED");
        return created;
    }

    public Answer order(String tradeNum) {
        return get("/api/orders/" + tradeNum);
    }

    /** Refunds (part of) an order; {@code body} {@code null} for everything. */
    public Answer refund(String tradeNum, @Nullable Map<String, Object> body) {
        return post("/api/orders/" + tradeNum + "/refund", body);
    }

    public Answer revoke(String tradeNum) {
        return post("/api/orders/" + tradeNum + "/revoke", null);
    }

    /** Pays an order in the simulator, as the demo button does. */
    public Answer demoPay(String tradeNum) {
        return post("/demo/orders/" + tradeNum + "/pay", null);
    }

    /** Waits until the order has the status (JD's notification arrives on its own thread) and returns it. */
    public Answer awaitStatus(String tradeNum, String status) {
        return await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> order(tradeNum), order -> status.equals(order.get("status")));
    }

    /** Waits until the order has handled that many notifications and returns it. */
    public Answer awaitNotifications(String tradeNum, int count) {
        return await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> order(tradeNum), order -> order.number("notificationsHandled") >= count);
    }

    private static Answer answer(ResponseEntity<Map<String, Object>> response) {
        Map<String, Object> body = response.getBody();
        return new Answer(response.getStatusCode().value(), (body != null) ? body : Map.of());
    }
}
