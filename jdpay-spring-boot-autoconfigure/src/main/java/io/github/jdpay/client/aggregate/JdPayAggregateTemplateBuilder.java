package io.github.jdpay.client.aggregate;

import io.github.jdpay.client.JdPayClientBuilder;
import io.github.jdpay.client.JdPayEndpoints;
import io.github.jdpay.merchant.aggregate.JdPayAggregateMerchant;
import io.github.jdpay.protocol.aggregate.AggregateDialect;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link JdPayAggregateTemplate}: the aggregate merchant and the settings every client shares
 * ({@link JdPayClientBuilder}); the hosts are {@link JdPayEndpoints#aggregate()} and
 * {@link JdPayEndpoints#aggregateApi()}.
 */
public final class JdPayAggregateTemplateBuilder extends JdPayClientBuilder<JdPayAggregateTemplateBuilder> {

    private @Nullable JdPayAggregateMerchant merchant;

    private AggregateDialect dialect = AggregateDialect.DEFAULT;

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

    /** The forms of JD's documents the template writes; {@link AggregateDialect#DEFAULT} unless set. */
    public JdPayAggregateTemplateBuilder dialect(AggregateDialect dialect) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        return this;
    }

    /** Builds the template. */
    public JdPayAggregateTemplate build() {
        if (this.merchant == null) {
            throw new IllegalStateException("an aggregate-pay template needs its merchant");
        }
        return new JdPayAggregateTemplate(
                new AggregateChannel(this.merchant, transport(), configuredEndpoints(), this.dialect),
                configuredClock());
    }
}
