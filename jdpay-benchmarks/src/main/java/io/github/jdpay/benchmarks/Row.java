package io.github.jdpay.benchmarks;

import java.util.List;
import java.util.Locale;

/**
 * A line of the summary: a codec measurement beside the sum of its primitives, measured with the same parameters.
 * The verdict is on the ratio of CPU times (see {@link ThreadCpuProfiler}); the wall-clock ratio is shown beside it.
 *
 * @param comparison which codec call and limits
 * @param params the JMH parameters, such as {@code keyBits=1024 request=600B}
 * @param codec the codec call
 * @param primitives each primitive alone
 */
record Row(Comparison comparison, String params, Figure codec, List<Figure> primitives) {

    /** Identifies the same comparison across rounds. */
    String key() {
        return this.comparison.label() + " " + this.params;
    }

    Figure floor() {
        return Figure.sum(
                String.join(" + ", primitives.stream().map(Figure::method).toList()), this.primitives);
    }

    double ratio() {
        return this.codec.cpuMicros() / floor().cpuMicros();
    }

    /** Relative spreads of independent quantities add in quadrature. */
    double ratioError() {
        Figure floor = floor();
        return ratio()
                * Math.hypot(this.codec.cpuError() / this.codec.cpuMicros(), floor.cpuError() / floor.cpuMicros());
    }

    double wallRatio() {
        return this.codec.micros() / floor().micros();
    }

    boolean meetsRatio() {
        return ratio() <= this.comparison.maxRatio;
    }

    String timeLine() {
        Figure floor = floor();
        return String.format(
                Locale.ROOT,
                "| %s | %s | %s | %s | %s | %s | %s | **%.2f ± %.2f** | %.2f | ≤ %.2f | %s |",
                this.comparison.label(),
                this.params,
                micros(this.codec.cpuMicros(), this.codec.cpuError()),
                micros(floor.cpuMicros(), floor.cpuError()),
                micros(this.codec.micros(), this.codec.error()),
                micros(floor.micros(), floor.error()),
                floor.method(),
                ratio(),
                ratioError(),
                wallRatio(),
                this.comparison.maxRatio,
                meetsRatio() ? "PASS" : "MISS");
    }

    String allocationLine() {
        String limit = this.comparison.maxBytesPerOp.isPresent()
                ? String.format(Locale.ROOT, "≤ %,.0f", this.comparison.maxBytesPerOp.getAsDouble())
                : "–";
        String verdict = this.comparison.maxBytesPerOp.isPresent()
                ? (this.codec.bytes() <= this.comparison.maxBytesPerOp.getAsDouble() ? "PASS" : "MISS")
                : "–";
        return String.format(
                Locale.ROOT,
                "| %s | %s | %,.0f | %,.0f | %s | %s |",
                this.comparison.label(),
                this.params,
                this.codec.bytes(),
                floor().bytes(),
                limit,
                verdict);
    }

    private static String micros(double value, double error) {
        return String.format(Locale.ROOT, "%.1f ± %.1f", value, error);
    }
}
