package io.github.jdpay.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The shop on a real port with its default configuration, the embedded simulator included, shared by every test
 * class (one application context).
 *
 * <p>The port is a free one chosen before start-up rather than Spring's random port: the shop's
 * {@code jdpay.notify-url} and {@code callback-url} are built from {@code server.port}, and the simulator must know
 * where to send notifications before the server has started.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
            // Selenium warns that it has no DevTools protocol for this Chromium: the tests use WebDriver only.
            "logging.level.org.openqa.selenium=error",
            // Spring Boot's tests export no metrics unless told: OperationsTest reads the Prometheus scrape.
            "management.prometheus.metrics.export.enabled=true"
        })
public abstract class ShopTestSupport {

    protected static final int PORT = freePort();

    protected static final String BASE_URL = "http://localhost:" + PORT;

    protected final ShopApi api = new ShopApi(BASE_URL);

    @DynamicPropertySource
    static void port(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
