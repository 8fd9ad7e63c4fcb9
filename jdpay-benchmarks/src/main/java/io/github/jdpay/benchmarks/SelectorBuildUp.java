package io.github.jdpay.benchmarks;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sustained payments through the client as it is, to a gateway on loopback that keeps connections alive, sampling
 * each second the JDK selector threads alive and the connections the gateway holds open: whether the client leaves
 * threads or connections behind its payments. Linux only (reads {@code /proc/net/tcp}).
 *
 * <pre>java -Xmx256m -cp jdpay-benchmarks/target/benchmarks.jar -Dsun.net.httpserver.nodelay=true \
 *     io.github.jdpay.benchmarks.SelectorBuildUp [payments] [threads] [seconds after]</pre>
 */
public final class SelectorBuildUp {

    private SelectorBuildUp() {}

    public static void main(String[] args) throws Exception {
        int payments = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int after = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        ClientConnectionBenchmark gateway = new ClientConnectionBenchmark();
        gateway.connections = System.getProperty("connections", "fresh");
        gateway.setUp();
        int port = gateway.port();
        System.out.printf(
                Locale.ROOT,
                "java %s, max heap %d MiB, GC %s, %d payments on %d threads, connections=%s%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20,
                gcNames(),
                payments,
                threads,
                gateway.connections);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        int[] peak = new int[2];
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        sampler.scheduleAtFixedRate(
                () -> {
                    int selectors = selectorThreads();
                    int sockets = serverSockets(port);
                    peak[0] = Math.max(peak[0], selectors);
                    peak[1] = Math.max(peak[1], sockets);
                    System.out.printf(
                            Locale.ROOT,
                            "t=%3ds done=%5d selectorThreads=%4d serverSockets=%4d clientSockets=%4d heapUsed=%4dMiB gcs=%d%n",
                            TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start),
                            done.get(),
                            selectors,
                            sockets,
                            clientSockets(port),
                            (Runtime.getRuntime().totalMemory()
                                            - Runtime.getRuntime().freeMemory())
                                    >> 20,
                            gcCount());
                },
                0,
                1,
                TimeUnit.SECONDS);
        CountDownLatch finished = new CountDownLatch(threads);
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(() -> {
                try {
                    while (next.getAndIncrement() < payments) {
                        try {
                            gateway.uniOrder();
                            done.incrementAndGet();
                        } catch (RuntimeException ex) {
                            failed.incrementAndGet();
                        }
                    }
                } finally {
                    finished.countDown();
                }
            });
            worker.start();
        }
        finished.await();
        long loadMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        System.out.printf(Locale.ROOT, "load over after %d ms, %d failed%n", loadMillis, failed.get());
        Thread.sleep(TimeUnit.SECONDS.toMillis(after));
        if (Boolean.getBoolean("fullGc")) {
            // Tells clients nothing holds (only not yet collected) from clients something still holds.
            System.out.println("System.gc()");
            System.gc();
            Thread.sleep(TimeUnit.SECONDS.toMillis(5));
        }
        sampler.shutdown();
        sampler.awaitTermination(5, TimeUnit.SECONDS);
        System.out.printf(
                Locale.ROOT,
                "peak selectorThreads=%d serverSockets=%d; at the end %d and %d%n",
                peak[0],
                peak[1],
                selectorThreads(),
                serverSockets(port));
        gateway.tearDown();
    }

    private static int selectorThreads() {
        int count = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().contains("SelectorManager")) {
                count++;
            }
        }
        return count;
    }

    /** Established TCP connections whose local port is the gateway's: the gateway's side of each. */
    private static int serverSockets(int port) {
        String local = String.format(Locale.ROOT, ":%04X", port);
        int count = 0;
        for (String file : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(file))) {
                    String[] fields = line.trim().split("\\s+");
                    if (fields.length > 3 && fields[1].endsWith(local) && fields[3].equals("01")) {
                        count++;
                    }
                }
            } catch (IOException ex) {
                // No IPv6 table on this machine.
            }
        }
        return count;
    }

    /** TCP connections, in any state but TIME_WAIT, whose remote port is the gateway's: the clients' side of each. */
    private static int clientSockets(int port) {
        String remote = String.format(Locale.ROOT, ":%04X", port);
        int count = 0;
        for (String file : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(file))) {
                    String[] fields = line.trim().split("\\s+");
                    if (fields.length > 3 && fields[2].endsWith(remote) && !fields[3].equals("06")) {
                        count++;
                    }
                }
            } catch (IOException ex) {
                // No IPv6 table on this machine.
            }
        }
        return count;
    }

    private static List<String> gcNames() {
        List<String> names = new ArrayList<>();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            names.add(gc.getName());
        }
        return names;
    }

    private static long gcCount() {
        long count = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += gc.getCollectionCount();
        }
        return count;
    }
}
