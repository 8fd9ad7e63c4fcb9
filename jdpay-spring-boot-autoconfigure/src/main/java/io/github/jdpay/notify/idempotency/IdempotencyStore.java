package io.github.jdpay.notify.idempotency;

/**
 * Makes each notification handled once although JD delivers it again and again, to any instance of the application:
 * the store runs a notification's work unless its key was handled, or is being handled elsewhere.
 *
 * <p>Of several concurrent calls for one key, from any number of threads or instances, at most one runs its work. A
 * key whose work returned is remembered for the time to live; a key whose work threw is forgotten, so that the next
 * delivery runs it afresh. Whether a crash between the work and the store's record can make the work run twice
 * depends on the store: {@code JdbcIdempotencyStore} commits both in one transaction (exactly once with the
 * application's database), a {@link LeasedIdempotencyStore} records completion after the work (at least once).
 */
public interface IdempotencyStore {

    /**
     * Runs {@code work} unless the key was handled or is being handled elsewhere; the outcome says which.
     *
     * @throws io.github.jdpay.exception.JdPayIdempotencyStoreException if the store failed or did not answer in time;
     *     the work was not run, or what it did was not committed
     * @throws Exception what {@code work} threw, unwrapped
     */
    Outcome runOnce(String key, Work work) throws Exception;

    /** What {@link #runOnce} did. */
    enum Outcome {

        /** The work ran and returned. */
        HANDLED,

        /** The key was handled before; the work did not run. */
        DONE,

        /** Another delivery of the key is being handled right now; the work did not run. */
        IN_PROGRESS
    }

    /** The work a notification's key guards: the handler call. */
    @FunctionalInterface
    interface Work {

        /** Does the work; throws to have it run again on the next delivery. */
        void run() throws Exception;
    }
}
