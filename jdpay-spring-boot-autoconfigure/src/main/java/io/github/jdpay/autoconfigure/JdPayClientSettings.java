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
                .restClientBuilder(restClientBuilder.getIfAvailable(RestClient::builder))
                .clock(clock.getIfUnique(Clock::systemUTC));
        JdPayProperties.Http http = properties.getHttp();
        JdPayProperties.Retry retry = http.getRetry();
        // when(Objects::nonNull) rather than whenNonNull(): the latter is gone in Spring Boot 4.
        PropertyMapper map = PropertyMapper.get();
        map.from(http::getConnectTimeout).when(Objects::nonNull).to(builder::connectTimeout);
        map.from(http::getReadTimeout).when(Objects::nonNull).to(builder::readTimeout);
        map.from(http::getMaxResponseSize)
                .when(Objects::nonNull)
                .as(size -> Math.toIntExact(size.toBytes()))
                .to(builder::maxResponseSize);
        return builder.retryPolicy(
                new JdPayRetryPolicy(retry.getMaxAttempts(), retry.getInitialBackoff(), retry.getMaxBackoff()));
    }
}
