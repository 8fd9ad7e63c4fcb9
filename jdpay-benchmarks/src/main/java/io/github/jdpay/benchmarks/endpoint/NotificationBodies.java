package io.github.jdpay.benchmarks.endpoint;

import io.github.jdpay.test.notify.JdPayNotifications;
import io.github.jdpay.test.notify.NotificationContent;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Signed payment notifications of the test merchant, made ahead of a load run and written one envelope per line, one
 * file per {@code wrk} thread, so that the load generator only replays bytes. Each has its own trade number, so the
 * idempotency store sees a new trade every time.
 */
final class NotificationBodies {

    private static final JdPayNotifications NOTIFICATIONS = JdPayNotifications.testMerchant();

    /**
     * Hostile bodies of the kinds the notification issue lists, each refused with a 4xx before anything is handled:
     * a 20-byte DOCTYPE with a control character, an entity declaration, invalid UTF-8 inside an envelope, an envelope
     * cut in half, an envelope whose ciphertext was altered, and a form instead of XML. None holds a line break.
     */
    static final List<byte[]> GARBAGE = garbage();

    private NotificationBodies() {}

    private static List<byte[]> garbage() {
        byte[] valid = body("GARBAGE-BASE").getBytes(StandardCharsets.UTF_8);
        String text = new String(valid, StandardCharsets.UTF_8);
        int root = text.indexOf("<jdpay>") + "<jdpay>".length();
        byte[] invalidUtf8 = new byte[valid.length + 2];
        System.arraycopy(valid, 0, invalidUtf8, 0, root);
        invalidUtf8[root] = (byte) 0xC3;
        invalidUtf8[root + 1] = (byte) 0x28;
        System.arraycopy(valid, root, invalidUtf8, root + 2, valid.length - root);
        byte[] tampered = valid.clone();
        int encrypt = text.indexOf("<encrypt>") + "<encrypt>".length() + 40;
        tampered[encrypt] = (byte) ((tampered[encrypt] == 'A') ? 'B' : 'A');
        return List.of(
                "<!DOCTYPE a [\u0001]><a/>".getBytes(StandardCharsets.UTF_8),
                "<?xml version=\"1.0\"?><!DOCTYPE jdpay [<!ENTITY x \"y\">]><jdpay><merchant>&x;</merchant></jdpay>"
                        .getBytes(StandardCharsets.UTF_8),
                invalidUtf8,
                Arrays.copyOf(valid, valid.length / 2),
                tampered,
                "merchant=22294531&sign=AAAA".getBytes(StandardCharsets.US_ASCII));
    }

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
        return inParallel(files, index -> writeFile(base, prefix, count, files, index));
    }

    /** Writes one file per {@code wrk} thread, as many at once as there are processors: signing is the cost. */
    private static List<Path> inParallel(int files, IntFunction<Path> writer) {
        int workers = Math.max(1, Math.min(files, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<Path>> written = new ArrayList<>();
            for (int file = 0; file < files; file++) {
                int index = file;
                written.add(pool.submit(() -> writer.apply(index)));
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

    /**
     * Writes {@code count} requests of the mixed load, dealt round-robin into {@code files} files as {@link #write}
     * does: in every 20 lines of a file, 12 new trades ({@code prefix0}, {@code prefix1}, ...), 5 of the {@code handled} bodies again
     * and 3 of {@link #GARBAGE}, in that order.
     *
     * @return the files, one per {@code wrk} thread
     */
    static List<Path> writeMix(Path base, String prefix, int count, int files, List<String> handled) {
        return inParallel(files, index -> writeMixFile(base, prefix + index + "-", count, files, index, handled));
    }

    private static Path writeMixFile(Path base, String prefix, int count, int files, int index, List<String> handled) {
        Path path = base.resolveSibling(base.getFileName() + "-" + index + ".txt");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path))) {
            int line = 0;
            for (int n = index; n < count; n += files, line++) {
                int slot = line % 20;
                byte[] next = (slot < 12)
                        ? body(prefix + line).getBytes(StandardCharsets.UTF_8)
                        : (slot < 17)
                                ? handled.get((line + index) % handled.size()).getBytes(StandardCharsets.UTF_8)
                                : GARBAGE.get(line % GARBAGE.size());
                out.write(next);
                out.write('\n');
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return path;
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
