package io.github.jdpay.benchmarks.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The endpoint summary's reading of wrk, its arithmetic and verdicts, and its command line. */
class EndpointReportTest {

    @Test
    void theResultLineOfTheScriptIsRead() {
        String output = "Running 10s test @ http://127.0.0.1:1/bare\n"
                + "RESULT requests=20000 duration_us=10000000 status_errors=3 connect_errors=1 read_errors=0"
                + " write_errors=0 timeouts=2 p50_us=800 p90_us=2000 p99_us=9000 max_us=30000 wraps=0\n";

        LoadResult result = LoadResult.parse(output).orElseThrow();

        assertThat(result.throughput()).isEqualTo(2000);
        assertThat(result.p99Micros()).isEqualTo(9000);
        assertThat(result.failures()).isEqualTo(6);
        assertThat(result.withServerCpu(2_000_000).serverCpuPerRequest()).isEqualTo(100);
        assertThat(LoadResult.parse("wrk: connection refused")).isEmpty();
    }

    @Test
    void theRatioIsTakenWithinEachRoundAndTheMedianDecides() {
        EndpointReport report = new EndpointReport();
        report.add(Load.BARE, run(10_000, 5_000));
        report.add(Load.FLOOR, run(8_000, 5_000));
        report.add(Load.NEW, run(7_000, 15_000));
        report.add(Load.BARE, run(20_000, 5_000));
        report.add(Load.FLOOR, run(10_000, 5_000));
        report.add(Load.NEW, run(10_000, 15_000));
        report.add(Load.BARE, run(10_000, 5_000));
        report.add(Load.FLOOR, run(10_000, 5_000));
        report.add(Load.NEW, run(5_000, 15_000));

        assertThat(report.ratios(Load.NEW, Load.BARE)).containsExactly(0.7, 0.5, 0.5);
        assertThat(report.ratios(Load.NEW, Load.FLOOR)).containsExactly(0.875, 1.0, 0.5);
        assertThat(report.passes(Load.NEW)).isFalse();
        assertThat(report.table())
                .contains("| 10,000 | 0.80 | 5.00 | 0 | 1.00 | – | – | – | – | 0 of 80,000 |")
                .contains("| **0.50** | ≥ 0.90 of floor, p99 < 20 ms | MISS | 0.70, 0.50, 0.50 | 0.88 |");
        assertThat(report.table(false)).doesNotContain("bare endpoint").contains("a new trade each time");
    }

    @Test
    void aNotificationLoadPassesOnlyWithBothTargets() {
        EndpointReport fast = new EndpointReport();
        fast.add(Load.BARE, run(10_000, 5_000));
        fast.add(Load.FLOOR, run(6_000, 5_000));
        fast.add(Load.DUPLICATE, run(5_500, 15_000));
        fast.add(Load.MIX, run(3_000, 15_000));
        EndpointReport slowTail = new EndpointReport();
        slowTail.add(Load.BARE, run(10_000, 5_000));
        slowTail.add(Load.FLOOR, run(6_000, 5_000));
        slowTail.add(Load.DUPLICATE, run(5_500, 25_000));
        slowTail.add(Load.MIX, run(3_000, 25_000));
        EndpointReport belowFloor = new EndpointReport();
        belowFloor.add(Load.BARE, run(10_000, 5_000));
        belowFloor.add(Load.FLOOR, run(6_000, 5_000));
        belowFloor.add(Load.DUPLICATE, run(5_000, 15_000));

        assertThat(fast.passes(Load.DUPLICATE)).isTrue();
        assertThat(fast.passes(Load.MIX))
                .as("the mixed load is judged on its p99 only")
                .isTrue();
        assertThat(slowTail.passes(Load.DUPLICATE)).isFalse();
        assertThat(slowTail.passes(Load.MIX)).isFalse();
        assertThat(belowFloor.passes(Load.DUPLICATE))
                .as("5,000 is 0.83 of the floor")
                .isFalse();
    }

    @Test
    void buildsSideBySideAreComparedWithinEachRound() {
        EndpointReport after = new EndpointReport();
        EndpointReport before = new EndpointReport();
        for (double[] round : new double[][] {{10_000, 8_000, 4_000}, {12_000, 9_000, 6_000}}) {
            LoadResult floor = run(round[0], 5_000);
            after.add(Load.FLOOR, floor);
            before.add(Load.FLOOR, floor);
            after.add(Load.NEW, run(round[1], 10_000));
            before.add(Load.NEW, run(round[2], 30_000));
        }
        Map<String, EndpointReport> builds = new LinkedHashMap<>();
        builds.put("after", after);
        builds.put("before", before);

        assertThat(EndpointReport.sideBySide(builds))
                .contains("| new | after | 8,500 | 0.80 | 10.00 | 0 | 0.78 | 1.00, 1.00 | **1.00** |")
                .contains("| new | before | 5,000 | 0.80 | 30.00 | 0 | 0.45 | 0.50, 0.67 | **0.58** |");
    }

    @Test
    void optionsAreBoundedAndCheckedByName() {
        assertThat(EndpointOptions.parse()).satisfies(o -> {
            assertThat(o.rounds()).isEqualTo(3);
            assertThat(o.connections()).isEqualTo(16);
            assertThat(o.jdbc()).isFalse();
        });
        assertThat(EndpointOptions.parse("--store", "jdbc").jdbc()).isTrue();
        assertThatThrownBy(() -> EndpointOptions.parse("--store", "redis")).hasMessageContaining("--store");
        assertThatThrownBy(() -> EndpointOptions.parse("--seconds", "600")).hasMessageContaining("at most 60");
        assertThatThrownBy(() -> EndpointOptions.parse("--rounds", "0")).hasMessageContaining("--rounds");
        assertThatThrownBy(() -> EndpointOptions.parse("--fast")).hasMessageContaining("usage");
        assertThat(EndpointOptions.parse("--compare", "old=/tmp/a,older=/tmp/b").compare())
                .containsExactly(entry("old", Path.of("/tmp/a")), entry("older", Path.of("/tmp/b")));
        assertThat(EndpointOptions.parse().compare()).isEmpty();
        assertThatThrownBy(() -> EndpointOptions.parse("--compare", "/tmp/a")).hasMessageContaining("NAME=WORKTREE");
    }

    private static LoadResult run(double perSecond, long p99Micros) {
        return new LoadResult((long) (perSecond * 2), 2, 800, p99Micros, 2 * p99Micros, 0, 0, 0, 0);
    }
}
