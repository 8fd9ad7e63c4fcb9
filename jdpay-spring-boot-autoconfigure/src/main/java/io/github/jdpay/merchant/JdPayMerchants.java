package io.github.jdpay.merchant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An immutable set of merchants, looked up in constant time by name and by JD's merchant number: what a
 * {@link JdPayMerchantRegistry} answers with at one moment.
 *
 * <p>Names and merchant numbers are unique within a set, so a notification's clear-text merchant number names at most
 * one merchant, and the merchant found by name and by number is the same object.
 */
public final class JdPayMerchants {

    private static final JdPayMerchants EMPTY = new JdPayMerchants(Map.of(), Map.of());

    private final Map<String, JdPayMerchant> byName;

    private final Map<String, JdPayMerchant> byNumber;

    private JdPayMerchants(Map<String, JdPayMerchant> byName, Map<String, JdPayMerchant> byNumber) {
        this.byName = byName;
        this.byNumber = byNumber;
    }

    /** No merchants. */
    public static JdPayMerchants empty() {
        return EMPTY;
    }

    /**
     * These merchants, in this order.
     *
     * @throws IllegalArgumentException if two have the same name or the same merchant number
     */
    public static JdPayMerchants of(Iterable<JdPayMerchant> merchants) {
        Map<String, JdPayMerchant> byName = new LinkedHashMap<>();
        Map<String, JdPayMerchant> byNumber = new HashMap<>();
        for (JdPayMerchant merchant : merchants) {
            if (byName.putIfAbsent(merchant.name(), merchant) != null) {
                throw new IllegalArgumentException("two JD Pay merchants are named '" + merchant.name() + "'");
            }
            JdPayMerchant other = byNumber.putIfAbsent(merchant.merchantNo(), merchant);
            if (other != null) {
                throw new IllegalArgumentException("JD Pay merchants '" + other.name() + "' and '" + merchant.name()
                        + "' have the same merchant number " + merchant.merchantNo());
            }
        }
        return new JdPayMerchants(Collections.unmodifiableMap(byName), Collections.unmodifiableMap(byNumber));
    }

    /** The merchant named {@code name}, or {@code null}. */
    public @Nullable JdPayMerchant byName(String name) {
        return this.byName.get(name);
    }

    /** The merchant with JD's merchant number {@code merchantNo}, or {@code null}. */
    public @Nullable JdPayMerchant byMerchantNo(String merchantNo) {
        return this.byNumber.get(merchantNo);
    }

    /** The names, in the order the merchants were given. */
    public Set<String> names() {
        return this.byName.keySet();
    }

    /** The merchants, in the order they were given. */
    public List<JdPayMerchant> all() {
        return Collections.unmodifiableList(new ArrayList<>(this.byName.values()));
    }

    /** How many merchants there are. */
    public int size() {
        return this.byName.size();
    }

    /**
     * This set with {@code merchant} added, or replacing the merchant of the same name.
     *
     * @throws IllegalArgumentException if another merchant has its merchant number
     */
    public JdPayMerchants with(JdPayMerchant merchant) {
        Map<String, JdPayMerchant> next = new LinkedHashMap<>(this.byName);
        next.put(merchant.name(), merchant);
        return of(next.values());
    }

    /** This set without the merchant named {@code name}; this set itself if there is none. */
    public JdPayMerchants without(String name) {
        if (!this.byName.containsKey(name)) {
            return this;
        }
        Map<String, JdPayMerchant> next = new LinkedHashMap<>(this.byName);
        next.remove(name);
        return of(next.values());
    }

    @Override
    public String toString() {
        return "JdPayMerchants" + this.byName.keySet();
    }
}
