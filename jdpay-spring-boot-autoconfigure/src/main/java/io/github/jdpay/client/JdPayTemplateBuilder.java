package io.github.jdpay.client;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Builds a {@link JdPayTemplate}: the merchants (the first is the default), JD's endpoints and the HTTP settings.
 *
 * <p>The HTTP client is a {@link RestClient} made from the given builder (so its interceptors, observations and
 * customizers apply) with a JDK {@code HttpClient} request factory that enforces the connect and read timeouts.
 */
public final class JdPayTemplateBuilder {

    private final Map<String, JdPayMerchant> merchants = new LinkedHashMap<>();

    private JdPayEndpoints endpoints = JdPayEndpoints.production();

    private RestClient.@Nullable Builder restClientBuilder;

    private Duration connectTimeout = Duration.ofSeconds(5);

    private Duration readTimeout = Duration.ofSeconds(15);

    private JdPayRetryPolicy retryPolicy = JdPayRetryPolicy.defaults();

    private int maxResponseSize = 1024 * 1024;

    private Clock clock = Clock.systemUTC();

    JdPayTemplateBuilder() {}

    /** Adds a merchant; the first one added is the one the built template acts for. */
    public JdPayTemplateBuilder merchant(JdPayMerchant merchant) {
        if (this.merchants.putIfAbsent(merchant.name(), merchant) != null) {
            throw new IllegalArgumentException("two JD Pay merchants are named '" + merchant.name() + "'");
        }
        return this;
    }

    /** JD's endpoints; its production hosts unless set. */
    public JdPayTemplateBuilder endpoints(JdPayEndpoints endpoints) {
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        return this;
    }

    /** The builder the HTTP client is made from (it is cloned, not changed); a plain one unless set. */
    public JdPayTemplateBuilder restClientBuilder(RestClient.Builder restClientBuilder) {
        this.restClientBuilder = Objects.requireNonNull(restClientBuilder, "restClientBuilder");
        return this;
    }

    /** Longest wait to open a connection to JD; 5 seconds unless set. */
    public JdPayTemplateBuilder connectTimeout(Duration connectTimeout) {
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
        return this;
    }

    /** Longest wait for JD's answer; 15 seconds unless set. */
    public JdPayTemplateBuilder readTimeout(Duration readTimeout) {
        this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
        return this;
    }

    /** How read-only calls are retried; {@link JdPayRetryPolicy#defaults()} unless set. */
    public JdPayTemplateBuilder retryPolicy(JdPayRetryPolicy retryPolicy) {
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        return this;
    }

    /** Largest answer accepted from JD, in bytes; 1 MB unless set. */
    public JdPayTemplateBuilder maxResponseSize(int bytes) {
        if (bytes < 1024) {
            throw new IllegalArgumentException("maxResponseSize must be at least 1024 bytes");
        }
        this.maxResponseSize = bytes;
        return this;
    }

    /** The clock that dates requests without a {@code tradeTime}; the system clock unless set. */
    public JdPayTemplateBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** Builds the template for the first merchant added. */
    public JdPayTemplate build() {
        if (this.merchants.isEmpty()) {
            throw new IllegalStateException("a JD Pay template needs at least one merchant");
        }
        XmlTransport transport = new XmlTransport(restClient(), this.retryPolicy, this.maxResponseSize);
        Map<String, MerchantChannel> channels = new LinkedHashMap<>();
        this.merchants.forEach(
                (name, merchant) -> channels.put(name, new MerchantChannel(merchant, transport, this.endpoints)));
        String first = this.merchants.keySet().iterator().next();
        return new JdPayTemplate(java.util.Collections.unmodifiableMap(channels), first, this.clock);
    }

    private RestClient restClient() {
        HttpClient httpClient = HttpClient.newBuilder()
                .connectTimeout(this.connectTimeout)
                // JD's gateway speaks HTTP/1.1; never follow a redirect with a signed payment in the body.
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
        requestFactory.setReadTimeout(this.readTimeout);
        RestClient.Builder builder =
                (this.restClientBuilder != null) ? this.restClientBuilder.clone() : RestClient.builder();
        return builder.requestFactory(requestFactory).build();
    }
}
