package io.github.jdpay.benchmarks.endpoint;

import io.github.jdpay.benchmarks.Machine;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        List<Served> servers = new ArrayList<>();
        try {
            servers.add(new Served(
                    this.options.label(),
                    EndpointServer.start(
                            System.getProperty("java.class.path"),
                            jvmOptions(true),
                            this.options.jdbc(),
                            this.options.work().resolve("server.log")),
                    true));
            for (var build : this.options.compare().entrySet()) {
                servers.add(new Served(
                        build.getKey(),
                        EndpointServer.start(
                                classPath(build.getValue()),
                                jvmOptions(false),
                                this.options.jdbc(),
                                this.options.work().resolve("server-" + servers.size() + ".log")),
                        false));
            }
            String first = Files.readAllLines(replayFile(replay)).get(0);
            for (Served served : servers) {
                preflight(served, first);
            }
            progress("warm-up, " + this.options.warmupSeconds() + " s per load");
            // Duplicates first: the replayed notifications are handled then, so the mixed load's duplicates are ones.
            for (Load load : List.of(Load.BARE, Load.FLOOR, Load.DUPLICATE, Load.NEW, Load.MIX)) {
                measureAll(servers, load, replay, this.options.warmupSeconds(), false);
            }
            for (int round = 0; round < this.options.rounds(); round++) {
                boolean forward = round % 2 == 0;
                List<Load> order = forward
                        ? List.of(Load.BARE, Load.NEW, Load.FLOOR, Load.DUPLICATE, Load.MIX)
                        : List.of(Load.MIX, Load.DUPLICATE, Load.FLOOR, Load.NEW, Load.BARE);
                List<Served> turn = new ArrayList<>(servers);
                if (!forward) {
                    Collections.reverse(turn);
                }
                for (Load load : order) {
                    measureAll(turn, load, replay, this.options.seconds(), true);
                }
            }
        } finally {
            servers.forEach(served -> served.server.close());
        }
        return describe(servers, loadBefore, Machine.loadAverage());
    }

    /** Runs one load on every server that takes it, with the same bodies: each server has a store of its own. */
    private void measureAll(List<Served> servers, Load load, Path replay, int seconds, boolean record)
            throws IOException {
        Path bodies = replay;
        boolean made = load == Load.NEW || load == Load.MIX;
        if (made) {
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
        for (Served served : servers) {
            if (!load.notifies() && !served.reference) {
                continue;
            }
            if (load == Load.MIX && !served.refusesGarbage) {
                continue;
            }
            LoadResult result = measure(served, load, bodies, seconds);
            if (record) {
                served.report.add(load, result);
                if (!load.notifies()) {
                    // The other builds' ratios are to this round's bare endpoint and crypto floor.
                    servers.stream().filter(s -> !s.reference).forEach(s -> s.report.add(load, result));
                }
            }
        }
        if (made) {
            deleteBodies(bodies);
        }
    }

    private LoadResult measure(Served served, Load load, Path bodies, int seconds) {
        EndpointServer server = served.server;
        long handledBefore = server.handled();
        long cpuBefore = server.cpuMicros();
        LoadResult result = this.wrk.run(server.url(load.path), bodies, seconds);
        result = result.withServerCpu(server.cpuMicros() - cpuBefore);
        long handled = server.handled() - handledBefore;
        progress(String.format(
                Locale.ROOT,
                "%-12s %-10s %,8.0f req/s  server CPU %5.1f µs/req  p50 %6.2f ms  p99 %6.2f ms  not 2xx %d  handled"
                        + " %,d",
                served.label,
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
        String who = served.label + ": ";
        if (load == Load.NEW) {
            check(result.wraps() == 0, who + "a new-trades run ran out of notifications and repeated some");
            check(
                    handled >= result.requests(),
                    String.format(
                            Locale.ROOT,
                            who + "%,d new trades answered but only %,d handled",
                            result.requests(),
                            handled));
        } else if (load == Load.DUPLICATE && seconds != this.options.warmupSeconds()) {
            check(handled == 0, who + handled + " duplicates handled again");
        } else if (load == Load.MIX) {
            // Each wrk thread replays its file from the start, 12 new trades, 5 duplicates and 3 garbage bodies in
            // every 20: the shares hold to within a cycle per thread and the requests still in flight at the end.
            long slack = 20L * this.options.threads() + this.options.connections();
            check(result.wraps() == 0, who + "a mixed run ran out of requests and repeated some");
            check(
                    Math.abs(result.failures() - result.requests() * 3 / 20) <= slack,
                    String.format(
                            Locale.ROOT,
                            who + "%,d of %,d mixed requests not answered 2xx, where 15 %% were garbage",
                            result.failures(),
                            result.requests()));
            check(
                    Math.abs(handled - result.requests() * 12 / 20) <= slack,
                    String.format(
                            Locale.ROOT,
                            who + "%,d of %,d mixed requests handled, where 60 %% were new trades",
                            handled,
                            result.requests()));
        }
        return result;
    }

    /** The class path of another worktree's built benchmarks module, as {@code endpoint.sh} would run it. */
    private static String classPath(Path worktree) throws IOException {
        Path module = worktree.resolve("jdpay-benchmarks/target");
        return module.resolve("classes")
                + java.io.File.pathSeparator
                + Files.readString(module.resolve("classpath.txt")).trim();
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

    private void preflight(Served served, String body) {
        EndpointServer server = served.server;
        for (String path : List.of(EndpointApplication.NOTIFY_PATH, EndpointApplication.BARE_PATH)) {
            HttpResponse<String> answer = server.post(path, body);
            if (answer.statusCode() != 200 || !answer.body().equals("success")) {
                throw new IllegalStateException(served.label + ": " + path + " answered " + answer.statusCode() + " "
                        + answer.body() + " instead of 200 success");
            }
        }
        // The mixed load counts every answer that is not 2xx as garbage refused: each kind must be a 4xx, not a 5xx.
        for (int i = 0; i < NotificationBodies.GARBAGE.size(); i++) {
            HttpResponse<String> answer =
                    server.post(EndpointApplication.NOTIFY_PATH, NotificationBodies.GARBAGE.get(i));
            if (answer.statusCode() < 400 || answer.statusCode() > 499) {
                String problem = served.label + " answered " + answer.statusCode() + " " + answer.body()
                        + " to garbage body " + (i + 1) + " instead of a 4xx";
                if (served.reference) {
                    throw new IllegalStateException(problem);
                }
                // An older build that does not refuse every kind cannot be judged on the mixed load.
                served.refusesGarbage = false;
                this.notes.add(problem + ": its mixed load was not run.");
                progress(problem);
            }
        }
    }

    private List<String> jvmOptions(boolean reference) {
        List<String> jvm = new ArrayList<>(List.of("-Xms1g", "-Xmx1g"));
        this.options
                .jfr()
                .filter(file -> reference)
                .ifPresent(file -> jvm.add("-XX:StartFlightRecording=filename=" + file.toAbsolutePath()
                        + ",settings=profile,dumponexit=true"));
        return jvm;
    }

    private String describe(List<Served> servers, String loadBefore, String loadAfter) {
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
                        + " duplicates, mixed; then the other way round); wrk with %d threads and %d connections over"
                        + " loopback; idempotency store %s; server JVM -Xms1g -Xmx1g. Figures are medians over the"
                        + " rounds; a ratio is the median of each round's ratio.%n%n",
                this.options.rounds(),
                this.options.seconds(),
                this.options.warmupSeconds(),
                this.options.threads(),
                this.options.connections(),
                this.options.storeName()));
        if (servers.size() > 1) {
            sb.append(String.format(
                    Locale.ROOT,
                    "%d builds served side by side, each in a JVM of its own, loaded one after the other within each"
                            + " round (in reverse order every other round): %s. The bare endpoint and the crypto"
                            + " floor are loaded on %s only; every build's ratios are to them, in the same round.%n%n",
                    servers.size(),
                    String.join(", ", servers.stream().map(s -> s.label).toList()),
                    servers.get(0).label));
        }
        for (Served served : servers) {
            if (servers.size() > 1) {
                sb.append("#### ").append(served.label).append("\n\n");
            }
            sb.append(served.report.table(served.reference)).append('\n');
        }
        if (servers.size() > 1) {
            Map<String, EndpointReport> reports = new LinkedHashMap<>();
            servers.forEach(served -> reports.put(served.label, served.report));
            sb.append("#### Side by side\n\n").append(EndpointReport.sideBySide(reports));
        }
        this.notes.forEach(note -> sb.append('\n').append(note).append('\n'));
        return sb.toString();
    }

    private static void progress(String line) {
        System.err.println("[endpoint] " + line);
    }

    /** One build's server and what it measured. */
    private static final class Served {

        final String label;

        final EndpointServer server;

        final boolean reference;

        final EndpointReport report = new EndpointReport();

        boolean refusesGarbage = true;

        Served(String label, EndpointServer server, boolean reference) {
            this.label = label;
            this.server = server;
            this.reference = reference;
        }
    }
}
