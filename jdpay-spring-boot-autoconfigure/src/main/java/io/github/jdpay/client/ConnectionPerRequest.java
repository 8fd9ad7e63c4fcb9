package io.github.jdpay.client;

import java.net.http.HttpClient;
import java.time.Duration;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;
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
}
