package io.github.jdpay.client;

import io.github.jdpay.client.observation.JdPayClientObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * What the builders of {@link JdPayTemplate} and {@link io.github.jdpay.client.aggregate.JdPayAggregateTemplate} share: JD's endpoints, the HTTP
 * client's settings, the retry policy and the clock.
 *
 * <p>The HTTP client is a {@link RestClient} made from the given builder (so its interceptors, observations and
 * customizers apply) with request factories that enforce the connect and read timeouts (a JDK {@code HttpClient}
 * pool for read-only calls, Apache HttpClient 5 with a connection per request for the others), unless a {@linkplain #requestFactory(ClientHttpRequestFactory) request factory} is set. The builder's own request factory
 * is replaced either way: Spring Boot puts one with its own settings on every builder it makes.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class JdPayClientBuilder<B extends JdPayClientBuilder<B>> {

    private JdPayEndpoints endpoints = JdPayEndpoints.production();

    private Supplier<RestClient.Builder> restClientBuilder = RestClient::builder;

    private @Nullable ClientHttpRequestFactory requestFactory;

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
     * the template is built: creating Spring Boot's builder and the HTTP clients would otherwise add to every
     * application's start-up. The builder it returns is cloned, not changed.
     */
    public B restClientBuilder(Supplier<RestClient.Builder> restClientBuilder) {
        this.restClientBuilder = Objects.requireNonNull(restClientBuilder, "restClientBuilder");
        return self();
    }

    /**
     * The request factory every call goes through, used as it is: its own timeouts and connection reuse then apply
     * instead of {@link #connectTimeout}, {@link #readTimeout} and the client's rule of sending calls that may not be
     * repeated on a connection of their own. Unless set, the starter's factories with those settings.
     */
    public B requestFactory(ClientHttpRequestFactory requestFactory) {
        this.requestFactory = Objects.requireNonNull(requestFactory, "requestFactory");
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
        ClientHttpRequestFactory own = this.requestFactory;
        Duration connect = this.connectTimeout;
        Duration read = this.readTimeout;
        return new Transport(
                () -> connections(builder.get(), own, connect, read),
                this.retryPolicy,
                this.maxResponseSize,
                this.observationRegistry,
                this.observationConvention);
    }

    private static Transport.Connections connections(
            RestClient.Builder builder,
            @Nullable ClientHttpRequestFactory own,
            Duration connectTimeout,
            Duration readTimeout) {
        if (own != null) {
            RestClient client = builder.clone().requestFactory(own).build();
            return new Transport.Connections(client, client);
        }
        return new Transport.Connections(
                builder.clone()
                        .requestFactory(ConnectionPerRequest.pooled(connectTimeout, readTimeout))
                        .build(),
                builder.clone()
                        .requestFactory(ConnectionPerRequest.fresh(connectTimeout, readTimeout))
                        .build());
    }
}
