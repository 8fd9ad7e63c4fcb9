package io.github.jdpay.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Helpers of the summaries' command lines and figures: whole-number flags, medians, formatting. */
public final class Flags {

    private Flags() {}

    /**
     * A flag's value as a whole number above 0.
     *
     * @throws IllegalArgumentException naming the flag, if the value is anything else
     */
    public static int positive(String flag, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException ex) {
            // reported below with the flag's name
        }
        throw new IllegalArgumentException(flag + " takes a whole number above 0 but was '" + value + "'");
    }

    /** The median of some figures; of an even number, the mean of the middle two. */
    public static double median(List<Double> figures) {
        if (figures.isEmpty()) {
            throw new IllegalArgumentException("no figures");
        }
        List<Double> sorted = figures.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** Figures with a fixed number of decimals, comma-separated, in the order given. */
    public static String each(List<Double> figures, int decimals) {
        return figures.stream()
                .map(figure -> String.format(Locale.ROOT, "%." + decimals + "f", figure))
                .collect(Collectors.joining(", "));
    }
}
