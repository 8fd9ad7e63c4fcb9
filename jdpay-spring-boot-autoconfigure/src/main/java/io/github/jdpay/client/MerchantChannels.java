package io.github.jdpay.client;

import io.github.jdpay.exception.JdPayUnknownMerchantException;
import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.merchant.JdPayMerchantRegistry;
import io.github.jdpay.merchant.JdPayMerchants;
import java.time.Clock;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The channels of a registry's merchants, shared by a template and every template {@code forMerchant} makes from it:
 * the merchant is looked up in the registry on every call, and its channel (codecs made from its keys) is kept for
 * as long as the registry answers with the same {@link JdPayMerchant} instance. One transport serves them all.
 */
final class MerchantChannels {

    /** How many names an error message lists: a registry of a thousand merchants must not make a thousand-name line. */
    static final int LISTED_NAMES = 10;

    private final JdPayMerchantRegistry registry;

    private final Transport transport;

    private final JdPayEndpoints endpoints;

    private final Clock clock;

    private final Map<String, MerchantChannel> channels = new ConcurrentHashMap<>();

    /** The registry's set when the channels were last swept; another one means a change since. */
    private volatile JdPayMerchants swept = JdPayMerchants.empty();

    MerchantChannels(JdPayMerchantRegistry registry, Transport transport, JdPayEndpoints endpoints, Clock clock) {
        this.registry = registry;
        this.transport = transport;
        this.endpoints = endpoints;
        this.clock = clock;
    }

    JdPayMerchants merchants() {
        return this.registry.merchants();
    }

    /**
     * The channel of the merchant named {@code name} as the registry has it now.
     *
     * @throws JdPayUnknownMerchantException if the registry has no such merchant (any more)
     */
    MerchantChannel channel(String name) {
        JdPayMerchants merchants = this.registry.merchants();
        if (merchants != this.swept) {
            // Only after a change: drop the channels of merchants removed or replaced, and so their keys.
            this.swept = merchants;
            this.channels
                    .values()
                    .removeIf(channel -> merchants.byName(channel.merchant().name()) != channel.merchant());
        }
        JdPayMerchant merchant = merchants.byName(name);
        if (merchant == null) {
            throw new JdPayUnknownMerchantException(
                    name,
                    "no JD Pay merchant named '" + name + "' in the registry (removed?); nothing was sent. Known: "
                            + listed(merchants));
        }
        MerchantChannel cached = this.channels.get(name);
        if (cached != null && cached.merchant() == merchant) {
            return cached;
        }
        MerchantChannel fresh = new MerchantChannel(merchant, this.transport, this.endpoints, this.clock);
        this.channels.put(name, fresh);
        return fresh;
    }

    /**
     * The name of the merchant a template acts for.
     *
     * @throws IllegalStateException if it acts for none
     */
    static String required(@Nullable String name) {
        if (name == null) {
            throw new IllegalStateException("this JD Pay template acts for no merchant of its own (none was set as"
                    + " the default, e.g. jdpay.default-merchant): call forMerchant(name) for the merchant to act for");
        }
        return name;
    }

    /**
     * Checks that the registry has a merchant named {@code name} now.
     *
     * @throws IllegalArgumentException if it has not, listing a few it has
     */
    void requireKnown(String name) {
        JdPayMerchants merchants = this.registry.merchants();
        if (merchants.byName(name) == null) {
            throw new IllegalArgumentException("no JD Pay merchant named '" + name + "'; known: " + listed(merchants));
        }
    }

    /** How many channels are kept (for tests of the bound). */
    int cached() {
        return this.channels.size();
    }

    /** The first {@link #LISTED_NAMES} names, and how many more there are. */
    static String listed(JdPayMerchants merchants) {
        Collection<String> names = merchants.names();
        StringBuilder listed = new StringBuilder("[");
        Iterator<String> it = names.iterator();
        for (int n = 0; n < LISTED_NAMES && it.hasNext(); n++) {
            listed.append(n == 0 ? "" : ", ").append(it.next());
        }
        listed.append(']');
        if (names.size() > LISTED_NAMES) {
            listed.append(" and ").append(names.size() - LISTED_NAMES).append(" more");
        }
        return listed.toString();
    }

    @Override
    public String toString() {
        return this.registry.merchants().size() + " merchants";
    }
}
