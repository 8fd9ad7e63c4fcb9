package io.github.jdpay.notify.web;

import io.github.jdpay.notify.JdPayNotificationRoute;
import io.github.jdpay.notify.JdPayNotificationSource;
import io.github.jdpay.notify.JdPayNotifyHandler;
import io.github.jdpay.notify.handler.NotifyHandlerRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The notification endpoints of a servlet web application: a POST route per {@link JdPayNotificationRoute}, each run
 * through the {@link NotificationPipeline}. Until some bean has a {@link JdPayNotifyHandler} method it routes nothing,
 * so the paths stay free; otherwise it logs one line per endpoint at start-up.
 */
public final class NotificationRouterFunction implements RouterFunction<ServerResponse>, SmartInitializingSingleton {

    private static final Log logger = LogFactory.getLog(NotificationRouterFunction.class);

    private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

    private final List<JdPayNotificationRoute> routes;

    private final NotifyHandlerRegistry handlers;

    private final @Nullable RouterFunction<ServerResponse> delegate;

    /**
     * @param routes the endpoints, each at its own path
     * @param pipeline handles what is posted to them
     * @param handlers the handler methods
     */
    public NotificationRouterFunction(
            List<JdPayNotificationRoute> routes, NotificationPipeline pipeline, NotifyHandlerRegistry handlers) {
        this.routes = List.copyOf(routes);
        this.handlers = handlers;
        Set<String> paths = new HashSet<>();
        RouterFunctions.Builder builder = RouterFunctions.route();
        for (JdPayNotificationRoute route : this.routes) {
            if (!paths.add(route.path())) {
                throw new IllegalArgumentException("two JD Pay notification routes share the path " + route.path());
            }
            builder.POST(route.path(), endpoint(pipeline, route.source()));
        }
        this.delegate = this.routes.isEmpty() ? null : builder.build();
    }

    private static HandlerFunction<ServerResponse> endpoint(
            NotificationPipeline pipeline, JdPayNotificationSource source) {
        return request -> {
            HttpServletRequest servletRequest = request.servletRequest();
            NotificationAnswer answer =
                    pipeline.process(source, servletRequest.getInputStream(), servletRequest.getContentLengthLong());
            return ServerResponse.status(answer.status()).contentType(TEXT).body(answer.body());
        };
    }

    @Override
    public Optional<HandlerFunction<ServerResponse>> route(ServerRequest request) {
        if (this.delegate == null || !this.handlers.hasHandlers()) {
            return Optional.empty();
        }
        return this.delegate.route(request);
    }

    @Override
    public void accept(RouterFunctions.Visitor visitor) {
        if (this.delegate != null) {
            this.delegate.accept(visitor);
        }
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!this.handlers.hasHandlers()) {
            logger.debug("No @JdPayNotifyHandler method: JD Pay notification endpoints not served");
            return;
        }
        for (JdPayNotificationRoute route : this.routes) {
            logger.info("JD Pay notifications accepted at POST " + route.path() + " ("
                    + this.handlers.describe(route.source().notificationTypes()) + ")");
        }
    }

    @Override
    public String toString() {
        return "JD Pay notification endpoints "
                + this.routes.stream().map(JdPayNotificationRoute::path).toList();
    }
}
