package io.github.jdpay.client;

import io.github.jdpay.client.observation.JdPayClientObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * What the builders of {@link JdPayTemplate} and {@link io.github.jdpay.client.aggregate.JdPayAggregateTemplate} share: JD's endpoints, the HTTP
 * client's settings, the retry policy and the clock.
 *
 * <p>The HTTP client is a {@link RestClient} made from the given builder (so its interceptors, observations and
 * customizers apply) with a JDK {@code HttpClient} request factory that enforces the connect and read timeouts.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class JdPayClientBuilder<B extends JdPayClientBuilder<B>> {

    private JdPayEndpoints endpoints = JdPayEndpoints.production();

    private Supplier<RestClient.Builder> restClientBuilder = RestClient::builder;

    private Duration connectTimeout = Duration.ofSeconds(5);

    private Duration readTimeout = Duration.ofSeconds(15);

    private JdPayRetryPolicy retryPolicy = JdPayRetryPolicy.defaults();

    private int maxResponseSize = 1024 * 1024;

    private Clock clock = Clock.systemUTC();

    private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

    private @Nullable JdPayClientObservationConvention observationConvention;

    /** For the builders of this library's clients. */
    protected JdPayClientBuilder() {}

    /** This builder, as its own type. */
    protected abstract B self();

    /** The endpoints set, or production's. */
    protected JdPayEndpoints configuredEndpoints() {
        return this.endpoints;
    }

    /** The clock set, or the system clock. */
    protected Clock configuredClock() {
        return this.clock;
    }

    /** JD's endpoints; its production hosts unless set. */
    public B endpoints(JdPayEndpoints endpoints) {
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        return self();
    }

    /** The builder the HTTP client is made from (it is cloned, not changed); a plain one unless set. */
    public B restClientBuilder(RestClient.Builder restClientBuilder) {
        Objects.requireNonNull(restClientBuilder, "restClientBuilder");
        this.restClientBuilder = () -> restClientBuilder;
        return self();
    }

    /**
     * Where the builder the HTTP client is made from comes from, asked once, on the first call to JD rather than when
     * the template is built: creating Spring Boot's builder and a JDK {@code HttpClient} would otherwise add to every
     * application's start-up. The builder it returns is cloned, not changed.
     */
    public B restClientBuilder(Supplier<RestClient.Builder> restClientBuilder) {
        this.restClientBuilder = Objects.requireNonNull(restClientBuilder, "restClientBuilder");
        return self();
    }

    /** Longest wait to open a connection to JD; 5 seconds unless set. */
    public B connectTimeout(Duration connectTimeout) {
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
        return self();
    }

    /** Longest wait for JD's answer; 15 seconds unless set. */
    public B readTimeout(Duration readTimeout) {
        this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
        return self();
    }

    /** How read-only calls are retried; {@link JdPayRetryPolicy#defaults()} unless set. */
    public B retryPolicy(JdPayRetryPolicy retryPolicy) {
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        return self();
    }

    /** Largest answer accepted from JD, in bytes; 1 MB unless set. */
    public B maxResponseSize(int bytes) {
        if (bytes < 1024) {
            throw new IllegalArgumentException("maxResponseSize must be at least 1024 bytes");
        }
        this.maxResponseSize = bytes;
        return self();
    }

    /** The clock that dates requests without a trade time; the system clock unless set. */
    public B clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    /** Where {@code jdpay.client.requests} observations go; none are made unless set. */
    public B observationRegistry(ObservationRegistry observationRegistry) {
        this.observationRegistry = Objects.requireNonNull(observationRegistry, "observationRegistry");
        return self();
    }

    /** Names and tags {@code jdpay.client.requests}; the default convention unless set. */
    public B observationConvention(JdPayClientObservationConvention observationConvention) {
        this.observationConvention = Objects.requireNonNull(observationConvention, "observationConvention");
        return self();
    }

    /** A transport with these settings, over a new HTTP client, observing its calls in the registry set. */
    protected Transport transport() {
        Supplier<RestClient.Builder> builder = this.restClientBuilder;
        Duration connect = this.connectTimeout;
        Duration read = this.readTimeout;
        return new Transport(
                () -> restClient(builder.get(), connect, read),
                this.retryPolicy,
                this.maxResponseSize,
                this.observationRegistry,
                this.observationConvention);
    }

    private static RestClient restClient(RestClient.Builder builder, Duration connectTimeout, Duration readTimeout) {
        HttpClient httpClient = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                // JD's gateway speaks HTTP/1.1; never follow a redirect with a signed payment in the body.
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
        requestFactory.setReadTimeout(readTimeout);
        return builder.clone().requestFactory(requestFactory).build();
    }
}
