package io.github.jdpay.notify.observation;

/** How one delivery of a notification ended, as the {@code outcome} tag of {@code jdpay.notifications} says it. */
public enum JdPayNotificationOutcome {

    /** Verified, handled and recorded: JD was told {@code success}. */
    HANDLED,

    /** Handled by an earlier delivery: JD was told {@code success} again, the handler was not called. */
    DUPLICATE,

    /** Another delivery of it is being handled right now: answered 409, JD sends it again. */
    IN_PROGRESS,

    /** Refused before the handler (the {@code reason} tag says why): answered 4xx. */
    REJECTED,

    /** The handler threw: the claim was released and JD sends it again. */
    HANDLER_FAILED,

    /** The idempotency store failed: answered 503 and JD sends it again. */
    STORE_FAILED,

    /** Verified, but no handler method takes its type: answered 501. */
    NO_HANDLER,

    /** An unexpected failure while checking it: answered 503. */
    ERROR
}
