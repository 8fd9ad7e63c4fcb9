package io.github.jdpay.client.aggregate;

import io.github.jdpay.client.JdPayClientBuilder;
import io.github.jdpay.client.JdPayEndpoints;
import io.github.jdpay.merchant.aggregate.JdPayAggregateMerchant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link JdPayAggregateTemplate}: the aggregate merchant and the settings every client shares
 * ({@link JdPayClientBuilder}); the hosts are {@link JdPayEndpoints#aggregate()} and
 * {@link JdPayEndpoints#aggregateApi()}.
 */
public final class JdPayAggregateTemplateBuilder extends JdPayClientBuilder<JdPayAggregateTemplateBuilder> {

    private @Nullable JdPayAggregateMerchant merchant;

    JdPayAggregateTemplateBuilder() {}

    @Override
    protected JdPayAggregateTemplateBuilder self() {
        return this;
    }

    /** The aggregate merchant the template acts for; required. */
    public JdPayAggregateTemplateBuilder merchant(JdPayAggregateMerchant merchant) {
        this.merchant = Objects.requireNonNull(merchant, "merchant");
        return this;
    }

    /** Builds the template. */
    public JdPayAggregateTemplate build() {
        if (this.merchant == null) {
            throw new IllegalStateException("an aggregate-pay template needs its merchant");
        }
        return new JdPayAggregateTemplate(
                new AggregateChannel(this.merchant, transport(), configuredEndpoints()), configuredClock());
    }
}
