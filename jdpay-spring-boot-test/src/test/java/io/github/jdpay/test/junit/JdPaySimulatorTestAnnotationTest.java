package io.github.jdpay.test.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jdpay.test.JdPaySimulator;
import io.github.jdpay.test.TestMerchant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** {@link JdPaySimulatorTest}: one simulator per class, injected, reset before each test. */
@JdPaySimulatorTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JdPaySimulatorTestAnnotationTest {

    private static final Set<JdPaySimulator> SEEN = new HashSet<>();

    @Test
    @Order(1)
    void theSimulatorIsInjectedStartedAndKnowsTheTestMerchant(JdPaySimulator simulator) {
        SEEN.add(simulator);

        assertThat(simulator.merchants()).containsExactly(TestMerchant.MERCHANT_NO);
        assertThat(simulator.paygateUrl()).startsWith("http://127.0.0.1:");
        simulator.faults().next("query").httpStatus(503);
    }

    @Test
    @Order(2)
    void theSameSimulatorServesTheNextTestWithItsStateReset(JdPaySimulator simulator) {
        SEEN.add(simulator);

        assertThat(SEEN).hasSize(1);
        assertThat(simulator.faults().pending()).isZero();
    }

    @Nested
    class NestedTests {

        @Test
        void nestedClassesShareTheOuterSimulator(JdPaySimulator simulator) {
            // Nested classes run after the outer class's methods, which recorded the outer simulator.
            assertThat(SEEN).containsExactly(simulator);
        }
    }
}
