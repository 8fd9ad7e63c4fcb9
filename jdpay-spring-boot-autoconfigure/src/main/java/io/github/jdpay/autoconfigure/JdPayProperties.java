package io.github.jdpay.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * Configuration of JD Pay ({@code jdpay.*}): the default merchant at the top level, extra merchants under
 * {@code jdpay.merchants.<name>}, the aggregate-pay merchant under {@code jdpay.aggregate}, JD's endpoints and the HTTP
 * client.
 */
@ConfigurationProperties("jdpay")
public class JdPayProperties extends JdPayMerchantProperties {

    /** Whether to enable the JD Pay client (it also needs jdpay.merchant-no). */
    private boolean enabled = true;

    /** Further merchants by name, each with the same settings as the top-level merchant ("default"). */
    private final Map<String, JdPayMerchantProperties> merchants = new LinkedHashMap<>();

    @NestedConfigurationProperty
    private final JdPayAggregateProperties aggregate = new JdPayAggregateProperties();

    @NestedConfigurationProperty
    private final JdPayEndpointsProperties endpoints = new JdPayEndpointsProperties();

    @NestedConfigurationProperty
    private final JdPayHttpProperties http = new JdPayHttpProperties();

    @NestedConfigurationProperty
    private final JdPayNotifyProperties notify = new JdPayNotifyProperties();

    public boolean isEnabled() {
        return this.enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Map<String, JdPayMerchantProperties> getMerchants() {
        return this.merchants;
    }

    public JdPayAggregateProperties getAggregate() {
        return this.aggregate;
    }

    public JdPayEndpointsProperties getEndpoints() {
        return this.endpoints;
    }

    public JdPayHttpProperties getHttp() {
        return this.http;
    }

    public JdPayNotifyProperties getNotify() {
        return this.notify;
    }

    @Override
    String describe() {
        return "enabled=" + this.enabled + ", " + super.describe() + ", merchants=" + this.merchants + ", aggregate="
                + this.aggregate + ", endpoints=" + this.endpoints.getPaygate();
    }
}
