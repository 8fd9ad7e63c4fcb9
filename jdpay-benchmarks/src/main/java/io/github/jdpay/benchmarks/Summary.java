package io.github.jdpay.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the codec benchmarks with JMH's GC profiler and prints a Markdown table of each codec call beside its
 * primitives, the ratio, the target and PASS/MISS; see {@code jdpay-benchmarks/run.sh} and
 * {@code docs/performance.md}.
 */
public final class Summary {

    /** What a quick run's figures are worth: one short iteration each, in this JVM, on whatever machine CI has. */
    static final String QUICK =
            "Quick run (`--quick`): every benchmark ran once, briefly and without a fork of its own,"
                    + " to show that each runs and that its set-up checks hold. The figures below are no measurement and"
                    + " their verdicts decide nothing.";

    /** The other benchmarks a quick run starts, besides the comparisons. */
    private static final String OTHERS =
            "^io\\.github\\.jdpay\\.(benchmarks\\.(TripleDesEngine|DecodeParts)|protocol\\.XmlPath)Benchmark\\.";

    private Summary() {}

    public static void main(String[] args) throws RunnerException, IOException {
        SummaryOptions options = SummaryOptions.parse(args);
        if (options.quick()) {
            // JMH's machine-wide lock keeps runs from skewing each other's timing, which a quick run does not judge.
            System.setProperty("jmh.ignoreLock", "true");
        }
        Map<String, List<Row>> rounds = new LinkedHashMap<>();
        for (int round = 0; round < options.rounds(); round++) {
            for (Comparison comparison : Comparison.values()) {
                if (!selected(options.include(), comparison)) {
                    continue;
                }
                for (Map<String, String> params : comparison.parameterSets()) {
                    for (Row row : rows(run(options, comparison, params))) {
                        rounds.computeIfAbsent(row.key(), key -> new ArrayList<>())
                                .add(row);
                    }
                }
            }
        }
        requireEveryComparison(options.include(), rounds.keySet());
        if (options.quick() && options.include().isEmpty()) {
            runOthers(options);
        }
        String report = report(rounds.values().stream().map(Rounds::new).toList());
        if (options.quick()) {
            report = QUICK + "\n\n" + report;
        }
        System.out.println();
        System.out.println(report);
        if (options.out().isPresent()) {
            Files.writeString(options.out().get(), report);
        }
    }

    /**
     * Runs one codec call and its primitives with one set of parameters, back to back, so that whatever else the
     * machine is doing weighs on both alike.
     */
    private static Collection<RunResult> run(SummaryOptions options, Comparison comparison, Map<String, String> params)
            throws RunnerException {
        ChainedOptionsBuilder jmh =
                jmh(options).include("^" + Pattern.quote(comparison.benchmarkClass.getName()) + "\\.");
        params.forEach(jmh::param);
        return new Runner(jmh.build()).run();
    }

    /**
     * The benchmarks outside the comparisons, once each, in a quick run: their set-ups check that the implementations
     * they compare agree, so that a quick run shows those still hold. The engine benchmark only at notification size.
     */
    private static void runOthers(SummaryOptions options) throws RunnerException {
        new Runner(jmh(options).include(OTHERS).param("bytes", "848").build()).run();
    }

    private static ChainedOptionsBuilder jmh(SummaryOptions options) {
        return new OptionsBuilder()
                .forks(options.forks())
                // A benchmark that throws has no figure: the run fails instead of leaving its row out.
                .shouldFailOnError(true)
                .warmupIterations(options.warmupIterations())
                .warmupTime(TimeValue.milliseconds(options.warmupMillis()))
                .measurementIterations(options.iterations())
                .measurementTime(TimeValue.milliseconds(options.millis()))
                .addProfiler(GCProfiler.class)
                .addProfiler(ThreadCpuProfiler.class);
    }

    /** Every comparison selected must have a row: a regular expression or a rename that leaves one out fails. */
    static void requireEveryComparison(Optional<String> include, Collection<String> keys) {
        long expected = Arrays.stream(Comparison.values())
                .filter(comparison -> selected(include, comparison))
                .mapToLong(comparison -> comparison.parameterSets().size())
                .sum();
        if (keys.size() != expected) {
            throw new IllegalStateException(
                    "expected " + expected + " comparisons with results but got " + keys.size() + ": " + keys);
        }
    }

    private static boolean selected(Optional<String> include, Comparison comparison) {
        return include.isEmpty()
                || Pattern.compile(include.get())
                        .matcher(comparison.benchmarkClass.getName())
                        .find();
    }

    /** Groups results by benchmark class and parameters, the codec call apart from its primitives. */
    static List<Row> rows(Collection<RunResult> results) {
        Map<String, List<RunResult>> groups = results.stream()
                .collect(Collectors.groupingBy(Summary::groupKey, LinkedHashMap::new, Collectors.toList()));
        List<Row> rows = new ArrayList<>();
        for (List<RunResult> group : groups.values()) {
            Comparison comparison = Comparison.of(group.get(0).getParams().getBenchmark());
            Optional<Figure> codec = Optional.empty();
            List<Figure> primitives = new ArrayList<>();
            for (RunResult run : group) {
                Figure figure = Figure.of(run);
                if (figure.method().equals(comparison.codecMethod)) {
                    codec = Optional.of(figure);
                } else {
                    primitives.add(figure);
                }
            }
            if (codec.isPresent() && !primitives.isEmpty()) {
                rows.add(new Row(comparison, params(group.get(0)), codec.get(), primitives));
            }
        }
        return rows;
    }

    static String report(List<Rounds> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(Machine.describe()).append("\n\n");
        sb.append("Each codec call ran back to back with its primitives, in several rounds. Times are medians of the")
                .append(" measured iterations ± half their interquartile range, from the round with the median ratio.")
                .append(" The ratio and its verdict use the CPU time of the benchmark thread; the wall-clock ratio is")
                .append(" shown beside it.\n\n");
        sb.append("| call | parameters | codec CPU µs/op | primitives CPU µs/op | codec wall µs/op |")
                .append(" primitives wall µs/op | primitives | ratio (CPU) | ratio (wall) | target | verdict |")
                .append(" CPU ratio per round |\n");
        sb.append("|---|---|---:|---:|---:|---:|---|---:|---:|---:|---|---|\n");
        rows.forEach(row -> sb.append(row.timeLine()).append('\n'));
        sb.append("\n| call | parameters | codec B/op | primitives B/op | limit | verdict |\n");
        sb.append("|---|---|---:|---:|---:|---|\n");
        rows.forEach(row -> sb.append(row.median().allocationLine()).append('\n'));
        return sb.toString();
    }

    private static String groupKey(RunResult run) {
        String benchmark = run.getParams().getBenchmark();
        return benchmark.substring(0, benchmark.lastIndexOf('.')) + " " + params(run);
    }

    private static String params(RunResult run) {
        var params = run.getParams();
        return params.getParamsKeys().stream()
                .map(key -> key + "=" + params.getParam(key))
                .collect(Collectors.joining(" "));
    }
}
