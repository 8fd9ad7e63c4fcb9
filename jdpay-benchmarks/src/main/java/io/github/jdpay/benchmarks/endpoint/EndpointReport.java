package io.github.jdpay.benchmarks.endpoint;

import io.github.jdpay.benchmarks.Flags;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The endpoint comparison as Markdown: per load the medians over the rounds, the ratio of throughput to the bare
 * endpoint's and to the crypto floor's of the same round, issue 8's targets and PASS/MISS.
 */
final class EndpointReport {

    /** The notification endpoint's throughput at least this share of the bare endpoint's. */
    static final double MIN_RATIO = 0.60;

    /** The notification endpoint's 99th percentile of latency below this. */
    static final double MAX_P99_MILLIS = 20;

    private final Map<Load, List<LoadResult>> rounds = new EnumMap<>(Load.class);

    /** Records one load's run; runs of a load are kept in the order of the rounds. */
    void add(Load load, LoadResult result) {
        this.rounds.computeIfAbsent(load, key -> new ArrayList<>()).add(result);
    }

    /** Throughput of a load over another's, per round. */
    List<Double> ratios(Load load, Load base) {
        List<LoadResult> bases = this.rounds.getOrDefault(base, List.of());
        List<LoadResult> runs = this.rounds.getOrDefault(load, List.of());
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < Math.min(bases.size(), runs.size()); i++) {
            ratios.add(runs.get(i).throughput() / bases.get(i).throughput());
        }
        return ratios;
    }

    /** Whether a notification load meets both targets, judged on the medians. */
    boolean passes(Load load) {
        return Flags.median(ratios(load, Load.BARE)) >= MIN_RATIO && p99Millis(load) < MAX_P99_MILLIS;
    }

    String table() {
        StringBuilder sb = new StringBuilder();
        sb.append("| endpoint | requests/s | p50 (ms) | p99 (ms) | server CPU µs/request | ratio to bare | target |")
                .append(" verdict | ratio to bare per round | ratio to crypto floor | answers not 2xx |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---|---|---|---:|---:|\n");
        for (Load load : Load.values()) {
            List<LoadResult> runs = this.rounds.get(load);
            if (runs == null) {
                continue;
            }
            boolean notify = load.notifies();
            List<Double> toBare = ratios(load, Load.BARE);
            List<Double> toFloor = ratios(load, Load.FLOOR);
            sb.append(String.format(
                    Locale.ROOT,
                    "| %s | %,.0f | %.2f | %.2f | %.0f | %s | %s | %s | %s | %s | %,d of %,d |%n",
                    load.label,
                    Flags.median(runs.stream().map(LoadResult::throughput).toList()),
                    Flags.median(
                            runs.stream().map(run -> run.p50Micros() / 1000.0).toList()),
                    p99Millis(load),
                    Flags.median(
                            runs.stream().map(LoadResult::serverCpuPerRequest).toList()),
                    (load == Load.BARE) ? "1.00" : String.format(Locale.ROOT, "**%.2f**", Flags.median(toBare)),
                    notify ? String.format(Locale.ROOT, "≥ %.2f, p99 < %.0f ms", MIN_RATIO, MAX_P99_MILLIS) : "–",
                    notify ? (passes(load) ? "PASS" : "MISS") : "–",
                    (load == Load.BARE) ? "–" : Flags.each(toBare, 2),
                    (notify && !toFloor.isEmpty()) ? String.format(Locale.ROOT, "%.2f", Flags.median(toFloor)) : "–",
                    runs.stream().mapToLong(LoadResult::failures).sum(),
                    runs.stream().mapToLong(LoadResult::requests).sum()));
        }
        return sb.toString();
    }

    private double p99Millis(Load load) {
        return Flags.median(this.rounds.getOrDefault(load, List.of()).stream()
                .map(run -> run.p99Micros() / 1000.0)
                .toList());
    }
}
