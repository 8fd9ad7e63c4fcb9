package io.github.jdpay.test;

import static io.github.jdpay.test.MerchantClient.uniorder;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Reset between tests leaves nothing behind: no orders, no held notifications, no retries still waiting. */
class SimulatorResetTest extends SimulatorTestBase {

    @Test
    void resetDropsHeldNotificationsAndStopsPendingRetries() throws Exception {
        this.receiver.answering(n -> "fail");
        this.merchant.call("uniorder", uniorder("Z1", 10, this.receiver.url()));
        Instant paid = this.time.instant();
        this.simulator.pay("Z1");
        this.time.advance(Duration.ZERO);
        this.simulator.faults().notifications().hold();
        this.merchant.call("uniorder", uniorder("Z2", 10, this.receiver.url()));
        this.simulator.pay("Z2");
        Instant retryDue = this.time.nextDue().orElseThrow();

        this.simulator.reset();
        this.simulator.awaitNotificationsSettled(Duration.ofSeconds(30));
        // Past the time of every attempt Z1 had left: none may be sent.
        this.time.advance(Duration.ofHours(3));

        assertThat(retryDue).isEqualTo(paid.plus(Duration.ofMinutes(1)));
        assertThat(this.time.nextDue()).isEmpty();
        assertThat(this.simulator.orders()).isEmpty();
        assertThat(this.simulator.deliveries()).isEmpty();
        assertThat(this.receiver.bodies()).hasSize(1);
        assertThat(this.simulator.faults().notifications().held()).isZero();
    }
}
