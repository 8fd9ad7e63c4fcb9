package io.github.jdpay.benchmarks.endpoint;

import io.github.jdpay.benchmarks.Machine;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Loads the notification endpoint and the bare endpoint of one {@link EndpointApplication} with {@code wrk} over
 * loopback, alternating in rounds, and prints a Markdown table with the ratio, the targets and PASS/MISS; see
 * {@code jdpay-benchmarks/endpoint.sh} and {@code docs/performance.md}.
 */
public final class EndpointSummary {

    /** Distinct notifications replayed by the bare and duplicate loads. */
    private static final int REPLAYED = 512;

    /** The most new trades signed for one run, about 600 MB of bodies. */
    private static final int MAX_NEW_TRADES = 250_000;

    private final EndpointOptions options;

    private final Wrk wrk;

    private final List<String> notes = new ArrayList<>();

    private final String stamp = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);

    private double notifyPerSecond = 12_000;

    private int batch;

    private EndpointSummary(EndpointOptions options) {
        this.options = options;
        this.wrk = new Wrk(options.script(), options.threads(), options.connections());
    }

    public static void main(String[] args) throws IOException {
        EndpointOptions options = EndpointOptions.parse(args);
        String report = new EndpointSummary(options).run();
        System.out.println();
        System.out.println(report);
        if (options.out().isPresent()) {
            Files.writeString(options.out().get(), report);
        }
    }

    private String run() throws IOException {
        Files.createDirectories(this.options.work());
        Path replay = this.options.work().resolve("replay");
        NotificationBodies.write(replay, "R" + this.stamp + "-", REPLAYED, this.options.threads());
        String loadBefore = Machine.loadAverage();
        EndpointReport report = new EndpointReport();
        try (EndpointServer server = EndpointServer.start(
                jvmOptions(), this.options.jdbc(), this.options.work().resolve("server.log"))) {
            preflight(
                    server,
                    Files.readAllLines(this.options.work().resolve("replay-0.txt"))
                            .get(0));
            progress("warm-up, " + this.options.warmupSeconds() + " s per load");
            // Duplicates first: the replayed notifications are handled then, so the mixed load's duplicates are ones.
            for (Load load : List.of(Load.BARE, Load.FLOOR, Load.DUPLICATE, Load.NEW, Load.MIX)) {
                measure(server, load, replay, this.options.warmupSeconds());
            }
            for (int round = 0; round < this.options.rounds(); round++) {
                List<Load> order = (round % 2 == 0)
                        ? List.of(Load.BARE, Load.NEW, Load.FLOOR, Load.DUPLICATE, Load.MIX)
                        : List.of(Load.MIX, Load.DUPLICATE, Load.FLOOR, Load.NEW, Load.BARE);
                for (Load load : order) {
                    report.add(load, measure(server, load, replay, this.options.seconds()));
                }
            }
        }
        return describe(report, loadBefore, Machine.loadAverage());
    }

    private LoadResult measure(EndpointServer server, Load load, Path replay, int seconds) throws IOException {
        Path bodies = replay;
        if (load == Load.NEW || load == Load.MIX) {
            // As many requests as the fastest notification load seen so far would take in the time, with a margin,
            // signed before the run starts; duplicates are the faster case, so their rate bounds this one's.
            int count = (int) Math.min(MAX_NEW_TRADES, this.notifyPerSecond * seconds * 1.5);
            String prefix = ((load == Load.NEW) ? "N" : "M") + this.stamp + "-" + this.batch + "-";
            bodies = this.options.work().resolve(load.name().toLowerCase(Locale.ROOT) + "-" + this.batch++);
            if (load == Load.NEW) {
                NotificationBodies.write(bodies, prefix, count, this.options.threads());
            } else {
                NotificationBodies.writeMix(
                        bodies, prefix, count, this.options.threads(), Files.readAllLines(replayFile(replay)));
            }
        }
        long handledBefore = server.handled();
        long cpuBefore = server.cpuMicros();
        LoadResult result = this.wrk.run(server.url(load.path), bodies, seconds);
        result = result.withServerCpu(server.cpuMicros() - cpuBefore);
        long handled = server.handled() - handledBefore;
        progress(String.format(
                Locale.ROOT,
                "%-10s %,8.0f req/s  server CPU %5.1f µs/req  p50 %6.2f ms  p99 %6.2f ms  not 2xx %d  handled %,d",
                load,
                result.throughput(),
                result.serverCpuPerRequest(),
                result.p50Micros() / 1000.0,
                result.p99Micros() / 1000.0,
                result.failures(),
                handled));
        if (load.notifies()) {
            this.notifyPerSecond = Math.max(this.notifyPerSecond, result.throughput());
        }
        if (load == Load.NEW) {
            check(result.wraps() == 0, "a new-trades run ran out of notifications and repeated some");
            check(
                    handled >= result.requests(),
                    String.format(
                            Locale.ROOT, "%,d new trades answered but only %,d handled", result.requests(), handled));
            deleteBodies(bodies);
        } else if (load == Load.DUPLICATE && seconds != this.options.warmupSeconds()) {
            check(handled == 0, handled + " duplicates handled again");
        } else if (load == Load.MIX) {
            // Each wrk thread replays its file from the start, 12 new trades, 5 duplicates and 3 garbage bodies in
            // every 20: the shares hold to within a cycle per thread and the requests still in flight at the end.
            long slack = 20L * this.options.threads() + this.options.connections();
            check(result.wraps() == 0, "a mixed run ran out of requests and repeated some");
            check(
                    Math.abs(result.failures() - result.requests() * 3 / 20) <= slack,
                    String.format(
                            Locale.ROOT,
                            "%,d of %,d mixed requests not answered 2xx, where 15 %% were garbage",
                            result.failures(),
                            result.requests()));
            check(
                    Math.abs(handled - result.requests() * 12 / 20) <= slack,
                    String.format(
                            Locale.ROOT,
                            "%,d of %,d mixed requests handled, where 60 %% were new trades",
                            handled,
                            result.requests()));
            deleteBodies(bodies);
        }
        return result;
    }

    private void deleteBodies(Path bodies) throws IOException {
        for (int thread = 0; thread < this.options.threads(); thread++) {
            Files.deleteIfExists(bodies.resolveSibling(bodies.getFileName() + "-" + thread + ".txt"));
        }
    }

    /** The replayed notifications of the first {@code wrk} thread's file: all of them handled in the warm-up. */
    private static Path replayFile(Path replay) {
        return replay.resolveSibling(replay.getFileName() + "-0.txt");
    }

    private void check(boolean condition, String message) {
        if (!condition) {
            String note = "Check failed: " + message + ".";
            progress(note);
            this.notes.add(note);
        }
    }

    private static void preflight(EndpointServer server, String body) {
        for (String path : List.of(EndpointApplication.NOTIFY_PATH, EndpointApplication.BARE_PATH)) {
            HttpResponse<String> answer = server.post(path, body);
            if (answer.statusCode() != 200 || !answer.body().equals("success")) {
                throw new IllegalStateException(
                        path + " answered " + answer.statusCode() + " " + answer.body() + " instead of 200 success");
            }
        }
        // The mixed load counts every answer that is not 2xx as garbage refused: each kind must be a 4xx, not a 5xx.
        for (byte[] garbage : NotificationBodies.GARBAGE) {
            HttpResponse<String> answer = server.post(EndpointApplication.NOTIFY_PATH, garbage);
            if (answer.statusCode() < 400 || answer.statusCode() > 499) {
                throw new IllegalStateException("a garbage body was answered " + answer.statusCode() + " "
                        + answer.body() + " instead of a 4xx");
            }
        }
    }

    private List<String> jvmOptions() {
        List<String> jvm = new ArrayList<>(List.of("-Xms1g", "-Xmx1g"));
        this.options
                .jfr()
                .ifPresent(file -> jvm.add("-XX:StartFlightRecording=filename=" + file.toAbsolutePath()
                        + ",settings=profile,dumponexit=true"));
        return jvm;
    }

    private String describe(EndpointReport report, String loadBefore, String loadAfter) {
        StringBuilder sb = new StringBuilder();
        sb.append(Machine.describe())
                .append(". Load average before the run ")
                .append(loadBefore)
                .append(", after it ")
                .append(loadAfter)
                .append(".\n\n");
        sb.append(String.format(
                Locale.ROOT,
                "%d rounds of %d s per load after %d s of warm-up each, alternating (bare, new trades, floor,"
                        + " duplicates, mixed; then the other way round); wrk with %d threads and %d connections over loopback; idempotency store"
                        + " %s; server JVM -Xms1g -Xmx1g. Figures are medians over the rounds; the ratio is the"
                        + " median of each round's throughput over that round's bare endpoint.%n%n",
                this.options.rounds(),
                this.options.seconds(),
                this.options.warmupSeconds(),
                this.options.threads(),
                this.options.connections(),
                this.options.storeName()));
        sb.append(report.table());
        this.notes.forEach(note -> sb.append('\n').append(note).append('\n'));
        return sb.toString();
    }

    private static void progress(String line) {
        System.err.println("[endpoint] " + line);
    }
}
