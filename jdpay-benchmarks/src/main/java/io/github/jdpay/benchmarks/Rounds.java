package io.github.jdpay.benchmarks;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One comparison measured in several rounds. The verdict is the median round's: a round that other work on the
 * machine skewed, in either direction, does not decide it.
 *
 * @param rounds the rows of each round, in the order they ran
 */
record Rounds(List<Row> rounds) {

    Row median() {
        List<Row> sorted = this.rounds.stream()
                .sorted(Comparator.comparingDouble(Row::ratio))
                .toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    String timeLine() {
        String each = this.rounds.stream()
                .map(row -> String.format(Locale.ROOT, "%.2f", row.ratio()))
                .collect(Collectors.joining(", "));
        return median().timeLine() + " " + each + " |";
    }
}
