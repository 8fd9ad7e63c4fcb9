package io.github.jdpay.notify;

import java.util.Objects;

/**
 * One notification endpoint: the path JD posts to and the source that opens what arrives there. Declare one as a bean
 * to serve another kind of notification; the endpoint runs every route through the same pipeline.
 *
 * @param path the request path, such as {@code /jdpay/notify}
 * @param source opens the bodies posted to {@code path}
 */
public record JdPayNotificationRoute(String path, JdPayNotificationSource source) {

    public JdPayNotificationRoute {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(source, "source");
        if (!path.startsWith("/") || path.contains("*") || path.contains("{")) {
            throw new IllegalArgumentException(
                    "notification path must be a plain path starting with '/' but is '" + path + "'");
        }
    }
}
