package io.github.jdpay.model.aggregate;

import io.github.jdpay.exception.JdPayValidationException;
import io.github.jdpay.model.FieldRules;
import io.github.jdpay.model.Money;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The aggregate-specific checks on top of {@link FieldRules}; each failure names the field as JD does. */
final class AggregateRules {

    /** Longest amount JD accepts: {@code String(12)} of fen. */
    static final int AMOUNT_DIGITS = 12;

    /** Our bound for texts whose length JD does not document (names, remarks, echoed parameters). */
    static final int TEXT_MAX = 256;

    /** Our bound for short identifiers whose length JD does not document (ids, codes, IP addresses). */
    static final int ID_MAX = 64;

    /** Our bound for JSON fields ({@code extMap}, {@code deviceInfo}, ...) whose length JD does not document. */
    static final int JSON_MAX = 2048;

    private AggregateRules() {}

    /** A required amount: more than zero and at most 12 digits of fen. */
    static Money amount(String field, @Nullable Money amount) {
        Money checked = FieldRules.positive(field, amount);
        if (Long.toString(checked.fen()).length() > AMOUNT_DIGITS) {
            throw new JdPayValidationException(field, "must be at most " + AMOUNT_DIGITS + " digits of fen");
        }
        return checked;
    }

    /** An optional wallet, which must be one JD knows: {@link PiType#UNKNOWN} is only ever read. */
    static @Nullable PiType sendable(String field, @Nullable PiType piType) {
        if (piType == PiType.UNKNOWN) {
            throw new JdPayValidationException(field, "must name a wallet; UNKNOWN is only ever read from JD");
        }
        return piType;
    }

    /** An optional duration that must be a positive whole number of seconds. */
    static @Nullable Duration seconds(String field, @Nullable Duration duration) {
        if (duration != null && (duration.isNegative() || duration.isZero() || duration.getNano() != 0)) {
            throw new JdPayValidationException(field, "must be a positive whole number of seconds");
        }
        return duration;
    }

    /** An optional deadline that must come after the trade time, when both are given. */
    static @Nullable Instant deadline(@Nullable Instant tradeTime, @Nullable Instant deadlineTime) {
        if (tradeTime != null && deadlineTime != null && !deadlineTime.isAfter(tradeTime)) {
            throw new JdPayValidationException("deadlineTime", "must be after tradeTime");
        }
        return deadlineTime;
    }
}
