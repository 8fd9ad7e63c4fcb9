package io.github.jdpay.test.autoconfigure;

import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/** The test merchant's and the simulator's keys, which an AOT-processed or native application reads as resources. */
class JdPaySimulatorRuntimeHints implements RuntimeHintsRegistrar {

    /** Where {@link io.github.jdpay.test.TestMerchant} and {@link io.github.jdpay.test.SimulatorJdKey} keep them. */
    static final String KEYS = "jdpay-test/*.pem";

    @Override
    public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
        hints.resources().registerPattern(KEYS);
    }
}
