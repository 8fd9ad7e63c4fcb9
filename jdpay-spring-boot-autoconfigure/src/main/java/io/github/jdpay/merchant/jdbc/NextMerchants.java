package io.github.jdpay.merchant.jdbc;

import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.merchant.JdPayMerchants;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;

/**
 * The merchants one refresh publishes, in the table's order: each row's current version when it passed, else the
 * version in use before it (a stale one), and the rows refused. Not thread-safe; one per refresh.
 */
final class NextMerchants {

    /** Marks a refusal that does not depend on the row alone, so that the row is tried again by the next refresh. */
    static final long RETRY = Long.MIN_VALUE;

    private final List<Entry> entries = new ArrayList<>();

    private final Map<String, Rejection> rejected = new LinkedHashMap<>();

    private final Map<String, Long> versions = new HashMap<>();

    private final List<JdPayMerchant> merchants = new ArrayList<>();

    /** A row refused at a version, and why (never showing a key). */
    record Rejection(long version, String reason) {}

    private record Entry(JdPayMerchant merchant, long version, boolean stale) {}

    /** The row's current version, which passed. */
    void current(JdPayMerchant merchant, long version) {
        this.entries.add(new Entry(merchant, version, false));
    }

    /** The row's current version is refused; the version in use before it, if any, stays. */
    void refused(String name, Rejection rejection, @Nullable JdPayMerchant published, @Nullable Long publishedVersion) {
        this.rejected.put(name, rejection);
        if (published != null && publishedVersion != null) {
            this.entries.add(new Entry(published, publishedVersion, true));
        }
    }

    /**
     * Settles merchant numbers: current rows take theirs first (the table's unique constraint keeps them apart), and
     * a stale version whose number a current row now has is withdrawn, as is a current row whose number another one
     * took already (a table without the constraint).
     */
    NextMerchants settle() {
        Map<String, String> numbers = new HashMap<>();
        for (Entry entry : this.entries) {
            if (!entry.stale()) {
                String other = numbers.putIfAbsent(
                        entry.merchant().merchantNo(), entry.merchant().name());
                if (other != null) {
                    this.rejected.put(
                            entry.merchant().name(),
                            new Rejection(
                                    RETRY,
                                    "merchant_no " + entry.merchant().merchantNo() + " is merchant '" + other + "''s"));
                }
            }
        }
        for (Entry entry : this.entries) {
            JdPayMerchant merchant = entry.merchant();
            String owner = numbers.get(merchant.merchantNo());
            if (entry.stale()) {
                if (owner != null) {
                    Rejection refused = this.rejected.get(merchant.name());
                    this.rejected.put(
                            merchant.name(),
                            new Rejection(
                                    (refused != null) ? refused.version() : RETRY,
                                    ((refused != null) ? refused.reason() + "; " : "") + "its version in use is"
                                            + " withdrawn too, merchant '" + owner + "' has its merchant_no now"));
                    continue;
                }
                numbers.put(merchant.merchantNo(), merchant.name());
            } else if (!merchant.name().equals(owner)) {
                continue;
            }
            this.merchants.add(merchant);
            this.versions.put(merchant.name(), entry.version());
        }
        return this;
    }

    List<JdPayMerchant> merchants() {
        return this.merchants;
    }

    Map<String, Long> versions() {
        return this.versions;
    }

    Map<String, Rejection> rejected() {
        return this.rejected;
    }

    /** Logs which merchants a refresh added, changed and removed, if any. */
    static void logChanges(JdPayMerchants before, List<JdPayMerchant> after, Log logger) {
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        Map<String, JdPayMerchant> gone = new HashMap<>();
        before.all().forEach(m -> gone.put(m.name(), m));
        for (JdPayMerchant merchant : after) {
            JdPayMerchant old = gone.remove(merchant.name());
            if (old == null) {
                added.add(merchant.name());
            } else if (old != merchant) {
                changed.add(merchant.name());
            }
        }
        if (!added.isEmpty() || !changed.isEmpty() || !gone.isEmpty()) {
            logger.info("JD Pay merchants from " + JdbcJdPayMerchantRegistry.TABLE + ": added " + names(added)
                    + ", changed " + names(changed) + ", removed "
                    + names(gone.keySet().stream().sorted().toList()));
        }
    }

    /** At most ten names, so that a thousand merchants make one readable line. */
    private static String names(List<String> names) {
        return (names.size() <= 10)
                ? names.toString()
                : "[" + String.join(", ", names.subList(0, 10)) + " and " + (names.size() - 10) + " more]";
    }
}
