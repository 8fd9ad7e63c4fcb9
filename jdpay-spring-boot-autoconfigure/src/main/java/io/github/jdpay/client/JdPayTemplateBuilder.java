package io.github.jdpay.client;

import io.github.jdpay.merchant.JdPayMerchant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link JdPayTemplate}: the merchants (the first is the default), optionally the aggregate-pay operations
 * that {@link JdPayTemplate#aggregate()} returns, and the settings every client shares ({@link JdPayClientBuilder}).
 */
public final class JdPayTemplateBuilder extends JdPayClientBuilder<JdPayTemplateBuilder> {

    private final Map<String, JdPayMerchant> merchants = new LinkedHashMap<>();

    private @Nullable JdPayAggregateOperations aggregate;

    JdPayTemplateBuilder() {}

    @Override
    protected JdPayTemplateBuilder self() {
        return this;
    }

    /** Adds a merchant; the first one added is the one the built template acts for. */
    public JdPayTemplateBuilder merchant(JdPayMerchant merchant) {
        if (this.merchants.putIfAbsent(merchant.name(), merchant) != null) {
            throw new IllegalArgumentException("two JD Pay merchants are named '" + merchant.name() + "'");
        }
        return this;
    }

    /** The aggregate-pay (聚合支付) operations that {@link JdPayTemplate#aggregate()} returns; none unless set. */
    public JdPayTemplateBuilder aggregate(JdPayAggregateOperations aggregate) {
        this.aggregate = Objects.requireNonNull(aggregate, "aggregate");
        return this;
    }

    /** Builds the template for the first merchant added. */
    public JdPayTemplate build() {
        if (this.merchants.isEmpty()) {
            throw new IllegalStateException("a JD Pay template needs at least one merchant");
        }
        Transport transport = transport();
        Map<String, MerchantChannel> channels = new LinkedHashMap<>();
        this.merchants.forEach((name, merchant) ->
                channels.put(name, new MerchantChannel(merchant, transport, configuredEndpoints())));
        String first = this.merchants.keySet().iterator().next();
        return new JdPayTemplate(
                Collections.unmodifiableMap(channels), first, this.aggregate, configuredClock(), new MissingUserId());
    }
}
