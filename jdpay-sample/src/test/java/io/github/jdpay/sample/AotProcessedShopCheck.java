package io.github.jdpay.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The shop after Spring's ahead-of-time processing, started from its jar with {@code -Dspring.aot.enabled=true}: an
 * order is paid at the simulator's cashier, JD's notification marks it paid, and it is refunded. Not part of the
 * test suites (the name does not end in Test): {@code .ci/aot.sh} builds the processed jar and runs this class alone
 * with {@code -Djdpay.aot.jar=...}.
 */
class AotProcessedShopCheck {

    private final int port = freePort();

    private final Path log = Path.of("target", "aot-shop.log");

    private Process shop;

    @AfterEach
    void stop() throws InterruptedException {
        if (this.shop != null) {
            this.shop.destroy();
            if (!this.shop.waitFor(30, TimeUnit.SECONDS)) {
                this.shop.destroyForcibly();
            }
        }
    }

    @Test
    void theProcessedShopStartsFromItsGeneratedCodeAndTakesAPayment() throws IOException {
        String jar = System.getProperty("jdpay.aot.jar");
        assertThat(jar).as("-Djdpay.aot.jar, the jar of the AOT-processed shop").isNotBlank();
        assertThat(Path.of(jar)).isRegularFile();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dspring.aot.enabled=true");
        command.add("-jar");
        command.add(jar);
        command.add("--server.port=" + this.port);
        Files.createDirectories(this.log.getParent());
        this.shop = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(this.log.toFile())
                .start();

        ShopApi api = new ShopApi("http://localhost:" + this.port);
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .failFast("the shop stopped; see " + this.log, () -> !this.shop.isAlive())
                .ignoreExceptions()
                .until(() -> api.get("/api/orders/none").status() == 404);
        // Boot says so only when the context came from the generated initializer, not from the annotations.
        assertThat(Files.readString(this.log, StandardCharsets.UTF_8)).contains("Starting AOT-processed");

        ShopApi.Answer order = api.createOrder("龙井茶", 1280, "PC");
        String tradeNum = order.text("tradeNum");
        HttpResponse<String> callbackPage = new Payer().payAtCashier(order.object("cashierForm"));
        assertThat(callbackPage.statusCode()).isEqualTo(200);
        assertThat(callbackPage.body()).contains(tradeNum);
        assertThat(api.awaitStatus(tradeNum, "PAID").number("amountFen")).isEqualTo(1280);

        ShopApi.Answer refunded = api.refund(tradeNum, null);
        assertThat(refunded.status()).isEqualTo(200);
        assertThat(refunded.get("status")).isEqualTo("REFUNDED");
        assertThat(Files.readString(this.log, StandardCharsets.UTF_8)).doesNotContain("ERROR");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
