package io.github.jdpay.notify.idempotency.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.jdpay.exception.JdPayException;
import io.github.jdpay.exception.JdPayIdempotencyStoreException;
import io.github.jdpay.notify.idempotency.IdempotencyTimes;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A Redis that is not there or does not answer: each operation fails with the store's typed exception once the
 * client's command timeout (the store's 2 s) has passed, not after Lettuce's default minute. Needs no Redis server.
 */
class RedisIdempotencyStoreFailureTest {

    /** Far below Lettuce's default of a minute, far above the 2 s timeout on a loaded machine. */
    private static final Duration BOUND = Duration.ofSeconds(20);

    @Test
    void aRedisThatIsDownIsATypedFailure() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        assertFailsWithin(port);
    }

    @Test
    void aRedisThatNeverAnswersIsATypedFailureAfterTheTimeout() throws Exception {
        List<Socket> accepted = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                    }
                } catch (IOException ex) {
                    // closed at the end of the test
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            assertFailsWithin(silent.getLocalPort());
        } finally {
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }

    private static void assertFailsWithin(int port) {
        LettuceConnectionFactory factory = RedisTestServer.connect("redis://127.0.0.1:" + port);
        try {
            RedisIdempotencyStore store = new RedisIdempotencyStore(
                    new StringRedisTemplate(factory),
                    IdempotencyTimes.defaults(),
                    RedisIdempotencyStore.DEFAULT_PREFIX);
            long started = System.nanoTime();

            assertThatExceptionOfType(JdPayIdempotencyStoreException.class)
                    .isThrownBy(() -> store.runOnce("22294531:0:2:DOWN", () -> {
                        throw new AssertionError("ran without the store");
                    }))
                    .isInstanceOf(JdPayException.class)
                    .withMessageContaining("jdpay:notify:22294531:0:2:DOWN");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BOUND);
        } finally {
            factory.destroy();
        }
    }
}
