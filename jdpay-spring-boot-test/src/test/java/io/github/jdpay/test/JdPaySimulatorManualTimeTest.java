package io.github.jdpay.test;

import static io.github.jdpay.test.MerchantClient.uniorder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.jdpay.test.junit.JdPaySimulatorTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code @JdPaySimulatorTest(manualTime = true)}: the injected time is the simulator's and drives its retries. */
@JdPaySimulatorTest(manualTime = true)
class JdPaySimulatorManualTimeTest {

    private final NotifyReceiver shop = new NotifyReceiver();

    @AfterEach
    void closeShop() {
        this.shop.close();
    }

    @Test
    void aFailedNotificationIsSentAgainWhenTheTestAdvancesAMinute(JdPaySimulator jd, ManualTime time) {
        this.shop.answering(n -> (n == 1) ? "fail" : "success");
        new MerchantClient(jd).call("uniorder", uniorder("M1", 10, this.shop.url()));
        Instant paid = time.instant();

        // tag::advance[]
        jd.pay("M1"); // the first attempt goes out at once; the shop answers "fail"
        time.advance(Duration.ofSeconds(59)); // waits for that answer; the retry is not due yet
        assertThat(jd.deliveries()).hasSize(1);

        time.advance(Duration.ofSeconds(1)); // returns once the retry at +1 minute has been answered
        assertThat(jd.deliveries())
                .extracting(NotificationDelivery::attempt, NotificationDelivery::acknowledged)
                .containsExactly(tuple(1, false), tuple(2, true));
        // end::advance[]
        assertThat(jd.manualTime()).containsSame(time);
        assertThat(jd.deliveries().get(1).sentAt()).isEqualTo(paid.plus(Duration.ofMinutes(1)));
    }

    @Test
    void aResetDropsTheRetriesStillWaitingForTheirTime(JdPaySimulator jd, ManualTime time) {
        this.shop.answering(n -> "fail");
        new MerchantClient(jd).call("uniorder", uniorder("M2", 10, this.shop.url()));
        jd.pay("M2");
        time.advance(Duration.ZERO);
        jd.reset();

        time.advance(Duration.ofHours(3));

        assertThat(time.nextDue()).isEmpty();
        assertThat(this.shop.bodies()).hasSize(1);
    }
}
