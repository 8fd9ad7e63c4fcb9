package io.github.jdpay.client;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.time.Duration;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;

/**
 * The request factories of the starter's HTTP client: pooled connections for read-only calls, and one connection per
 * request for the calls that must never ride a connection the gateway may already have closed.
 *
 * <p>The JDK {@code HttpClient} cannot skip its pool for one request, and on Java 17 a client of its own per payment
 * cannot be shut down (its selector thread and connection outlive the payment). Apache HttpClient 5 can: its reuse
 * strategy decides after each answer whether the connection goes back to the pool, and one that never reuses closes
 * every connection once its answer is read. It is a required dependency of the starter rather than an optional one
 * with a fallback: the only fallback would be the JDK pool, which reopens the bug this fixes (a payment written on a
 * closed connection ends with its outcome unknown), and a payment SDK should not change how it sends money with what
 * else happens to be on the classpath.
 */
final class ConnectionPerRequest {

    /**
     * Connections that never write what they carry to a log. Apache's own copy every byte sent and received (signs,
     * cipher text, a payment code in clear on aggregate pay) to the {@code org.apache.hc.client5.http.wire} logger
     * whenever it is at DEBUG, and an application that turns on DEBUG for everything would log them.
     */
    private static final HttpConnectionFactory<ManagedHttpClientConnection> UNLOGGED = socket -> {
        UnloggedConnection connection = new UnloggedConnection();
        if (socket != null) {
            connection.bind(socket);
        }
        return connection;
    };

    private ConnectionPerRequest() {}

    /** JDK {@code HttpClient} connections, kept alive between calls that may safely be sent again. */
    static ClientHttpRequestFactory pooled(Duration connectTimeout, Duration readTimeout) {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                // JD's gateway speaks HTTP/1.1; never follow a redirect with a signed request in the body.
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
        factory.setReadTimeout(readTimeout);
        return factory;
    }

    /**
     * A connection opened for each request and closed after its answer (or its failure), never reused. No retries
     * (a payment may not be sent twice: the transport decides what may be repeated), no redirects, no cookies, and no
     * background thread: no idle-connection evictor is started, as nothing is ever idle in the pool.
     */
    static HttpComponentsClientHttpRequestFactory fresh(Duration connectTimeout, Duration readTimeout) {
        Timeout read = Timeout.ofMilliseconds(readTimeout.toMillis());
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(connectTimeout.toMillis()))
                        .setSocketTimeout(read)
                        .build())
                // The pool holds only connections in use: a limit would make a payment wait for another's answer.
                .setMaxConnTotal(Integer.MAX_VALUE)
                .setMaxConnPerRoute(Integer.MAX_VALUE)
                .setConnectionFactory(UNLOGGED)
                // The JVM's default TLS context and its system properties, as the JDK client of the other calls uses.
                .setTlsSocketStrategy(DefaultClientTlsStrategy.createSystemDefault())
                .build();
        CloseableHttpClient client = HttpClients.custom()
                .setConnectionManager(connections)
                .setConnectionReuseStrategy((request, response, context) -> false)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(read)
                        .setConnectionRequestTimeout(Timeout.ofMilliseconds(connectTimeout.toMillis()))
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .build();
        HttpComponentsClientHttpRequestFactory factory = new HttpComponentsClientHttpRequestFactory(client);
        factory.setReadTimeout(readTimeout);
        return factory;
    }

    /** An HTTP/1.1 client connection over a plain socket holder: the bytes go nowhere but the socket. */
    private static final class UnloggedConnection extends DefaultBHttpClientConnection
            implements ManagedHttpClientConnection {

        UnloggedConnection() {
            super(Http1Config.DEFAULT);
        }

        @Override
        public void bind(Socket socket) throws IOException {
            super.bind(socket);
        }

        @Override
        public @Nullable Socket getSocket() {
            SocketHolder holder = getSocketHolder();
            return (holder != null) ? holder.getSocket() : null;
        }

        // Never pooled between requests, so nothing to do when a connection is parked or taken back.
        @Override
        public void passivate() {}

        @Override
        public void activate() {}
    }
}
