package io.github.jdpay.observation;

import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.merchant.aggregate.JdPayAggregateMerchant;
import io.github.jdpay.notify.idempotency.IdempotencyStore;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The health of one merchant as this instance can tell it without calling JD: its DES key round-trips, its private
 * key (an aggregate merchant's MD5 key) signs, and the idempotency store answers within its timeout. JD's gateway is not
 * pinged: a health check must not depend on a third party, nor load it.
 */
public final class JdPayMerchantCheck {

    /**
     * Key the store is probed with: its work always throws, so the key is claimed and released (or its transaction
     * rolled back), never recorded as handled. Another probe holding it at the time counts as reachable.
     */
    static final String PROBE_KEY = "jdpay-health-probe";

    private final Map<String, Object> identity;

    private final Runnable selfCheck;

    private final @Nullable IdempotencyStore store;

    /**
     * @param merchant the merchant checked
     * @param store the notification endpoint's store, if the application has one
     */
    public JdPayMerchantCheck(JdPayMerchant merchant, @Nullable IdempotencyStore store) {
        this(merchant.merchantNo(), "jdPublicKey", merchant.jdKeyDescription(), merchant::selfCheck, store);
    }

    /**
     * @param merchant the aggregate merchant checked (its DES key round-trips, its MD5 key verifies its own sign)
     * @param store the notification endpoint's store, if the application has one
     */
    public JdPayMerchantCheck(JdPayAggregateMerchant merchant, @Nullable IdempotencyStore store) {
        this(merchant.merchantNo(), "systemId", merchant.systemId(), merchant::selfCheck, store);
    }

    private JdPayMerchantCheck(
            String merchantNo, String detail, String value, Runnable selfCheck, @Nullable IdempotencyStore store) {
        this.identity = new LinkedHashMap<>();
        this.identity.put("merchantNo", merchantNo);
        this.identity.put(detail, value);
        this.selfCheck = selfCheck;
        this.store = store;
    }

    /** Runs the checks; never throws. */
    public Result check() {
        Map<String, Object> details = new LinkedHashMap<>(this.identity);
        boolean up = true;
        try {
            this.selfCheck.run();
            details.put("keys", "self-checked");
        } catch (RuntimeException ex) {
            up = false;
            details.put("keys", "failed: " + ex.getClass().getSimpleName());
        }
        return new Result(probe(this.store, details) && up, details);
    }

    /** Probes the store, if there is one, into {@code details}; whether it answered. */
    static boolean probe(@Nullable IdempotencyStore store, Map<String, Object> details) {
        if (store == null) {
            details.put("store", "none");
            return true;
        }
        try {
            store.runOnce(PROBE_KEY, () -> {
                throw new Probe();
            });
        } catch (Probe ex) {
            // The work ran: the store answered.
        } catch (Exception ex) {
            details.put("store", "failed: " + ex.getClass().getSimpleName());
            return false;
        }
        details.put("store", "reachable");
        return true;
    }

    /** The probe's work, which fails on purpose. */
    private static final class Probe extends Exception {

        private static final long serialVersionUID = 1L;

        Probe() {
            super("health probe", null, false, false);
        }
    }

    /**
     * What a check found.
     *
     * @param up whether every check passed
     * @param details what each check found: no key, no signature, nothing decrypted
     */
    public record Result(boolean up, Map<String, Object> details) {

        public Result {
            details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
        }
    }
}
