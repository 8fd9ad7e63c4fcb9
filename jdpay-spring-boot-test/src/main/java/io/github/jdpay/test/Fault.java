package io.github.jdpay.test;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** One injected fault: what goes wrong, with its parameter. */
record Fault(Kind kind, Duration latency, int httpStatus, @Nullable String code, @Nullable String description) {

    enum Kind {
        /** Added before the call is handled; adds up with other faults. */
        LATENCY,
        /** Answered instead of handling the call. */
        HTTP_STATUS,
        /** The connection is closed instead of handling the call. */
        CONNECTION_RESET,
        /** The call takes effect, then the connection is closed without an answer. */
        REPLY_LOST,
        /** The call takes effect, then the answer is cut short. */
        MALFORMED_BODY,
        /** The call takes effect, and the answer carries a signature that does not verify. */
        BAD_SIGNATURE,
        /** The call is verified and then refused with the given result, taking no effect. */
        RESULT_CODE
    }

    static Fault of(Kind kind) {
        return new Fault(kind, Duration.ZERO, 0, null, null);
    }
}
