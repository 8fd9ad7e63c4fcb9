package io.github.jdpay.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;

/**
 * Sends every request on a connection of its own, opened for it and closed after its answer, for the calls that must
 * never ride a connection the gateway may already have closed.
 *
 * <p>The JDK {@code HttpClient} pools connections and offers no way to skip its pool for one request: it keeps a
 * connection unless the answer says {@code Connection: close}, also after an HTTP/1.0 answer, and cannot send that
 * header itself. A pooled connection the gateway closed without saying so fails only after the request was written,
 * which for a payment leaves its outcome unknown. So each request here gets a client of its own (and so a new
 * connection), sharing one executor; its selector thread ends when the client is shut down (Java 21 and later). Java
 * 17 cannot shut a client down, and one whose connection stays open in its pool is not collected either: there each
 * payment leaves a thread and a connection until the gateway or the JDK's keep-alive closes it (measured in
 * docs/configuration.md). The clients share the default {@code SSLContext}, whose session cache lets a TLS handshake
 * resume an earlier session where the gateway allows it.
 */
final class OneConnectionPerRequest implements ClientHttpRequestFactory {

    /** {@code HttpClient.shutdownNow()}, which Java 21 added; absent on Java 17. */
    private static final @Nullable MethodHandle SHUTDOWN_NOW = shutdownNow();

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Duration connectTimeout;

    private final Duration readTimeout;

    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "jdpay-http-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    OneConnectionPerRequest(Duration connectTimeout, Duration readTimeout) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    /** The client of one request, or of the pool when {@code executor} is null. */
    static HttpClient httpClient(Duration connectTimeout, @Nullable ExecutorService executor) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                // JD's gateway speaks HTTP/1.1; never follow a redirect with a signed payment in the body.
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER);
        if (executor != null) {
            builder.executor(executor);
        }
        return builder.build();
    }

    @Override
    public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
        HttpClient client = httpClient(this.connectTimeout, this.executor);
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client, this.executor);
        factory.setReadTimeout(this.readTimeout);
        return new Request(factory.createRequest(uri, httpMethod), client);
    }

    private static void shutDown(HttpClient client) {
        MethodHandle shutdownNow = SHUTDOWN_NOW;
        if (shutdownNow == null) {
            return;
        }
        try {
            shutdownNow.invoke(client);
        } catch (Throwable ex) {
            // The answer has been read; a client that does not stop is collected like on Java 17.
        }
    }

    private static @Nullable MethodHandle shutdownNow() {
        try {
            return MethodHandles.publicLookup()
                    .findVirtual(HttpClient.class, "shutdownNow", MethodType.methodType(void.class));
        } catch (NoSuchMethodException | IllegalAccessException ex) {
            return null;
        }
    }

    /** The JDK's request, whose client is shut down with its answer, or at once if it fails. */
    private record Request(ClientHttpRequest delegate, HttpClient client) implements ClientHttpRequest {

        @Override
        public ClientHttpResponse execute() throws IOException {
            ClientHttpResponse response;
            try {
                response = this.delegate.execute();
            } catch (IOException | RuntimeException ex) {
                shutDown(this.client);
                throw ex;
            }
            return new Response(response, this.client);
        }

        @Override
        public OutputStream getBody() throws IOException {
            return this.delegate.getBody();
        }

        @Override
        public HttpMethod getMethod() {
            return this.delegate.getMethod();
        }

        @Override
        public URI getURI() {
            return this.delegate.getURI();
        }

        @Override
        public Map<String, Object> getAttributes() {
            return this.delegate.getAttributes();
        }

        @Override
        public HttpHeaders getHeaders() {
            return this.delegate.getHeaders();
        }
    }

    /** The JDK's answer; closing it also shuts its client down. */
    private record Response(ClientHttpResponse delegate, HttpClient client) implements ClientHttpResponse {

        @Override
        public HttpStatusCode getStatusCode() throws IOException {
            return this.delegate.getStatusCode();
        }

        @Override
        public String getStatusText() throws IOException {
            return this.delegate.getStatusText();
        }

        @Override
        public InputStream getBody() throws IOException {
            return this.delegate.getBody();
        }

        @Override
        public HttpHeaders getHeaders() {
            return this.delegate.getHeaders();
        }

        @Override
        public void close() {
            try {
                this.delegate.close();
            } finally {
                shutDown(this.client);
            }
        }
    }
}
