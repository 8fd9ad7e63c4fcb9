package io.github.jdpay.test.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.test.JdPaySimulator;
import io.github.jdpay.test.ManualTime;
import io.github.jdpay.test.SimulatorJdKey;
import io.github.jdpay.test.TestMerchant;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link JdPaySimulatorExtension} registered programmatically, with its own merchants. */
class JdPaySimulatorExtensionTest {

    static final ManualTime TIME = ManualTime.startingAt(Instant.parse("2025-03-01T04:00:00Z"));

    @RegisterExtension
    static final JdPaySimulatorExtension JD = new JdPaySimulatorExtension(builder -> builder.testMerchant()
            .merchant("110000000001", "GX/CH6HIAT2Ubtn3ZKjfYdbxa6HgSVca", SimulatorJdKey.PUBLIC_KEY_LOCATION)
            .manualTime(TIME));

    @Test
    void theStaticAccessorAndTheInjectedParameterAreTheSameSimulator(JdPaySimulator simulator) {
        assertThat(JD.simulator()).isSameAs(simulator);
        assertThat(simulator.merchants()).containsExactly(TestMerchant.MERCHANT_NO, "110000000001");
        assertThat(simulator.jdPublicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----");
    }

    @Test
    void theManualTimeTheConfigurerGaveIsInjected(ManualTime time) {
        assertThat(time).isSameAs(TIME);
        assertThat(JD.simulator().manualTime()).containsSame(TIME);
    }
}
