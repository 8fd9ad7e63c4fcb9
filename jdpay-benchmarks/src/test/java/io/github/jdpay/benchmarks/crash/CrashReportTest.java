package io.github.jdpay.benchmarks.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CrashReportTest {

    private static final Duration BOUND = Duration.ofSeconds(11);

    @Test
    void everyOrderOnceAndInTimePasses() {
        CrashReport report = new CrashReport(
                Map.of("a", 1, "b", 1),
                Map.of("a", Optional.of(Duration.ofMillis(20)), "b", Optional.of(Duration.ofSeconds(11))),
                Optional.of(0L),
                BOUND);
        assertThat(report.histogram()).containsExactly(Map.entry("0", 0), Map.entry("1", 2), Map.entry("2+", 0));
        assertThat(report.passed()).isTrue();
        assertThat(report.lines()).last().asString().startsWith("PASS");
    }

    @Test
    void anOrderHandledTwiceFails() {
        CrashReport report = new CrashReport(
                Map.of("a", 2, "b", 1, "c", 0),
                Map.of(
                        "a",
                        Optional.of(Duration.ofMillis(20)),
                        "b",
                        Optional.of(Duration.ofMillis(20)),
                        "c",
                        Optional.of(Duration.ofMillis(20))),
                Optional.of(0L),
                BOUND);
        assertThat(report.histogram()).containsExactly(Map.entry("0", 1), Map.entry("1", 1), Map.entry("2+", 1));
        assertThat(report.notExactlyOnce()).containsExactly("a=2", "c=0");
        assertThat(report.passed()).isFalse();
    }

    @Test
    void aWaitBeyondTheBoundAClaimLeftOrNoSuccessFails() {
        Map<String, Integer> once = Map.of("a", 1);
        assertThat(new CrashReport(once, Map.of("a", Optional.of(Duration.ofMillis(11_001))), Optional.of(0L), BOUND)
                        .passed())
                .isFalse();
        assertThat(new CrashReport(once, Map.of("a", Optional.of(Duration.ofMillis(1))), Optional.of(1L), BOUND)
                        .passed())
                .isFalse();
        assertThat(new CrashReport(once, Map.of("a", Optional.empty()), Optional.of(0L), BOUND).passed())
                .isFalse();
    }
}
