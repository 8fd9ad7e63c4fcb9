package io.github.jdpay.test;

import static io.github.jdpay.test.MerchantClient.uniorder;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Reset between tests leaves nothing behind: no orders, no held notifications, no retries still running. */
class SimulatorResetTest extends SimulatorTestBase {

    @Override
    JdPaySimulatorBuilder configure(JdPaySimulatorBuilder builder) {
        return builder.timeScale(60);
    }

    @Test
    void resetDropsHeldNotificationsAndStopsPendingRetries() throws Exception {
        this.receiver.answering(n -> "fail");
        this.merchant.call("uniorder", uniorder("Z1", 10, this.receiver.url()));
        this.simulator.pay("Z1");
        this.simulator.awaitDeliveries("Z1", 1, Duration.ofSeconds(5));
        this.simulator.faults().notifications().hold();
        this.merchant.call("uniorder", uniorder("Z2", 10, this.receiver.url()));
        this.simulator.pay("Z2");

        this.simulator.reset();
        // Z1's second attempt is due one simulated minute (one real second) after its first: it must find the reset.
        this.simulator.awaitNotificationsSettled(Duration.ofSeconds(30));

        assertThat(this.simulator.orders()).isEmpty();
        assertThat(this.simulator.deliveries()).isEmpty();
        assertThat(this.receiver.bodies()).hasSize(1);
        assertThat(this.simulator.faults().notifications().held()).isZero();
    }
}
