package io.github.jdpay.benchmarks.endpoint;

import io.github.jdpay.test.SimulatorJdKey;
import io.github.jdpay.test.TestMerchant;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The application under load: the starter configured for the test merchant, with JD's key played by the simulator's
 * ({@link SimulatorJdKey}), a handler that only counts, a bare endpoint that reads the body and answers
 * {@code success}, and the same with the unavoidable cryptography added, all functional endpoints of one server.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class EndpointApplication {

    /** The bare endpoint's path. */
    public static final String BARE_PATH = "/bare";

    /** The bare endpoint plus the cryptography a notification requires ({@link CryptoFloor}). */
    public static final String FLOOR_PATH = "/floor";

    /** The starter's notification path (its default). */
    public static final String NOTIFY_PATH = "/jdpay/notify";

    /** Answers how many notifications the handler took, as plain text. */
    public static final String COUNT_PATH = "/count";

    private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

    /**
     * Starts the application; {@code --jdpay.notify.idempotency.store=jdbc} switches to the JDBC store on H2.
     *
     * @param args Spring Boot command-line arguments, {@code --server.port} at least
     */
    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(EndpointApplication.class);
        application.setDefaultProperties(defaultProperties(isJdbc(args)));
        application.run(args);
    }

    static Map<String, Object> defaultProperties(boolean jdbc) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.address", "127.0.0.1");
        properties.put("spring.main.banner-mode", "off");
        properties.put("jdpay.merchant-no", TestMerchant.MERCHANT_NO);
        properties.put("jdpay.des-key", TestMerchant.DES_KEY);
        properties.put("jdpay.private-key", TestMerchant.PRIVATE_KEY_LOCATION);
        properties.put("jdpay.jd-public-key", SimulatorJdKey.PUBLIC_KEY_LOCATION);
        // Every run posts new trades; the default limit (100,000 keys of the last 3 hours) would fill up.
        properties.put("jdpay.notify.idempotency.max-entries", "2000000");
        if (jdbc) {
            properties.put("jdpay.notify.idempotency.store", "jdbc");
            properties.put("jdpay.notify.idempotency.jdbc.initialize-schema", "true");
            properties.put("spring.datasource.url", "jdbc:h2:mem:endpoint;DB_CLOSE_DELAY=-1");
            properties.put("spring.datasource.hikari.maximum-pool-size", "16");
        } else {
            properties.put(
                    "spring.autoconfigure.exclude",
                    "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration");
        }
        return properties;
    }

    private static boolean isJdbc(String[] args) {
        for (String arg : args) {
            if (arg.equals("--jdpay.notify.idempotency.store=jdbc")) {
                return true;
            }
        }
        return false;
    }

    @Bean
    NotificationCounter notificationCounter() {
        return new NotificationCounter();
    }

    /**
     * Reads the body and answers {@code success}: Spring MVC and Tomcat without the pipeline; and the same after the
     * cryptographic primitives, the most any notification endpoint could do.
     */
    @Bean
    RouterFunction<ServerResponse> bareEndpoints(NotificationCounter counter) {
        CryptoFloor floor = new CryptoFloor();
        return RouterFunctions.route()
                .POST(BARE_PATH, request -> {
                    request.servletRequest().getInputStream().readAllBytes();
                    return ServerResponse.ok().contentType(TEXT).body("success");
                })
                .POST(FLOOR_PATH, request -> {
                    request.servletRequest().getInputStream().readAllBytes();
                    floor.run();
                    return ServerResponse.ok().contentType(TEXT).body("success");
                })
                .GET(
                        COUNT_PATH,
                        request -> ServerResponse.ok().contentType(TEXT).body(Long.toString(counter.handled())))
                .build();
    }
}
