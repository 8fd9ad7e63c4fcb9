package io.github.jdpay.observation;

import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.merchant.JdPayMerchantRegistry;
import io.github.jdpay.merchant.JdPayMerchants;
import io.github.jdpay.notify.idempotency.IdempotencyStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The health of a {@link JdPayMerchantRegistry} as one check, however many merchants it holds: how many there are
 * (the first few by name), the changes it refused ({@link JdPayMerchantRegistry.Diagnostics}), the keys of the
 * template's default merchant and the idempotency store. Each merchant's keys were self-checked when the registry
 * published them; checking a thousand merchants' keys on every health call would load the application instead.
 * A refused change leaves the old keys working, so it is reported, and the status stays up.
 */
public final class JdPayRegistryCheck {

    /** How many names (of merchants, of refused changes) the details list. */
    public static final int LISTED = 10;

    private final JdPayMerchantRegistry registry;

    private final @Nullable String defaultMerchant;

    private final @Nullable IdempotencyStore store;

    /**
     * @param registry the merchants checked
     * @param defaultMerchant the template's own merchant, whose keys are self-checked on every call, if it has one
     * @param store the notification endpoint's store, if the application has one
     */
    public JdPayRegistryCheck(
            JdPayMerchantRegistry registry, @Nullable String defaultMerchant, @Nullable IdempotencyStore store) {
        this.registry = registry;
        this.defaultMerchant = defaultMerchant;
        this.store = store;
    }

    /** Runs the checks; never throws. */
    public JdPayMerchantCheck.Result check() {
        Map<String, Object> details = new LinkedHashMap<>();
        JdPayMerchants merchants;
        try {
            merchants = this.registry.merchants();
        } catch (RuntimeException ex) {
            details.put("registry", "failed: " + ex.getClass().getSimpleName());
            return new JdPayMerchantCheck.Result(false, details);
        }
        details.put("count", merchants.size());
        details.put("merchants", first(merchants.names()));
        if (this.registry instanceof JdPayMerchantRegistry.Diagnostics diagnostics) {
            Map<String, String> rejected = diagnostics.rejected();
            if (!rejected.isEmpty()) {
                Map<String, String> listed = new LinkedHashMap<>();
                for (String name : first(rejected.keySet())) {
                    listed.put(name, rejected.get(name));
                }
                details.put("rejectedCount", rejected.size());
                details.put("rejected", listed);
            }
        }
        String name = this.defaultMerchant;
        JdPayMerchant merchant = (name != null) ? merchants.byName(name) : null;
        if (name == null) {
            return new JdPayMerchantCheck.Result(JdPayMerchantCheck.probe(this.store, details), details);
        }
        details.put("defaultMerchant", name);
        if (merchant == null) {
            // The template's own merchant is gone: every call without forMerchant fails.
            details.put("keys", "merchant not in the registry");
            JdPayMerchantCheck.probe(this.store, details);
            return new JdPayMerchantCheck.Result(false, details);
        }
        JdPayMerchantCheck.Result own = new JdPayMerchantCheck(merchant, this.store).check();
        details.putAll(own.details());
        return new JdPayMerchantCheck.Result(own.up(), details);
    }

    private static List<String> first(Iterable<String> names) {
        List<String> first = new ArrayList<>(LISTED);
        for (String name : names) {
            if (first.size() == LISTED) {
                break;
            }
            first.add(name);
        }
        return first;
    }
}
