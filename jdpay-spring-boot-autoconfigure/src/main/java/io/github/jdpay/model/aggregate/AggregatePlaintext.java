package io.github.jdpay.model.aggregate;

import io.github.jdpay.exception.JdPayMalformedMessageException;
import io.github.jdpay.model.JdTime;
import io.github.jdpay.model.Money;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the fields of a verified aggregate plaintext, as JD's replies and notifications share them; a missing or
 * malformed required field is a {@link JdPayMalformedMessageException} that names it. The order number is read under
 * either of the names JD's documents give it: {@code outTradeNo}, or {@code orderId} as payx's worked example has it.
 */
public final class AggregatePlaintext {

    private final Map<String, String> fields;

    /** A reader of decrypted and verified fields, such as {@code AggregateCodec.open} returns. */
    public AggregatePlaintext(Map<String, String> fields) {
        this.fields = fields;
    }

    /** A field's trimmed text, or {@code null} when it is absent or blank. */
    public @Nullable String optional(String name) {
        String value = this.fields.get(name);
        if ((value == null || value.isBlank()) && name.equals("outTradeNo")) {
            value = this.fields.get("orderId");
        }
        return (value == null || value.isBlank()) ? null : value.trim();
    }

    /** A field's trimmed text. */
    public String required(String name) {
        String value = optional(name);
        if (value == null) {
            throw new JdPayMalformedMessageException("JD's aggregate message carries no " + name);
        }
        return value;
    }

    /** A required amount in whole fen. */
    public Money amount(String name) {
        Money amount = optionalAmount(name);
        if (amount == null) {
            throw new JdPayMalformedMessageException("JD's aggregate message carries no " + name);
        }
        return amount;
    }

    /** An amount in whole fen, or {@code null} when it is absent. */
    public @Nullable Money optionalAmount(String name) {
        String digits = optional(name);
        if (digits == null) {
            return null;
        }
        if (digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new JdPayMalformedMessageException(name + " is not a whole number of fen");
        }
        return Money.ofFen(Long.parseLong(digits));
    }

    /** A {@code yyyyMMddHHmmss} time in China Standard Time, or {@code null} when it is absent. */
    public @Nullable Instant time(String name) {
        return JdTime.parse(name, optional(name));
    }

    /** The required {@code payStatus}. */
    public PayStatus payStatus() {
        return PayStatus.fromCode(required("payStatus"));
    }

    /** The {@code piType}, {@link PiType#UNKNOWN} when it is absent. */
    public PiType piType() {
        return PiType.fromCode(optional("piType"));
    }
}
