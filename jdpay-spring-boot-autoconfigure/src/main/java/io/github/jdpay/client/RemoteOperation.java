package io.github.jdpay.client;

/**
 * One of JD's interfaces as the transport sees it: its name and whether a failed call may be repeated. Internal to the
 * library (public only for {@code client.aggregate}).
 */
public interface RemoteOperation {

    /** JD's name of the interface, which is also the end of its URL. */
    String wireName();

    /** Name of the field that carries the merchant's number of the trade, for log lines. */
    String tradeField();

    /** Whether a call may be repeated, or leaves an unknown outcome when it fails in transit. */
    Safety safety();

    /** Whether a transport failure may be retried automatically. */
    default boolean isReadOnly() {
        return safety() == Safety.READ_ONLY;
    }

    /** Whether a failure after sending leaves the outcome unknown (and must be settled by a query). */
    default boolean movesMoney() {
        return safety() == Safety.MOVES_MONEY;
    }

    /** What repeating a call does. */
    enum Safety {
        /** Nothing: retried automatically. */
        READ_ONLY,
        /** Changes state, moves no money, and repeating it is the same as calling once: the caller may call again. */
        CHANGES_STATE,
        /** May move money: never repeated blindly; a failure in transit leaves the outcome unknown. */
        MOVES_MONEY
    }
}
