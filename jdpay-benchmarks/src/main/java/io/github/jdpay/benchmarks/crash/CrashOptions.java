package io.github.jdpay.benchmarks.crash;

import io.github.jdpay.benchmarks.Flags;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Command-line options of {@link CrashTest}.
 *
 * @param jar the sample shop's executable jar
 * @param dbUrl JDBC URL of the PostgreSQL database both instances share (with user and password), emptied first
 * @param ports the two instances' HTTP ports; the first is killed
 * @param orders how many orders are placed and notified
 * @param senders concurrent senders of the first deliveries and of the re-deliveries
 * @param lease how long a notification being handled blocks its repeats, given to the shop
 * @param minute how long one minute of JD's schedule lasts in this run
 * @param work a directory for the instances' logs
 */
record CrashOptions(
        Path jar,
        String dbUrl,
        List<Integer> ports,
        int orders,
        int senders,
        Duration lease,
        Duration minute,
        Path work) {

    /** JD's re-deliveries after a delivery that was not answered {@code success}, in minutes (the first three). */
    static final List<Integer> SCHEDULE_MINUTES = List.of(1, 3, 10);

    /** Three times the store's default timeout of 2 s, the shortest lease the shop accepts with it. */
    static final Duration MIN_LEASE = Duration.ofSeconds(6);

    static final String USAGE = "usage: CrashTest --jar FILE --db-url JDBC_URL [--ports A,B] [--orders N]"
            + " [--senders N] [--lease-seconds N] [--minute-millis N] [--work DIR]";

    static CrashOptions parse(String... args) {
        Map<String, String> values = Flags.values(
                USAGE,
                args,
                "--jar",
                "--db-url",
                "--ports",
                "--orders",
                "--senders",
                "--lease-seconds",
                "--minute-millis",
                "--work");
        String jar = values.get("--jar");
        String dbUrl = values.get("--db-url");
        if (jar == null || dbUrl == null) {
            throw new IllegalArgumentException("--jar and --db-url are required; " + USAGE);
        }
        List<Integer> ports = List.of(
                        values.getOrDefault("--ports", "18510,18511").split(","))
                .stream()
                .map(port -> Flags.positive("--ports", port.strip()))
                .toList();
        if (ports.size() != 2) {
            throw new IllegalArgumentException("--ports takes two ports, such as 18510,18511");
        }
        Duration lease = Duration.ofSeconds(Flags.positive(values, "--lease-seconds", 6, 300));
        if (lease.compareTo(MIN_LEASE) < 0) {
            // The shop refuses a lease shorter than three of its store timeouts (jdpay.notify.idempotency.timeout).
            throw new IllegalArgumentException(
                    "--lease-seconds is at least " + MIN_LEASE.toSeconds() + " but was " + lease.toSeconds());
        }
        // By default a minute of JD's lasts 1.2 leases: the first re-delivery comes after the dead instance's lease ran
        // out, as JD's first re-delivery (1 min) comes after a lease of less than a minute.
        Duration minute =
                Duration.ofMillis(Flags.positive(values, "--minute-millis", (int) (lease.toMillis() * 6 / 5), 60_000));
        return new CrashOptions(
                Path.of(jar),
                dbUrl,
                ports,
                Flags.positive(values, "--orders", 600, 10_000),
                Flags.positive(values, "--senders", 16, 64),
                lease,
                minute,
                Path.of(values.getOrDefault("--work", "jdpay-benchmarks/target/crash")));
    }

    /** The gap between one re-delivery and the one before, scaled: the longest a caught-up order may still wait. */
    Duration firstGap() {
        return this.minute.multipliedBy(SCHEDULE_MINUTES.get(0));
    }

    /** The longest an order may wait from its first delivery to its first {@code success}: one lease and one gap. */
    Duration stuckBound() {
        return this.lease.plus(firstGap());
    }
}
