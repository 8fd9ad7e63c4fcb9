package io.github.jdpay.benchmarks.endpoint;

import io.github.jdpay.test.notify.JdPayNotifications;
import io.github.jdpay.test.notify.NotificationContent;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Signed payment notifications of the test merchant, made ahead of a load run and written one envelope per line, one
 * file per {@code wrk} thread, so that the load generator only replays bytes. Each has its own trade number, so the
 * idempotency store sees a new trade every time.
 */
final class NotificationBodies {

    private static final JdPayNotifications NOTIFICATIONS = JdPayNotifications.testMerchant();

    private NotificationBodies() {}

    /** The body of one payment of 1 yuan, as JD would send it. */
    static String body(String tradeNum) {
        return NOTIFICATIONS
                .sign(NotificationContent.payment(tradeNum, 100, NotificationContent.now()))
                .body();
    }

    /**
     * Writes {@code count} notifications, trade numbers {@code prefix0} to {@code prefix(count-1)}, dealt round-robin
     * into {@code files} files named {@code base-0.txt}, {@code base-1.txt}, ...
     *
     * @return the files, one per {@code wrk} thread
     */
    static List<Path> write(Path base, String prefix, int count, int files) {
        int workers = Math.max(1, Math.min(files, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<Path>> written = new ArrayList<>();
            for (int file = 0; file < files; file++) {
                int index = file;
                written.add(pool.submit(() -> writeFile(base, prefix, count, files, index)));
            }
            List<Path> paths = new ArrayList<>();
            for (Future<Path> path : written) {
                paths.add(path.get());
            }
            return paths;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while signing notifications", ex);
        } catch (ExecutionException ex) {
            throw new IllegalStateException("could not write signed notifications", ex.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Path writeFile(Path base, String prefix, int count, int files, int index) {
        Path path = base.resolveSibling(base.getFileName() + "-" + index + ".txt");
        try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            for (int n = index; n < count; n += files) {
                out.write(body(prefix + n));
                out.write('\n');
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return path;
    }
}
