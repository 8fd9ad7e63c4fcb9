package io.github.jdpay.benchmarks.crash;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the crash test found, and its verdict: every order's payment applied exactly once, no claim left in progress,
 * and no order waiting longer than one lease and one re-delivery gap for its first {@code success}.
 *
 * @param effects per trade number, how many times the shop's handler applied its notification (its
 *     {@code notifications_handled})
 * @param stuck per trade number, first delivery to first {@code success}; empty where none came
 * @param claimsInProgress claims of the idempotency store still unfinished at the end; empty where the store's table
 *     does not tell
 * @param bound the longest an order may wait
 */
record CrashReport(
        Map<String, Integer> effects,
        Map<String, Optional<Duration>> stuck,
        Optional<Long> claimsInProgress,
        Duration bound) {

    /** Orders by how often their effect happened: 0, 1 and 2 or more. */
    SortedMap<String, Integer> histogram() {
        SortedMap<String, Integer> histogram = new TreeMap<>(Map.of("0", 0, "1", 0, "2+", 0));
        this.effects.values().forEach(n -> histogram.merge((n >= 2) ? "2+" : String.valueOf(n), 1, Integer::sum));
        return histogram;
    }

    /** The trade numbers whose effect happened other than once. */
    List<String> notExactlyOnce() {
        List<String> orders = new ArrayList<>();
        this.effects.forEach((tradeNum, n) -> {
            if (n != 1) {
                orders.add(tradeNum + "=" + n);
            }
        });
        orders.sort(null);
        return orders;
    }

    /** The trade numbers never answered {@code success}. */
    List<String> neverSucceeded() {
        return this.stuck.entrySet().stream()
                .filter(entry -> entry.getValue().isEmpty())
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    /** The longest wait of an order that was answered {@code success}. */
    Duration longestStuck() {
        return this.stuck.values().stream()
                .flatMap(Optional::stream)
                .max(Duration::compareTo)
                .orElse(Duration.ZERO);
    }

    boolean passed() {
        return notExactlyOnce().isEmpty()
                && neverSucceeded().isEmpty()
                && this.claimsInProgress.orElse(0L) == 0
                && longestStuck().compareTo(this.bound) <= 0;
    }

    /** The lines of the verdict: histogram, the orders that break it, the longest wait, PASS or FAIL. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Effects per order (orders by how many times the handler applied its payment): " + histogram());
        List<String> wrong = notExactlyOnce();
        if (!wrong.isEmpty()) {
            lines.add("Not exactly once (" + wrong.size() + "): " + first(wrong));
        }
        List<String> never = neverSucceeded();
        lines.add("Never answered success: " + never.size() + (never.isEmpty() ? "" : " " + first(never)));
        lines.add("Claims left in progress: "
                + this.claimsInProgress.map(String::valueOf).orElse("unknown"));
        lines.add("Longest stuck (first delivery to first success): " + millis(longestStuck()) + " (bound "
                + millis(this.bound) + ")");
        lines.add((passed() ? "PASS" : "FAIL") + ": every order exactly once, none stuck longer than one lease + one"
                + " retry gap (" + millis(this.bound) + ")");
        return lines;
    }

    private static String first(List<String> items) {
        return String.join(", ", items.subList(0, Math.min(20, items.size()))) + ((items.size() > 20) ? ", ..." : "");
    }

    static String millis(Duration duration) {
        return duration.toMillis() + " ms";
    }
}
