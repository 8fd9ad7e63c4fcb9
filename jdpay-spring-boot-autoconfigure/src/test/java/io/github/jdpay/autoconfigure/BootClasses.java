package io.github.jdpay.autoconfigure;

import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.function.Consumer;
import org.springframework.util.ClassUtils;
import org.springframework.web.client.RestClient;

/**
 * Spring Boot classes that Boot 4 moved into modules of its own, found by their Boot 4 name or their Boot 3 name, so
 * that one test source runs on both. A class missing under both names fails the test that asked for it.
 */
public final class BootClasses {

    private BootClasses() {}

    /** Spring MVC's auto-configuration, which serves the notification endpoint's router functions. */
    public static Class<?> webMvcAutoConfiguration() {
        return load(
                "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
                "org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration");
    }

    /** Spring Data Redis's auto-configuration, which makes the {@code RedisConnectionFactory} bean. */
    public static Class<?> redisAutoConfiguration() {
        return load(
                "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
                "org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration");
    }

    /** The auto-configuration of Boot's {@code RestClient.Builder} bean, which applies the application's customizers. */
    public static Class<?> restClientAutoConfiguration() {
        return load(
                "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration",
                "org.springframework.boot.autoconfigure.web.client.RestClientAutoConfiguration");
    }

    /** Boot's {@code RestClientCustomizer} type. */
    public static Class<?> restClientCustomizerType() {
        return load(
                "org.springframework.boot.restclient.RestClientCustomizer",
                "org.springframework.boot.web.client.RestClientCustomizer");
    }

    /** A {@code RestClientCustomizer} of the given type that hands each builder to {@code customizer}. */
    public static <T> T restClientCustomizer(Class<T> type, Consumer<RestClient.Builder> customizer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "RestClientCustomizer for tests";
                };
            }
            customizer.accept((RestClient.Builder) args[0]);
            return null;
        }));
    }

    /**
     * What serves actuator endpoints over Spring MVC: endpoint discovery, the web endpoints and their handler
     * mapping, the health and info endpoints, the dispatcher servlet and JSON. Boot 3 names come first: on Boot 3.5
     * the test class path also holds Boot 4's health module (our Boot 4 health class compiles against it).
     */
    public static Class<?>[] actuatorWebEndpoints() {
        return new Class<?>[] {
            load("org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration"),
            load("org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointAutoConfiguration"),
            load("org.springframework.boot.actuate.autoconfigure.endpoint.jackson.JacksonEndpointAutoConfiguration"),
            // Same port: imports the MVC endpoint handler mapping (a management context configuration).
            load("org.springframework.boot.actuate.autoconfigure.web.server.ManagementContextAutoConfiguration"),
            load("org.springframework.boot.actuate.autoconfigure.info.InfoEndpointAutoConfiguration"),
            load(
                    "org.springframework.boot.actuate.autoconfigure.health.HealthEndpointAutoConfiguration",
                    "org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration"),
            load(
                    "org.springframework.boot.actuate.autoconfigure.health.HealthContributorAutoConfiguration",
                    "org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration"),
            load(
                    "org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration",
                    "org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration"),
            load(
                    "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration",
                    "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"),
            load(
                    "org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration",
                    "org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration"),
            webMvcAutoConfiguration()
        };
    }

    private static Class<?> load(String... names) {
        ClassLoader classLoader = BootClasses.class.getClassLoader();
        for (String name : names) {
            if (ClassUtils.isPresent(name, classLoader)) {
                return ClassUtils.resolveClassName(name, classLoader);
            }
        }
        throw new IllegalStateException("None of " + Arrays.toString(names)
                + " is on the test class path: which Spring Boot module is missing?");
    }
}
