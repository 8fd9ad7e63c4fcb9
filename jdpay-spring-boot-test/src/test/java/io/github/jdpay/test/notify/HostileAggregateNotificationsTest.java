package io.github.jdpay.test.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jdpay.crypto.AggregateTripleDesCipher;
import io.github.jdpay.crypto.KeyLoader;
import io.github.jdpay.crypto.Md5AggregateSigner;
import io.github.jdpay.exception.JdPayException;
import io.github.jdpay.protocol.aggregate.AggregateCodec;
import io.github.jdpay.protocol.aggregate.AggregateEnvelope;
import io.github.jdpay.test.TestMerchant;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The aggregate hostile corpus is refused by a correct receiving pipeline; the valid notification passes. */
class HostileAggregateNotificationsTest {

    private static final AggregateCodec CODEC = new AggregateCodec(
            new AggregateTripleDesCipher(KeyLoader.desKey("des", TestMerchant.DES_KEY)),
            new Md5AggregateSigner(TestMerchant.MD5_KEY));

    private static Map<String, String> receive(byte[] body) {
        if (body.length > 64 * 1024) {
            throw new JdPayException("body over the limit");
        }
        AggregateEnvelope envelope = AggregateEnvelope.parse(body);
        if (envelope.isFailure()) {
            throw new JdPayException("failure envelope");
        }
        Map<String, String> plain = CODEC.open(envelope, TestMerchant.MERCHANT_NO);
        if (!"FINISH".equals(plain.get("payStatus"))) {
            throw new JdPayException("not a finished payment");
        }
        return plain;
    }

    static List<NotificationSample> corpus() {
        return HostileAggregateNotifications.corpus();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everySampleIsRefused(NotificationSample sample) {
        assertThatThrownBy(() -> receive(sample.body())).isInstanceOf(JdPayException.class);
    }

    @Test
    void theValidNotificationPasses() {
        String body = AggregateNotifications.testMerchant().payment("A1", "1000000000000000000001", 250, "20250101");

        Map<String, String> plain = receive(body.getBytes(StandardCharsets.UTF_8));

        assertThat(plain).containsEntry("outTradeNo", "A1").containsEntry("amount", "250");
        assertThat(AggregateEnvelope.parse(body.getBytes(StandardCharsets.UTF_8))
                        .success())
                .isTrue();
    }
}
