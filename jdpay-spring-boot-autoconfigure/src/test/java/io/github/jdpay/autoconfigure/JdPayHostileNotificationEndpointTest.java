package io.github.jdpay.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Hostile bodies at the endpoint: a 4xx and one short WARN line each, and a bounded log under a flood of them. */
@ExtendWith(OutputCaptureExtension.class)
class JdPayHostileNotificationEndpointTest {

    private static final byte[] DOCTYPE = "<!DOCTYPE a [\u0001]><a/>".getBytes(StandardCharsets.ISO_8859_1);

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(JdPayNotifyAutoConfigurationTest.CONFIGURATIONS)
            .withPropertyValues(JdPayAutoConfigurationTest.FIVE_PROPERTIES)
            .withUserConfiguration(NotifyHandlers.PaymentsConfig.class);

    private static long lines(CapturedOutput output, String text) {
        return output.getAll().lines().filter(line -> line.contains(text)).count();
    }

    @Test
    void aTwentyByteDoctypeIsA400WithOneWarnLineAndNoStackTrace(CapturedOutput output) {
        this.runner.run(context -> {
            JdPayNotifyEndpointTest.deliver(context, "/jdpay/notify", DOCTYPE)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string("fail"));

            assertThat(context.getBean(NotifyHandlers.Payments.class).received).isEmpty();
            assertThat(lines(output, "JD Pay notification refused (MALFORMED)")).isEqualTo(1);
            // Other test classes may log into the same capture when they run in parallel: look for this one's traces.
            assertThat(output.getAll()).doesNotContain("InvalidCharInDTD").doesNotContain("could not be checked");
        });
    }

    @Test
    void aFloodOfHostileBodiesLeavesABoundedLog(CapturedOutput output) {
        this.runner.run(context -> {
            for (int i = 0; i < 519; i++) {
                JdPayNotifyEndpointTest.deliver(context, "/jdpay/notify", DOCTYPE)
                        .andExpect(status().isBadRequest());
            }

            // 20 lines a minute, or twice that if the flood happened to outlast its first minute.
            assertThat(lines(output, "JD Pay notification refused")).isBetween(1L, 40L);
            assertThat(output.getAll()).doesNotContain("InvalidCharInDTD");
        });
    }
}
