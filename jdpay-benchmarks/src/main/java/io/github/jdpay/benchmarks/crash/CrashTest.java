package io.github.jdpay.benchmarks.crash;

import io.github.jdpay.benchmarks.Machine;
import io.github.jdpay.test.notify.JdPayNotifications;
import io.github.jdpay.test.notify.NotificationContent;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 14's crash test. Two instances of the sample shop share one PostgreSQL database; orders are placed over HTTP,
 * their JD-signed payment notifications sent by 16 senders split across both instances, and the first instance is
 * killed with SIGKILL after a third of them went out. Every notification is then delivered again to the survivor on
 * JD's schedule (+1, +3, +10 min), with a minute compressed to a little more than the lease. The database then tells
 * how often each order's payment was applied and which claims are still in progress.
 */
public final class CrashTest {

    private static final Pattern TRADE_NUM = Pattern.compile("\"tradeNum\"\\s*:\\s*\"([^\"]+)\"");

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final CrashOptions options;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    /** Answers by phase ("first", "+1 min", ...) and status ("200", "409", "no answer"). */
    private final Map<String, Map<String, LongAdder>> answers = new ConcurrentHashMap<>();

    private CrashTest(CrashOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        CrashOptions options;
        try {
            options = CrashOptions.parse(args);
        } catch (IllegalArgumentException ex) {
            System.err.println(ex.getMessage());
            System.exit(2);
            return;
        }
        boolean passed = new CrashTest(options).run();
        System.exit(passed ? 0 : 1);
    }

    private boolean run() throws Exception {
        Files.createDirectories(this.options.work());
        CrashDatabase database = new CrashDatabase(this.options.dbUrl());
        database.reset();
        printSettings();
        List<Integer> ports = this.options.ports();
        // One after the other: two instances creating the tables of an empty database at once collide in
        // PostgreSQL's catalogue (CREATE TABLE IF NOT EXISTS is not safe against a concurrent one).
        try (ShopInstance victim = ShopInstance.start("instance-a", this.options, ports.get(0))) {
            victim.awaitUp(this.http);
            try (ShopInstance survivor = ShopInstance.start("instance-b", this.options, ports.get(1))) {
                survivor.awaitUp(this.http);
                return run(database, victim, survivor);
            }
        }
    }

    private boolean run(CrashDatabase database, ShopInstance victim, ShopInstance survivor) throws Exception {
        List<Integer> ports = this.options.ports();
        System.out.println("Instances up: " + victim.name() + " (pid " + victim.pid() + ", port " + ports.get(0)
                + ", killed), " + survivor.name() + " (pid " + survivor.pid() + ", port " + ports.get(1) + ")");
        List<Delivery> deliveries = placeOrders(List.of(victim, survivor));
        deliver(deliveries, victim, survivor);
        CrashReport report = new CrashReport(
                database.effects(deliveries.stream().map(Delivery::tradeNum).toList()),
                stuck(deliveries),
                database.claimsInProgress(),
                this.options.stuckBound());
        printAnswers();
        report.lines().forEach(System.out::println);
        return report.passed();
    }

    private void printSettings() {
        System.out.println("Crash test, " + Instant.now() + ". " + Machine.describe());
        System.out.println("Settings: " + this.options.orders() + " orders, " + this.options.senders() + " senders,"
                + " two instances, the first SIGKILLed after " + this.options.orders() / 3 + " first deliveries; lease "
                + "(jdpay.notify.idempotency.lease via shop.notify-lease) "
                + CrashReport.millis(this.options.lease()) + "; one minute of JD's schedule = "
                + CrashReport.millis(this.options.minute()) + ", so re-deliveries at "
                + CrashOptions.SCHEDULE_MINUTES.stream()
                        .map(m -> CrashReport.millis(this.options.minute().multipliedBy(m)))
                        .toList()
                + " after each first delivery, all to the survivor; load average " + Machine.loadAverage());
    }

    /** Places the orders over HTTP, alternating between the instances, and signs each one's payment notification. */
    private List<Delivery> placeOrders(List<ShopInstance> instances) throws Exception {
        JdPayNotifications notifications = JdPayNotifications.testMerchant();
        ExecutorService pool = Executors.newFixedThreadPool(this.options.senders());
        try {
            List<Future<Delivery>> placed = new ArrayList<>();
            for (int i = 0; i < this.options.orders(); i++) {
                ShopInstance instance = instances.get(i % 2);
                long amountFen = 100 + i;
                String title = "crash " + i;
                placed.add(pool.submit(() -> {
                    String tradeNum = placeOrder(instance.base(), title, amountFen);
                    NotificationContent content =
                            NotificationContent.payment(tradeNum, amountFen, NotificationContent.now());
                    return new Delivery(tradeNum, notifications.sign(content).bytes());
                }));
            }
            List<Delivery> deliveries = new ArrayList<>();
            for (Future<Delivery> delivery : placed) {
                deliveries.add(delivery.get(2, TimeUnit.MINUTES));
            }
            System.out.println("Placed " + deliveries.size() + " orders over HTTP");
            return deliveries;
        } finally {
            pool.shutdownNow();
        }
    }

    private String placeOrder(URI base, String title, long amountFen) throws IOException, InterruptedException {
        String json = "{\"title\":\"" + title + "\",\"amountFen\":" + amountFen + ",\"channel\":\"PC\"}";
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/orders"))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher matcher = TRADE_NUM.matcher(response.body());
        if (response.statusCode() / 100 != 2 || !matcher.find()) {
            throw new IOException("placing an order answered " + response.statusCode() + ": " + response.body());
        }
        return matcher.group(1);
    }

    /**
     * First deliveries split across both instances, the victim killed after a third of them started, and each
     * notification's re-deliveries scheduled from its first delivery, to the survivor.
     */
    private void deliver(List<Delivery> deliveries, ShopInstance victim, ShopInstance survivor) throws Exception {
        List<Delivery> shuffled = new ArrayList<>(deliveries);
        Collections.shuffle(shuffled, new Random(14));
        int killAt = shuffled.size() / 3;
        AtomicInteger started = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(this.options.senders());
        ScheduledExecutorService resenders = Executors.newScheduledThreadPool(this.options.senders());
        List<Future<?>> pending = Collections.synchronizedList(new ArrayList<>());
        try {
            for (int i = 0; i < shuffled.size(); i++) {
                Delivery delivery = shuffled.get(i);
                ShopInstance target = (i % 2 == 0) ? victim : survivor;
                pending.add(senders.submit(() -> {
                    if (started.incrementAndGet() == killAt) {
                        victim.kill();
                        System.out.println("SIGKILLed " + victim.name() + " after " + killAt + " first deliveries");
                    }
                    send(target, delivery, "first");
                    for (int minutes : CrashOptions.SCHEDULE_MINUTES) {
                        Duration after = this.options.minute().multipliedBy(minutes);
                        long delay = delivery.firstSentNanos() + after.toNanos() - System.nanoTime();
                        pending.add(resenders.schedule(
                                () -> send(survivor, delivery, "+" + minutes + " min"),
                                Math.max(0, delay),
                                TimeUnit.NANOSECONDS));
                    }
                    return null;
                }));
            }
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            for (int i = 0; i < pending.size(); i++) {
                pending.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } finally {
            senders.shutdownNow();
            resenders.shutdownNow();
        }
    }

    private Void send(ShopInstance target, Delivery delivery, String phase) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(target.base().resolve("/jdpay/notify"))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/xml;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()))
                .build();
        delivery.sent(System.nanoTime());
        String status;
        try {
            HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
            status = String.valueOf(response.statusCode());
            if (response.statusCode() == 200
                    && response.body()
                            .strip()
                            .toLowerCase(java.util.Locale.ROOT)
                            .equals("success")) {
                delivery.succeeded(System.nanoTime());
            }
        } catch (IOException ex) {
            status = "no answer";
        }
        this.answers
                .computeIfAbsent(phase, key -> new ConcurrentHashMap<>())
                .computeIfAbsent(status, key -> new LongAdder())
                .increment();
        return null;
    }

    private static Map<String, Optional<Duration>> stuck(List<Delivery> deliveries) {
        Map<String, Optional<Duration>> stuck = new TreeMap<>();
        deliveries.forEach(delivery -> stuck.put(delivery.tradeNum(), delivery.stuck()));
        return stuck;
    }

    private void printAnswers() {
        List<String> phases = new ArrayList<>(List.of("first"));
        CrashOptions.SCHEDULE_MINUTES.forEach(m -> phases.add("+" + m + " min"));
        System.out.println("Answers by delivery (status: count):");
        for (String phase : phases) {
            Map<String, Long> counts = new TreeMap<>();
            this.answers.getOrDefault(phase, Map.of()).forEach((status, n) -> counts.put(status, n.sum()));
            System.out.println("  " + phase + ": " + counts);
        }
    }
}
