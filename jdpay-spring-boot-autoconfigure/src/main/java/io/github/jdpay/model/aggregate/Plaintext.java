package io.github.jdpay.model.aggregate;

import io.github.jdpay.exception.JdPayMalformedMessageException;
import io.github.jdpay.model.JdTime;
import io.github.jdpay.model.Money;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads the fields of a verified aggregate plaintext; a missing or malformed required field is an error. */
final class Plaintext {

    private final Map<String, String> fields;

    Plaintext(Map<String, String> fields) {
        this.fields = fields;
    }

    /** A field's text, or {@code null} when it is absent or blank. */
    @Nullable
    String optional(String name) {
        String value = this.fields.get(name);
        return (value == null || value.isBlank()) ? null : value.trim();
    }

    String required(String name) {
        String value = optional(name);
        if (value == null) {
            throw new JdPayMalformedMessageException("JD's aggregate message carries no " + name);
        }
        return value;
    }

    /** A required amount in whole fen. */
    Money amount(String name) {
        Money amount = optionalAmount(name);
        if (amount == null) {
            throw new JdPayMalformedMessageException("JD's aggregate message carries no " + name);
        }
        return amount;
    }

    @Nullable
    Money optionalAmount(String name) {
        String digits = optional(name);
        if (digits == null) {
            return null;
        }
        if (digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new JdPayMalformedMessageException(name + " is not a whole number of fen");
        }
        return Money.ofFen(Long.parseLong(digits));
    }

    @Nullable
    Instant time(String name) {
        return JdTime.parse(name, optional(name));
    }

    PayStatus payStatus() {
        return PayStatus.fromCode(required("payStatus"));
    }

    PiType piType() {
        return PiType.fromCode(optional("piType"));
    }
}
