package io.github.jdpay.benchmarks.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The application the load runs against answers every endpoint as the load generator expects. */
class EndpointApplicationTest {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everyEndpointAnswersSuccessAndTheHandlerCountsEachTradeOnce(boolean jdbc) throws Exception {
        String body = NotificationBodies.body("TEST-" + jdbc);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(EndpointApplication.class)
                .properties(EndpointApplication.defaultProperties(jdbc))
                .run("--server.port=0")) {
            // The property, not WebServerApplicationContext: that class moved in Spring Boot 4.
            int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            NotificationCounter counter = context.getBean(NotificationCounter.class);

            assertThat(post(port, EndpointApplication.NOTIFY_PATH, body)).isEqualTo("200 success");
            assertThat(post(port, EndpointApplication.NOTIFY_PATH, body)).isEqualTo("200 success");
            assertThat(post(port, EndpointApplication.BARE_PATH, body)).isEqualTo("200 success");
            assertThat(post(port, EndpointApplication.FLOOR_PATH, body)).isEqualTo("200 success");
            assertThat(counter.handled()).isEqualTo(1);
            assertThat(get(port, EndpointApplication.COUNT_PATH)).isEqualTo("200 1");
        }
    }

    private String post(int port, String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private String get(int port, String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .GET()
                .build());
    }

    private String send(HttpRequest request) throws Exception {
        HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }
}
