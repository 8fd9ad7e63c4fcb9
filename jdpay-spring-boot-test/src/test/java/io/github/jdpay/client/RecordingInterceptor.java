package io.github.jdpay.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/** Keeps every request and answer body that passes through a RestClient, as the wire carried it. */
final class RecordingInterceptor implements ClientHttpRequestInterceptor {

    final List<String> bodies = new CopyOnWriteArrayList<>();

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        this.bodies.add(new String(body, StandardCharsets.UTF_8));
        ClientHttpResponse response = execution.execute(request, body);
        byte[] answer = response.getBody().readAllBytes();
        this.bodies.add(new String(answer, StandardCharsets.UTF_8));
        return new ClientHttpResponse() {
            @Override
            public HttpStatusCode getStatusCode() throws IOException {
                return response.getStatusCode();
            }

            @Override
            public String getStatusText() throws IOException {
                return response.getStatusText();
            }

            @Override
            public HttpHeaders getHeaders() {
                return response.getHeaders();
            }

            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(answer);
            }

            @Override
            public void close() {
                response.close();
            }
        };
    }
}
