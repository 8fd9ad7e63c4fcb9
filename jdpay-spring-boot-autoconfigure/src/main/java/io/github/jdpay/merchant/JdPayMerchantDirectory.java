package io.github.jdpay.merchant;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A {@link JdPayMerchantRegistry} that changes while traffic flows: merchants are added, replaced and removed by the
 * application (or by a registry that loads them, such as one polling a database), and each change is published as a
 * new {@link JdPayMerchants}, so readers never lock and never see half a change.
 *
 * <p>A merchant is {@linkplain JdPayMerchant#selfCheck() self-checked} before it is published: a merchant whose keys
 * do not work never replaces one whose keys do. A refused change is remembered by name until that merchant is put
 * successfully or removed, and shown by the health endpoint ({@link JdPayMerchantRegistry.Diagnostics}). Thread-safe;
 * changes are serialised.
 */
public final class JdPayMerchantDirectory implements JdPayMerchantRegistry, JdPayMerchantRegistry.Diagnostics {

    /** Refusals remembered at most: a loader failing for every merchant must not grow the map without bound. */
    static final int MAX_REJECTED = 1_000;

    private volatile JdPayMerchants merchants;

    private volatile Map<String, String> rejected = Map.of();

    /** An empty directory. */
    public JdPayMerchantDirectory() {
        this(JdPayMerchants.empty());
    }

    /** A directory holding {@code merchants}, which are taken as already checked. */
    public JdPayMerchantDirectory(JdPayMerchants merchants) {
        this.merchants = Objects.requireNonNull(merchants, "merchants");
    }

    @Override
    public JdPayMerchants merchants() {
        return this.merchants;
    }

    /**
     * Adds {@code merchant}, or replaces the merchant of the same name, once its keys pass the self-check.
     *
     * @throws RuntimeException if the self-check fails or another merchant has its merchant number; nothing changes
     */
    public void put(JdPayMerchant merchant) {
        try {
            merchant.selfCheck();
            update(current -> current.with(merchant));
        } catch (RuntimeException ex) {
            reject(merchant.name(), ex.getClass().getSimpleName() + ": " + ex.getMessage());
            throw ex;
        }
        forget(merchant.name());
    }

    /** Removes the merchant named {@code name}; whether there was one. */
    public boolean remove(String name) {
        synchronized (this) {
            JdPayMerchants current = this.merchants;
            JdPayMerchants next = current.without(name);
            this.merchants = next;
            forget(name);
            return next != current;
        }
    }

    @Override
    public Map<String, String> rejected() {
        return this.rejected;
    }

    /**
     * Replaces all merchants at once with {@code next}, which are taken as already checked (a loader checks each
     * changed merchant before it builds the set).
     */
    public void replaceAll(JdPayMerchants next) {
        Objects.requireNonNull(next, "next");
        update(current -> next);
    }

    private void update(UnaryOperator<JdPayMerchants> change) {
        synchronized (this) {
            this.merchants = Objects.requireNonNull(change.apply(this.merchants));
        }
    }

    private synchronized void reject(String name, String reason) {
        Map<String, String> next = new LinkedHashMap<>(this.rejected);
        next.remove(name);
        next.put(name, reason);
        while (next.size() > MAX_REJECTED) {
            next.remove(next.keySet().iterator().next());
        }
        this.rejected = Collections.unmodifiableMap(next);
    }

    private synchronized void forget(String name) {
        if (this.rejected.containsKey(name)) {
            Map<String, String> next = new LinkedHashMap<>(this.rejected);
            next.remove(name);
            this.rejected = Collections.unmodifiableMap(next);
        }
    }

    @Override
    public String toString() {
        return "JdPayMerchantDirectory" + this.merchants.names();
    }
}
