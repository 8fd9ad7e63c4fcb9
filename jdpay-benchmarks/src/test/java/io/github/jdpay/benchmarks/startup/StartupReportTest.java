package io.github.jdpay.benchmarks.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The start-up summary's reading of Spring Boot's log, its arithmetic and verdict, and its command line. */
class StartupReportTest {

    @Test
    void theStartedLineGivesTheUptime() {
        String line = "2026-11-25T17:58:49.471Z  INFO 12420 --- [jdpay-sample] [           main]"
                + " i.g.jdpay.sample.SampleShopApplication   : Started SampleShopApplication in 4.402 seconds"
                + " (process running for 5.058)";

        assertThat(StartupRun.uptimeMillis(line)).hasValue(5058.0);
        assertThat(StartupRun.uptimeMillis("Starting SampleShopApplication using Java 17"))
                .isEmpty();
    }

    @Test
    void theDifferenceIsTakenWithinEachRound() {
        StartupReport report = new StartupReport();
        report.add(Variant.WITHOUT, new StartupRun(3000, 3010, 4000));
        report.add(Variant.STARTER, new StartupRun(3100, 3110, 4200));
        report.add(Variant.WITHOUT, new StartupRun(5000, 5010, 4100));
        report.add(Variant.STARTER, new StartupRun(5300, 5310, 4300));
        report.add(Variant.WITHOUT, new StartupRun(4000, 4010, 4000));
        report.add(Variant.STARTER, new StartupRun(4120, 4130, 4200));

        assertThat(report.differences(Variant.STARTER, Variant.WITHOUT, StartupRun::uptimeMillis))
                .containsExactly(100.0, 300.0, 120.0);
        assertThat(report.passes()).isTrue();
        assertThat(report.table())
                .contains("| 4000 | 4000 | – | – | – | – | 3000, 5000, 4000 |")
                .contains("| 4120 | 4200 | **+120** vs the row above | +200 | ≤ 150 ms added | PASS |");
    }

    @Test
    void optionsAreBoundedAndCheckedByName() {
        assertThat(StartupOptions.parse().runs()).isEqualTo(10);
        assertThatThrownBy(() -> StartupOptions.parse("--runs", "500")).hasMessageContaining("at most 50");
        assertThatThrownBy(() -> StartupOptions.parse("--runs", "x")).hasMessageContaining("--runs");
        assertThatThrownBy(() -> StartupOptions.parse("--quick")).hasMessageContaining("usage");
    }
}
