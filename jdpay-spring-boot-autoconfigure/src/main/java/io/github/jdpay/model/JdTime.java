package io.github.jdpay.model;

import io.github.jdpay.exception.JdPayMalformedMessageException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** JD's {@code yyyyMMddHHmmss} times, which are China Standard Time, shared by both protocols. */
public final class JdTime {

    /** JD's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    private JdTime() {}

    /** The instant as JD writes it, such as {@code 20250101120000}. */
    public static String format(Instant instant) {
        return FORMAT.format(instant.atZone(ZONE));
    }

    /**
     * The instant JD means, or {@code null} when the field is absent or empty.
     *
     * @throws JdPayMalformedMessageException naming {@code field} if the text is not such a time
     */
    public static @Nullable Instant parse(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.trim(), FORMAT).atZone(ZONE).toInstant();
        } catch (DateTimeParseException ex) {
            throw new JdPayMalformedMessageException(field + " is not a yyyyMMddHHmmss time");
        }
    }
}
