package io.github.jdpay.test;

import static io.github.jdpay.test.MerchantClient.uniorder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** {@link ManualTime}: JD's time stands still until advanced, and moves the simulator's clock and schedule with it. */
class ManualTimeTest {

    private static final Instant START = Instant.parse("2025-03-01T04:00:00Z");

    private final ManualTime time = ManualTime.startingAt(START);

    @Test
    void timeStandsStillUntilAdvancedAndOnlyMovesForward() {
        Instant before = this.time.instant();
        this.time.advance(Duration.ofMinutes(90));

        assertThat(before).isEqualTo(START);
        assertThat(this.time.instant()).isEqualTo(START.plus(Duration.ofMinutes(90)));
        assertThat(this.time.clock().instant()).isEqualTo(this.time.instant());
        assertThat(this.time.clock().withZone(ZoneId.of("Asia/Shanghai")).instant())
                .isEqualTo(this.time.instant());
        assertThat(this.time.nextDue()).isEmpty();
        assertThatThrownBy(() -> this.time.advance(Duration.ofNanos(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void startingNowStartsAtTheCurrentInstant() {
        Instant before = Instant.now();
        ManualTime now = ManualTime.startingNow();

        assertThat(now.instant()).isBetween(before, Instant.now());
    }

    @Test
    void aClockOfItsOwnBesideAManualTimeIsRefused() {
        JdPaySimulatorBuilder builder =
                JdPaySimulator.builder().testMerchant().manualTime(this.time).clock(Clock.systemUTC());

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("manualTime");
    }

    @Test
    void theSimulatorsOrdersAreStampedWithTheManualTime() {
        try (JdPaySimulator jd =
                JdPaySimulator.builder().testMerchant().manualTime(this.time).start()) {
            MerchantClient merchant = new MerchantClient(jd);
            merchant.call("uniorder", uniorder("C1", 10, "http://127.0.0.1:9/notify"));
            this.time.advance(Duration.ofHours(2));
            merchant.call("uniorder", uniorder("C2", 10, "http://127.0.0.1:9/notify"));

            assertThat(jd.manualTime()).containsSame(this.time);
            assertThat(jd.order("C1").createdAt()).isEqualTo(START);
            assertThat(jd.order("C2").createdAt()).isEqualTo(START.plus(Duration.ofHours(2)));
        }
    }

    @Test
    void oneTimeServesTwoSimulatorsAndClosingOneDropsOnlyItsRetries() {
        try (NotifyReceiver receiver = new NotifyReceiver().answering(n -> "fail");
                JdPaySimulator kept = JdPaySimulator.builder()
                        .testMerchant()
                        .manualTime(this.time)
                        .start()) {
            JdPaySimulator closed = JdPaySimulator.builder()
                    .testMerchant()
                    .manualTime(this.time)
                    .start();
            new MerchantClient(kept).call("uniorder", uniorder("K1", 10, receiver.url()));
            new MerchantClient(closed).call("uniorder", uniorder("X1", 10, receiver.url()));
            kept.pay("K1");
            closed.pay("X1");
            this.time.advance(Duration.ZERO);

            closed.close();
            this.time.advance(Duration.ofHours(3));

            assertThat(kept.deliveries())
                    .extracting(NotificationDelivery::attempt)
                    .containsExactly(1, 2, 3, 4, 5);
            assertThat(closed.deliveries())
                    .extracting(NotificationDelivery::attempt)
                    .containsExactly(1);
            assertThat(receiver.bodies()).hasSize(6);
        }
    }
}
