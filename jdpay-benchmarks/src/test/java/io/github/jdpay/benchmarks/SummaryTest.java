package io.github.jdpay.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The summary's arithmetic and verdicts, and its command line. */
class SummaryTest {

    @Test
    void ratioIsTheCodecOverTheSumOfItsPrimitives() {
        Row row = new Row(
                Comparison.DECODE,
                "keyBits=1024",
                new Figure("open", 90, 9, 60, 3, 15_000),
                List.of(new Figure("rsa", 10, 0, 10, 0, 3_000), new Figure("tripleDes", 50, 5, 40, 4, 1_000)));

        assertThat(row.ratio()).isEqualTo(1.2);
        assertThat(row.floor().cpuError()).isEqualTo(4);
        assertThat(row.floor().bytes()).isEqualTo(4_000);
        assertThat(row.wallRatio()).isEqualTo(1.5);
        assertThat(row.timeLine()).contains("| **1.20 ± 0.11** | 1.50 | ≤ 1.25 | PASS |");
        assertThat(row.allocationLine()).endsWith("| 15,000 | 4,000 | ≤ 16,384 | PASS |");
    }

    @Test
    void aCodecAboveItsTargetIsAMiss() {
        Row row = encode(120);

        assertThat(row.meetsRatio()).isFalse();
        assertThat(row.timeLine()).contains("| 120.0 ± 0.0 | 100.0 ± 0.0 |").endsWith("| ≤ 1.15 | MISS |");
        assertThat(row.allocationLine()).endsWith("| – | – |");
    }

    @Test
    void theMedianRoundDecides() {
        Rounds rounds = new Rounds(List.of(encode(130), encode(110), encode(300)));

        assertThat(rounds.median().ratio()).isEqualTo(1.3);
        assertThat(rounds.timeLine()).contains("| MISS |").endsWith("| 1.30, 1.10, 3.00 |");
    }

    @Test
    void everyCombinationOfParametersIsCompared() {
        assertThat(Comparison.ENCODE.parameterSets())
                .containsExactlyInAnyOrder(
                        Map.of("keyBits", "1024", "request", "600B"),
                        Map.of("keyBits", "1024", "request", "64KB"),
                        Map.of("keyBits", "2048", "request", "600B"),
                        Map.of("keyBits", "2048", "request", "64KB"));
    }

    private static Row encode(double sealMicros) {
        return new Row(
                Comparison.ENCODE,
                "keyBits=1024 request=600B",
                new Figure("seal", sealMicros, 0, sealMicros, 0, 1),
                List.of(new Figure("rsa", 100, 0, 100, 0, 1)));
    }

    @Test
    void optionsDefaultToAShortRunAndLongLengthensIt() {
        assertThat(SummaryOptions.parse()).satisfies(o -> {
            assertThat(o.rounds()).isEqualTo(3);
            assertThat(o.iterations()).isEqualTo(5);
        });
        assertThat(SummaryOptions.parse("--long", "--iterations", "7")).satisfies(o -> {
            assertThat(o.rounds()).isEqualTo(5);
            assertThat(o.iterations()).isEqualTo(7);
        });
        assertThatThrownBy(() -> SummaryOptions.parse("--forks", "0")).hasMessageContaining("--forks");
        assertThatThrownBy(() -> SummaryOptions.parse("--fast")).hasMessageContaining("usage");
    }

    @Test
    void quickRunsEachBenchmarkOnceInThisJvm() {
        assertThat(SummaryOptions.parse("--quick")).satisfies(o -> {
            assertThat(o.quick()).isTrue();
            assertThat(o.rounds()).isEqualTo(1);
            assertThat(o.forks()).isZero();
            assertThat(o.iterations()).isEqualTo(1);
        });
        assertThat(SummaryOptions.parse().quick()).isFalse();
    }

    @Test
    void aSelectedComparisonWithoutResultsFailsTheRun() {
        List<String> all = List.of(
                "encode keyBits=1024 request=600B",
                "encode keyBits=1024 request=64KB",
                "encode keyBits=2048 request=600B",
                "encode keyBits=2048 request=64KB",
                "decode keyBits=1024",
                "decode keyBits=2048");

        Summary.requireEveryComparison(Optional.empty(), all);
        Summary.requireEveryComparison(Optional.of("Decode"), all.subList(4, 6));
        assertThatThrownBy(() -> Summary.requireEveryComparison(Optional.empty(), all.subList(0, 5)))
                .hasMessageContaining("expected 6 comparisons with results but got 5");
        assertThatThrownBy(() -> Summary.requireEveryComparison(Optional.of("Decode"), List.of()))
                .hasMessageContaining("expected 2");
    }
}
