package io.github.jdpay.test.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.test.SimulatorJdKey;
import io.github.jdpay.test.TestMerchant;
import org.junit.jupiter.api.Test;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;

class JdPaySimulatorRuntimeHintsTest {

    @Test
    void theTestKeysAreResourcesOfAnAotProcessedApplication() {
        RuntimeHints hints = new RuntimeHints();
        SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
                .load(RuntimeHintsRegistrar.class)
                .forEach(registrar -> registrar.registerHints(hints, getClass().getClassLoader()));

        for (String location : new String[] {
            TestMerchant.PRIVATE_KEY_LOCATION,
            TestMerchant.PUBLIC_KEY_LOCATION,
            SimulatorJdKey.PRIVATE_KEY_LOCATION,
            SimulatorJdKey.PUBLIC_KEY_LOCATION
        }) {
            assertThat(RuntimeHintsPredicates.resource().forResource(location.substring("classpath:".length())))
                    .as(location)
                    .accepts(hints);
        }
    }
}
