package io.github.jdpay.notify.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.logging.impl.NoOpLog;
import org.junit.jupiter.api.Test;

/** A flood of refusals gives a bounded number of lines, and the ones left out are counted. */
class RejectionLogTest {

    private Instant now = Instant.parse("2026-12-03T07:00:00Z");

    private final List<String> lines = new ArrayList<>();

    private final RejectionLog log = new RejectionLog(
            new NoOpLog() {
                @Override
                public void warn(Object message) {
                    RejectionLogTest.this.lines.add(message.toString());
                }
            },
            this::instant,
            3);

    private Instant instant() {
        return this.now;
    }

    @Test
    void atMostTheLimitIsLoggedInAMinuteAndTheRestIsCountedInTheNextLine() {
        for (int i = 0; i < 519; i++) {
            this.log.warn("refused " + i);
        }
        assertThat(this.lines).containsExactly("refused 0", "refused 1", "refused 2");

        this.now = this.now.plus(Duration.ofSeconds(61));
        this.log.warn("refused later");

        assertThat(this.lines).hasSize(4);
        assertThat(this.lines.get(3)).startsWith("refused later (516 more refusals since 2026-12-03T07:00:00Z");
    }

    @Test
    void aQuietMinuteStartsAfreshWithoutACount() {
        this.log.warn("one");
        this.now = this.now.plus(RejectionLog.WINDOW);
        this.log.warn("two");

        assertThat(this.lines).containsExactly("one", "two");
    }
}
