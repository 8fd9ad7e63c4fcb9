package io.github.jdpay.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.jdpay.notify.web.NotificationPipeline;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * What the log holds of JD's repeats: the first delivery of N2 is one INFO line, each repeat nothing at INFO and one
 * DEBUG line at DEBUG, so that a flood of replays of a captured notification does not grow the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class JdPayNotifyLogLinesTest {

    private static final String PIPELINE = NotificationPipeline.class.getName();

    private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(JdPayNotifyAutoConfigurationTest.CONFIGURATIONS)
            .withPropertyValues(JdPayAutoConfigurationTest.FIVE_PROPERTIES)
            .withBean(Clock.class, () -> JdPayNotifyEndpointTest.AFTER_N2)
            .withUserConfiguration(NotifyHandlers.PaymentsConfig.class);

    @AfterEach
    void restoreLevel() {
        this.logging.setLogLevel(PIPELINE, null);
    }

    /** Delivers N2 {@code times} times, each answered success, and answers the log lines that name its trade. */
    private List<String> deliverN2(int times, CapturedOutput output) {
        this.runner.run(context -> {
            for (int delivery = 0; delivery < times; delivery++) {
                JdPayNotifyEndpointTest.postN2(context)
                        .andExpect(status().isOk())
                        .andExpect(content().string("success"));
            }
        });
        return output.toString()
                .lines()
                .filter(line -> line.contains("TradeNotification 1493972675054"))
                .toList();
    }

    @Test
    void atInfoARepeatLogsNothingAndTheFirstDeliveryOneLine(CapturedOutput output) {
        this.logging.setLogLevel(PIPELINE, LogLevel.INFO);

        List<String> lines = deliverN2(4, output);

        assertThat(lines)
                .singleElement()
                .satisfies(line -> assertThat(line).contains("INFO").contains("handled by"));
    }

    @Test
    void atDebugEachRepeatIsOneDebugLine(CapturedOutput output) {
        this.logging.setLogLevel(PIPELINE, LogLevel.DEBUG);

        List<String> lines = deliverN2(4, output);

        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).contains("INFO").contains("handled by");
        assertThat(lines.subList(1, 4))
                .allSatisfy(line ->
                        assertThat(line).contains("DEBUG").contains("was handled before; answered success again"));
    }
}
