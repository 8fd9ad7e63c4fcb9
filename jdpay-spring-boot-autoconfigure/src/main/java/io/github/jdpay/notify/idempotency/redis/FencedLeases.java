package io.github.jdpay.notify.idempotency.redis;

import java.time.Duration;

/**
 * The four fenced primitives of a shared idempotency store: a stand-in, on this branch, for the abstract
 * {@code LeasedIdempotencyStore} of the idempotency SPI that is being redesigned; it goes when that class comes.
 */
interface FencedLeases {

    /** What a claim found. */
    enum State {
        /** The caller holds the key now, under the token of the lease. */
        NEW,
        /** Another holder's lease of the key has not expired. */
        IN_PROGRESS,
        /** The key was completed and is remembered still. */
        DONE
    }

    /**
     * What a claim found, and for a {@link State#NEW} one the fencing token that every later call must present.
     *
     * @param state what the claim found
     * @param token the fencing token of a new lease, larger than any token handed out before; 0 otherwise
     */
    record Lease(State state, long token) {}

    /** Claims a key for {@code lease}, or says who has it. */
    Lease claim(String key, Duration lease);

    /** Extends the lease of {@code token} by {@code lease} from now; false if the token no longer holds the key. */
    boolean renew(String key, long token, Duration lease);

    /** Marks the key done for {@code timeToLive}; false if the token no longer holds the key. */
    boolean complete(String key, long token, Duration timeToLive);

    /** Gives up the lease of {@code token}, so that the next claim is new; nothing if the token no longer holds it. */
    void release(String key, long token);
}
