package io.github.jdpay.autoconfigure;

import io.github.jdpay.client.JdPayEndpoints;
import java.security.PublicKey;

/** {@link JdPayConnectionDetails} from {@code jdpay.endpoints.*} and {@code jdpay.jd-public-key}. */
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
        return JdPayKeys.publicKey("jdpay.jd-public-key", this.properties.getJdPublicKey());
    }
}
