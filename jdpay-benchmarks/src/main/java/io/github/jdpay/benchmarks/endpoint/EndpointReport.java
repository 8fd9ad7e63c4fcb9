package io.github.jdpay.benchmarks.endpoint;

import io.github.jdpay.benchmarks.Flags;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The endpoint comparison as Markdown: per load the medians over the rounds, the ratio of throughput to the bare
 * endpoint's and to the crypto floor's of the same round, issue 18's targets and PASS/MISS.
 */
final class EndpointReport {

    /** New trades and duplicates: throughput at least this share of the crypto floor's. */
    static final double MIN_FLOOR_RATIO = 0.90;

    /** Every notification load: the 99th percentile of latency below this. */
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

    /** Whether a notification load meets its targets, judged on the medians; the mixed load has no floor target. */
    boolean passes(Load load) {
        List<Double> toFloor = ratios(load, Load.FLOOR);
        boolean fast = load == Load.MIX || (!toFloor.isEmpty() && Flags.median(toFloor) >= MIN_FLOOR_RATIO);
        return fast && p99Millis(load) < MAX_P99_MILLIS;
    }

    private static String target(Load load) {
        return (load == Load.MIX)
                ? String.format(Locale.ROOT, "p99 < %.0f ms", MAX_P99_MILLIS)
                : String.format(Locale.ROOT, "≥ %.2f of floor, p99 < %.0f ms", MIN_FLOOR_RATIO, MAX_P99_MILLIS);
    }

    String table() {
        return table(true);
    }

    /**
     * The table; without the bare and floor rows when they are another build's, recorded here only for the ratios.
     */
    String table(boolean baselines) {
        StringBuilder sb = new StringBuilder();
        sb.append("| endpoint | requests/s | p50 (ms) | p99 (ms) | server CPU µs/request | ratio to bare | target |")
                .append(" verdict | ratio to bare per round | ratio to crypto floor | answers not 2xx |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---|---|---|---:|---:|\n");
        for (Load load : Load.values()) {
            List<LoadResult> runs = this.rounds.get(load);
            if (runs == null || (!baselines && !load.notifies())) {
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
                    notify ? target(load) : "–",
                    notify ? (passes(load) ? "PASS" : "MISS") : "–",
                    (load == Load.BARE) ? "–" : Flags.each(toBare, 2),
                    (notify && !toFloor.isEmpty()) ? String.format(Locale.ROOT, "%.2f", Flags.median(toFloor)) : "–",
                    runs.stream().mapToLong(LoadResult::failures).sum(),
                    runs.stream().mapToLong(LoadResult::requests).sum()));
        }
        return sb.toString();
    }

    /**
     * The notification loads of several builds measured in the same rounds, one row per load and build: throughput,
     * latency, the ratio to the crypto floor, and the throughput over the first build's in each round.
     */
    static String sideBySide(Map<String, EndpointReport> builds) {
        StringBuilder sb = new StringBuilder();
        sb.append("| load | build | requests/s | p50 (ms) | p99 (ms) | server CPU µs/request | ratio to crypto floor |")
                .append(" throughput over the first build's, per round | median |\n");
        sb.append("|---|---|---:|---:|---:|---:|---:|---|---:|\n");
        EndpointReport first = builds.values().iterator().next();
        for (Load load : Load.values()) {
            if (!load.notifies()) {
                continue;
            }
            for (Map.Entry<String, EndpointReport> build : builds.entrySet()) {
                EndpointReport report = build.getValue();
                List<LoadResult> runs = report.rounds.get(load);
                if (runs == null) {
                    continue;
                }
                List<Double> overFirst = new ArrayList<>();
                List<LoadResult> firsts = first.rounds.getOrDefault(load, List.of());
                for (int i = 0; i < Math.min(runs.size(), firsts.size()); i++) {
                    overFirst.add(runs.get(i).throughput() / firsts.get(i).throughput());
                }
                List<Double> toFloor = report.ratios(load, Load.FLOOR);
                sb.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %,.0f | %.2f | %.2f | %.0f | %s | %s | %s |%n",
                        load.name().toLowerCase(Locale.ROOT),
                        build.getKey(),
                        Flags.median(runs.stream().map(LoadResult::throughput).toList()),
                        Flags.median(runs.stream()
                                .map(run -> run.p50Micros() / 1000.0)
                                .toList()),
                        report.p99Millis(load),
                        Flags.median(runs.stream()
                                .map(LoadResult::serverCpuPerRequest)
                                .toList()),
                        toFloor.isEmpty() ? "–" : String.format(Locale.ROOT, "%.2f", Flags.median(toFloor)),
                        overFirst.isEmpty() ? "–" : Flags.each(overFirst, 2),
                        overFirst.isEmpty() ? "–" : String.format(Locale.ROOT, "**%.2f**", Flags.median(overFirst))));
            }
        }
        return sb.toString();
    }

    private double p99Millis(Load load) {
        return Flags.median(this.rounds.getOrDefault(load, List.of()).stream()
                .map(run -> run.p99Micros() / 1000.0)
                .toList());
    }
}
