package io.github.jdpay.test.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Configuration of the embedded JD gateway simulator ({@code jdpay.simulator.*}), a switch of the test kit. */
@ConfigurationProperties("jdpay.simulator")
public class JdPaySimulatorProperties {

    /** Whether to start the embedded JD simulator and point the client at it (needs jdpay-spring-boot-test). */
    private boolean enabled;

    public boolean isEnabled() {
        return this.enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
