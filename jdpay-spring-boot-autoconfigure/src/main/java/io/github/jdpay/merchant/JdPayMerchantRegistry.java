package io.github.jdpay.merchant;

/**
 * The one source of JD Pay 2.0 merchants for the template and the notification endpoint.
 *
 * <p>Both ask for {@link #merchants()} on every call and every notification and keep nothing between them, so a
 * registry whose merchants change (added, removed, keys rotated) takes effect with the next request. The answer must
 * therefore be cheap: a registry keeps an immutable {@link JdPayMerchants} in memory and replaces it as a whole when
 * something changes (a volatile read on the hot path, no locks, no I/O). {@link JdPayMerchantDirectory} does exactly
 * that and is what most registries are built on. Thread-safe.
 */
@FunctionalInterface
public interface JdPayMerchantRegistry {

    /** The merchants as of now: never {@code null}, never changed afterwards. */
    JdPayMerchants merchants();
}
