package io.github.jdpay.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.jdpay.notify.JdNotifications;
import io.github.jdpay.notify.idempotency.InMemoryIdempotencyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** jdpay.notify.max-age: a notification whose signed trade time is older is refused before any store sees it. */
@ExtendWith(OutputCaptureExtension.class)
class JdPayReplayWindowTest {

    /** N2's trade time: 2017-05-05 16:34:34 in Beijing. */
    private static final Instant N2_TRADE_TIME = Instant.parse("2017-05-05T08:34:34Z");

    private static final byte[] N2 = JdNotifications.envelope("N2");

    private static WebApplicationContextRunner at(Duration afterTrade) {
        return new WebApplicationContextRunner()
                .withConfiguration(JdPayNotifyAutoConfigurationTest.CONFIGURATIONS)
                .withPropertyValues(JdPayAutoConfigurationTest.FIVE_PROPERTIES)
                .withUserConfiguration(NotifyHandlers.PaymentsConfig.class)
                .withBean(Clock.class, () -> Clock.fixed(N2_TRADE_TIME.plus(afterTrade), ZoneOffset.UTC));
    }

    @Test
    void aNotificationInsideTheDefaultDayIsHandled() {
        at(Duration.ofHours(23)).run(context -> {
            JdPayNotifyEndpointTest.deliver(context, "/jdpay/notify", N2)
                    .andExpect(status().isOk())
                    .andExpect(content().string("success"));

            assertThat(context.getBean(NotifyHandlers.Payments.class).received).hasSize(1);
        });
    }

    @Test
    void aNotificationOlderThanTheDefaultDayIsRefusedAsExpiredAndNothingIsStored(CapturedOutput output) {
        at(Duration.ofHours(25)).run(context -> {
            JdPayNotifyEndpointTest.deliver(context, "/jdpay/notify", N2)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string("fail"));

            assertThat(context.getBean(NotifyHandlers.Payments.class).received).isEmpty();
            assertThat(context.getBean(InMemoryIdempotencyStore.class).size()).isZero();
            assertThat(output).contains("refused (EXPIRED)").contains("jdpay.notify.max-age");
        });
    }

    @Test
    void aLongerWindowAcceptsItWhenTheStoreRemembersAsLong() {
        at(Duration.ofHours(25))
                .withPropertyValues("jdpay.notify.max-age=48h", "jdpay.notify.idempotency.ttl=72h")
                .run(context -> JdPayNotifyEndpointTest.deliver(context, "/jdpay/notify", N2)
                        .andExpect(status().isOk()));
    }

    @Test
    void aWindowLongerThanTheStoreRemembersFailsAtStartUp() {
        at(Duration.ZERO).withPropertyValues("jdpay.notify.max-age=48h").run(context -> assertThat(context)
                .hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("jdpay.notify.max-age"));
    }
}
