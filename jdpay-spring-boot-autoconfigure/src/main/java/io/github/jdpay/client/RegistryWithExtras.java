package io.github.jdpay.client;

import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.merchant.JdPayMerchantRegistry;
import io.github.jdpay.merchant.JdPayMerchants;
import java.util.List;

/**
 * A registry and the merchants a template's builder was given besides it (for example by a customizer of the
 * auto-configured template): the combined set is made again only when the registry answers with a new set, so the
 * hot path stays one volatile read and an identity check.
 */
final class RegistryWithExtras implements JdPayMerchantRegistry {

    private final JdPayMerchantRegistry registry;

    private final List<JdPayMerchant> extras;

    private volatile Combined combined;

    RegistryWithExtras(JdPayMerchantRegistry registry, List<JdPayMerchant> extras) {
        this.registry = registry;
        this.extras = List.copyOf(extras);
        JdPayMerchants base = registry.merchants();
        this.combined = new Combined(base, combine(base));
    }

    @Override
    public JdPayMerchants merchants() {
        JdPayMerchants base = this.registry.merchants();
        Combined last = this.combined;
        if (last.base() == base) {
            return last.merchants();
        }
        Combined next = new Combined(base, combine(base));
        this.combined = next;
        return next.merchants();
    }

    /**
     * The registry's merchants with the extras; an extra of the same name replaces the registry's.
     *
     * @throws IllegalArgumentException if an extra has the merchant number of another of the registry's merchants
     */
    private JdPayMerchants combine(JdPayMerchants base) {
        JdPayMerchants merchants = base;
        for (JdPayMerchant extra : this.extras) {
            merchants = merchants.with(extra);
        }
        return merchants;
    }

    private record Combined(JdPayMerchants base, JdPayMerchants merchants) {}
}
