package io.github.jdpay.test.autoconfigure;

import io.github.jdpay.autoconfigure.JdPayConnectionDetails;
import io.github.jdpay.client.JdPayEndpoints;
import io.github.jdpay.test.JdPaySimulator;
import java.net.URI;
import java.security.PublicKey;

/**
 * Connection details that send the JD Pay client to a {@link JdPaySimulator} and make it trust the simulator's JD key.
 *
 * @param simulator the running simulator
 */
public record JdPaySimulatorConnectionDetails(JdPaySimulator simulator) implements JdPayConnectionDetails {

    @Override
    public JdPayEndpoints getEndpoints() {
        return new JdPayEndpoints(
                URI.create(this.simulator.paygateUrl()),
                URI.create(this.simulator.pcCashierUrl()),
                URI.create(this.simulator.h5CashierUrl()),
                URI.create(this.simulator.aggregateUrl()),
                URI.create(this.simulator.aggregateApiUrl()));
    }

    @Override
    public PublicKey getJdPublicKey() {
        return this.simulator.jdPublicKey();
    }
}
