package io.github.jdpay.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.model.Money;
import io.github.jdpay.model.UniOrderRequest;
import io.github.jdpay.model.UniOrderTradeType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 14 item 7: a gateway that closes every connection after its answer, without saying so, costs no call. Every
 * answer is one JD signed (the Appendix B vectors), so each call is verified end to end.
 */
class ConnectionChurnTest {

    static final int THREADS = 8;

    static final int ROUNDS = 50;

    private ChurningServer jd = new ChurningServer(ChurningServer.Mode.KEEP_ALIVE);

    @AfterEach
    void stop() {
        this.jd.close();
    }

    static UniOrderRequest order() {
        // The trade number JD's signed answer R1 echoes.
        return UniOrderRequest.builder()
                .tradeNum("1486346954111")
                .tradeName("测试商品")
                .amount(Money.ofFen(1))
                .build();
    }

    /** A template that retries read-only calls at once, so that the test waits for nothing but the server. */
    JdPayTemplate template(ChurningServer server) {
        return JdPayTemplate.builder()
                .endpoints(server.endpoints())
                .retryPolicy(new JdPayRetryPolicy(3, Duration.ZERO, Duration.ZERO))
                .clock(TestTemplates.CLOCK)
                .merchant(TestTemplates.merchant().build())
                .build();
    }

    @ParameterizedTest
    @EnumSource(
            value = ChurningServer.Mode.class,
            names = {"HTTP_1_0_THEN_CLOSE", "HTTP_1_1_THEN_CLOSE", "HTTP_1_0_CLOSE_LATE", "HTTP_1_1_CLOSE_LATE"})
    void aGatewayThatClosesAfterEveryAnswerFailsNoCall(ChurningServer.Mode mode) throws Exception {
        this.jd.close();
        this.jd = new ChurningServer(mode)
                .answer("uniorder", ReplayServer.jdAnswer("R1"))
                .answer("getUserRelation", ReplayServer.jdAnswer("R2"));
        JdPayTemplate template = template(this.jd);

        List<Throwable> failures = concurrently(() -> {
            template.uniOrder(order(), UniOrderTradeType.QR);
            template.getUserRelation("user-1");
        });

        assertThat(failures.size())
                .as(
                        "failed calls of %d, the first: %s",
                        2 * THREADS * ROUNDS, failures.stream().findFirst())
                .isZero();
        // Each uniorder reached JD exactly once: none was sent again.
        assertThat(this.jd.requests("uniorder")).isEqualTo(THREADS * ROUNDS);
    }

    /** Runs {@code round} {@link #ROUNDS} times on each of {@link #THREADS} threads, started together. */
    static List<Throwable> concurrently(Runnable round) throws Exception {
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                running.add(threads.submit(() -> {
                    start.await();
                    for (int i = 0; i < ROUNDS; i++) {
                        try {
                            round.run();
                        } catch (RuntimeException ex) {
                            failures.add(ex);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> thread : running) {
                thread.get(5, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }
        return new ArrayList<>(failures);
    }
}
