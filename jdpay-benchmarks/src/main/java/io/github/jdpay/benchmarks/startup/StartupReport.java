package io.github.jdpay.benchmarks.startup;

import io.github.jdpay.benchmarks.Flags;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The start-up comparison as Markdown: per variant the median start-up, and the median of the differences between
 * starts of the same round, against issue 8's target for what the starter adds.
 */
final class StartupReport {

    /** The most the starter may add to start-up, in milliseconds. */
    static final double MAX_ADDED_MILLIS = 150;

    private final Map<Variant, List<StartupRun>> runs = new EnumMap<>(Variant.class);

    /** Records one start; starts of a variant are kept in the order of the rounds. */
    void add(Variant variant, StartupRun run) {
        this.runs.computeIfAbsent(variant, key -> new ArrayList<>()).add(run);
    }

    /** Per round, a figure of one variant less the same figure of another. */
    List<Double> differences(Variant variant, Variant base, ToDoubleFunction<StartupRun> figure) {
        List<StartupRun> mine = this.runs.getOrDefault(variant, List.of());
        List<StartupRun> bases = this.runs.getOrDefault(base, List.of());
        List<Double> differences = new ArrayList<>();
        for (int i = 0; i < Math.min(mine.size(), bases.size()); i++) {
            differences.add(figure.applyAsDouble(mine.get(i)) - figure.applyAsDouble(bases.get(i)));
        }
        return differences;
    }

    /** Whether the starter's median added start-up time is within the target. */
    boolean passes() {
        return Flags.median(differences(Variant.STARTER, Variant.WITHOUT, StartupRun::uptimeMillis))
                <= MAX_ADDED_MILLIS;
    }

    String table() {
        StringBuilder sb = new StringBuilder();
        sb.append("| application | start-up (ms) | CPU at start (ms) | difference (ms) | CPU difference (ms) |")
                .append(" target | verdict | start-up per run (ms) |\n");
        sb.append("|---|---:|---:|---:|---:|---|---|---|\n");
        row(sb, Variant.WITHOUT, null);
        row(sb, Variant.STARTER, Variant.WITHOUT);
        row(sb, Variant.SIMULATOR, Variant.STARTER);
        return sb.toString();
    }

    private void row(StringBuilder sb, Variant variant, Variant base) {
        List<StartupRun> mine = this.runs.get(variant);
        if (mine == null) {
            return;
        }
        String difference = "–";
        String cpuDifference = "–";
        if (base != null) {
            difference = String.format(
                    Locale.ROOT,
                    "**%+.0f** vs the row above",
                    Flags.median(differences(variant, base, StartupRun::uptimeMillis)));
            cpuDifference = String.format(
                    Locale.ROOT, "%+.0f", Flags.median(differences(variant, base, StartupRun::cpuMillis)));
        }
        boolean judged = variant == Variant.STARTER;
        sb.append(String.format(
                Locale.ROOT,
                "| %s | %.0f | %.0f | %s | %s | %s | %s | %s |%n",
                variant.label,
                Flags.median(mine.stream().map(StartupRun::uptimeMillis).toList()),
                Flags.median(mine.stream().map(StartupRun::cpuMillis).toList()),
                difference,
                cpuDifference,
                judged ? String.format(Locale.ROOT, "≤ %.0f ms added", MAX_ADDED_MILLIS) : "–",
                judged ? (passes() ? "PASS" : "MISS") : "–",
                Flags.each(mine.stream().map(StartupRun::uptimeMillis).toList(), 0)));
    }
}
