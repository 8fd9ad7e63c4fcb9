package io.github.jdpay.notify;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Posts bodies to a notification endpoint over real HTTP, as JD does. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private Http() {}

    /** What the endpoint answered. */
    record Answer(int status, String body) {}

    /** Posts XML with a {@code Content-Length}. */
    static Answer post(String url, byte[] body) throws IOException, InterruptedException {
        return post(url, body, "application/xml;charset=UTF-8");
    }

    /** Posts with a {@code Content-Length}. */
    static Answer post(String url, byte[] body, String contentType) throws IOException, InterruptedException {
        return send(url, HttpRequest.BodyPublishers.ofByteArray(body), contentType);
    }

    /** Posts chunked, without a {@code Content-Length}: the server learns the size only by reading. */
    static Answer postChunked(String url, byte[] body) throws IOException, InterruptedException {
        return send(
                url,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)),
                "application/xml;charset=UTF-8");
    }

    private static Answer send(String url, HttpRequest.BodyPublisher body, String contentType)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", contentType)
                .POST(body)
                .build();
        HttpResponse<String> response =
                CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body());
    }
}
