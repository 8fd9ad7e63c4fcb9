package io.github.jdpay.autoconfigure;

import io.github.jdpay.client.JdPayEndpoints;
import java.security.PublicKey;

/**
 * {@link JdPayConnectionDetails} from {@code jdpay.endpoints.*} and {@code jdpay.jd-public-key} (or the first of
 * {@code jdpay.jd-public-keys}).
 */
class PropertiesJdPayConnectionDetails implements JdPayConnectionDetails {

    private final JdPayProperties properties;

    PropertiesJdPayConnectionDetails(JdPayProperties properties) {
        this.properties = properties;
    }

    @Override
    public JdPayEndpoints getEndpoints() {
        JdPayEndpointsProperties endpoints = this.properties.getEndpoints();
        return new JdPayEndpoints(
                endpoints.getPaygate(),
                endpoints.getPcCashier(),
                endpoints.getH5Cashier(),
                endpoints.getAggregate(),
                endpoints.getAggregateApi());
    }

    @Override
    public PublicKey getJdPublicKey() {
        // The newest of jdpay.jd-public-keys when they are set: the key JD signs new messages with.
        return JdPayKeys.newestJdPublicKey(this.properties);
    }
}
