package io.github.jdpay.client;

import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.merchant.JdPayMerchantDirectory;
import io.github.jdpay.merchant.JdPayMerchantRegistry;
import io.github.jdpay.merchant.JdPayMerchants;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link JdPayTemplate}: where its merchants come from (a {@link JdPayMerchantRegistry}, merchants added one
 * by one, or both), the merchant the template acts for, optionally the aggregate-pay operations that
 * {@link JdPayTemplate#aggregate()} returns, and the settings every client shares ({@link JdPayClientBuilder}). All
 * merchants share one HTTP client.
 */
public final class JdPayTemplateBuilder extends JdPayClientBuilder<JdPayTemplateBuilder> {

    private final Map<String, JdPayMerchant> merchants = new LinkedHashMap<>();

    private @Nullable JdPayMerchantRegistry registry;

    private @Nullable String defaultMerchant;

    private @Nullable JdPayAggregateOperations aggregate;

    JdPayTemplateBuilder() {}

    @Override
    protected JdPayTemplateBuilder self() {
        return this;
    }

    /**
     * Adds a merchant, beside the registry's if there is one (replacing the registry's merchant of the same name);
     * unless {@link #defaultMerchant} is set, the first one added is the one the built template acts for.
     */
    public JdPayTemplateBuilder merchant(JdPayMerchant merchant) {
        if (this.merchants.putIfAbsent(merchant.name(), merchant) != null) {
            throw new IllegalArgumentException("two JD Pay merchants are named '" + merchant.name() + "'");
        }
        return this;
    }

    /** Where the merchants come from, asked on every call; see {@link JdPayMerchantRegistry}. */
    public JdPayTemplateBuilder registry(JdPayMerchantRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        return this;
    }

    /**
     * Name of the merchant the built template acts for; unless set, the first merchant added with
     * {@link #merchant}, and with only a registry none: every call then needs {@code forMerchant(name)} first.
     */
    public JdPayTemplateBuilder defaultMerchant(String name) {
        this.defaultMerchant = Objects.requireNonNull(name, "name");
        return this;
    }

    /** The aggregate-pay (聚合支付) operations that {@link JdPayTemplate#aggregate()} returns; none unless set. */
    public JdPayTemplateBuilder aggregate(JdPayAggregateOperations aggregate) {
        this.aggregate = Objects.requireNonNull(aggregate, "aggregate");
        return this;
    }

    /**
     * Builds the template.
     *
     * @throws IllegalStateException if there is neither a registry nor a merchant, or the default merchant is not
     *     among the merchants now
     */
    public JdPayTemplate build() {
        JdPayMerchantRegistry source = registry();
        String name = this.defaultMerchant;
        if (name == null && !this.merchants.isEmpty()) {
            name = this.merchants.keySet().iterator().next();
        }
        JdPayMerchants now = source.merchants();
        if (name != null && now.byName(name) == null) {
            throw new IllegalStateException("the default JD Pay merchant '" + name + "' is not among the merchants: "
                    + MerchantChannels.listed(now));
        }
        MerchantChannels channels = new MerchantChannels(source, transport(), configuredEndpoints(), configuredClock());
        return new JdPayTemplate(channels, name, this.aggregate, new MissingUserId());
    }

    private JdPayMerchantRegistry registry() {
        List<JdPayMerchant> added = List.copyOf(this.merchants.values());
        JdPayMerchantRegistry registry = this.registry;
        if (registry == null) {
            if (added.isEmpty()) {
                throw new IllegalStateException("a JD Pay template needs a merchant registry or at least one merchant");
            }
            // Taken as checked, as before: the application built these merchants itself.
            return new JdPayMerchantDirectory(JdPayMerchants.of(added));
        }
        return added.isEmpty() ? registry : new RegistryWithExtras(registry, added);
    }
}
