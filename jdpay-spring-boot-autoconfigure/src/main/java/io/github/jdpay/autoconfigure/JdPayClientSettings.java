package io.github.jdpay.autoconfigure;

import io.github.jdpay.client.JdPayClientBuilder;
import io.github.jdpay.client.JdPayRetryPolicy;
import java.time.Clock;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.web.client.RestClient;

/** Applies what both clients share: the endpoints, {@code jdpay.http.*}, the application's RestClient builder and clock. */
final class JdPayClientSettings {

    private JdPayClientSettings() {}

    static <B extends JdPayClientBuilder<B>> B apply(
            B builder,
            JdPayProperties properties,
            JdPayConnectionDetails connectionDetails,
            ObjectProvider<RestClient.Builder> restClientBuilder,
            ObjectProvider<Clock> clock) {
        builder.endpoints(connectionDetails.getEndpoints())
                .restClientBuilder(() -> restClientBuilder.getIfAvailable(RestClient::builder))
                .clock(clock.getIfUnique(Clock::systemUTC));
        JdPayHttpProperties http = properties.getHttp();
        JdPayHttpProperties.Retry retry = http.getRetry();
        // Only from(Supplier), when(Predicate) and to(Consumer): the same methods in Spring Boot 3 and 4 once compiled.
        // Boot 4 removed whenNonNull() and takes its own Adapter type in as(), so calling either fails there.
        PropertyMapper map = PropertyMapper.get();
        map.from(http::getConnectTimeout).when(Objects::nonNull).to(builder::connectTimeout);
        map.from(http::getReadTimeout).when(Objects::nonNull).to(builder::readTimeout);
        map.from(http::getMaxResponseSize)
                .when(Objects::nonNull)
                .to(size -> builder.maxResponseSize(Math.toIntExact(size.toBytes())));
        return builder.retryPolicy(
                new JdPayRetryPolicy(retry.getMaxAttempts(), retry.getInitialBackoff(), retry.getMaxBackoff()));
    }
}
