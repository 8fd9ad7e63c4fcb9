package io.github.jdpay.merchant;

import java.util.Map;

/**
 * The one source of JD Pay 2.0 merchants for the template and the notification endpoint.
 *
 * <p>Both ask for {@link #merchants()} on every call and every notification, so a registry whose merchants change
 * (added, removed, keys rotated) takes effect with the next request; what they keep between calls (the codecs made
 * from a merchant's keys) is keyed by the {@link JdPayMerchant} instance, so a merchant with new keys is a new object
 * and gets new codecs. The answer must therefore be cheap: a registry keeps an immutable {@link JdPayMerchants} in
 * memory, answers with that same instance until something changes (the template and the endpoint tidy their codecs
 * when the instance changes) and then replaces it as a whole (a volatile read on the hot path, no locks, no I/O).
 * {@link JdPayMerchantDirectory} does exactly that and is what most registries are built on. Thread-safe.
 *
 * <p>The aggregate-pay (聚合支付) merchant of {@code jdpay.aggregate.*} is not in any registry: it is a single merchant
 * with a protocol of its own, configured and used beside the JD Pay 2.0 ones.
 */
@FunctionalInterface
public interface JdPayMerchantRegistry {

    /** The merchants as of now: never {@code null}, never changed afterwards. */
    JdPayMerchants merchants();

    /**
     * What a registry may also tell the health endpoint: the changes it refused. A refused change leaves the merchant
     * as it was (its old keys keep working), so it is reported, not counted as down.
     */
    interface Diagnostics {

        /** Names of merchants whose last change was refused, with the reason (never a key); empty if none. */
        Map<String, String> rejected();
    }
}
