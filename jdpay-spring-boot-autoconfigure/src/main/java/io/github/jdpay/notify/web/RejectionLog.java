package io.github.jdpay.notify.web;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import org.apache.commons.logging.Log;

/**
 * Logs refused notifications as single WARN lines, at most {@code limit} per minute: anyone can post rubbish to the
 * endpoint, and a log that grows with every refusal would let them fill the disk. Refusals past the limit are counted
 * and the count is logged, in one line, with the first refusal of a later minute. Thread-safe.
 */
final class RejectionLog {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private final Log logger;

    private final InstantSource clock;

    private final int limit;

    private Instant windowStart = Instant.MIN;

    private int logged;

    private long suppressed;

    RejectionLog(Log logger, InstantSource clock, int limit) {
        this.logger = Objects.requireNonNull(logger, "logger");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive but is " + limit);
        }
        this.limit = limit;
    }

    /** Logs one refusal, unless this minute's lines are used up. */
    void warn(String message) {
        String line;
        synchronized (this) {
            Instant now = this.clock.instant();
            String summary = null;
            if (!now.isBefore(this.windowStart.plus(WINDOW)) || now.isBefore(this.windowStart)) {
                if (this.suppressed > 0) {
                    summary = " (" + this.suppressed + " more refusals since " + this.windowStart
                            + " were not logged: at most " + this.limit + " lines a minute)";
                }
                this.windowStart = now;
                this.logged = 0;
                this.suppressed = 0;
            }
            if (this.logged >= this.limit) {
                this.suppressed++;
                return;
            }
            this.logged++;
            line = (summary != null) ? message + summary : message;
        }
        this.logger.warn(line);
    }
}
