package io.github.jdpay.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Helpers of the summaries' command lines and figures: whole-number flags, medians, formatting. */
public final class Flags {

    private Flags() {}

    /**
     * Reads {@code --flag value} pairs, each flag one of those given.
     *
     * @throws IllegalArgumentException with the usage, for another flag or a flag without a value
     */
    public static Map<String, String> values(String usage, String[] args, String... flags) {
        Set<String> known = Set.of(flags);
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!known.contains(args[i])) {
                throw new IllegalArgumentException("unknown option " + args[i] + "; " + usage);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value; " + usage);
            }
            values.put(args[i], args[i + 1]);
        }
        return values;
    }

    /** A flag's whole number above 0, at most {@code max}, or the default if the flag was not given. */
    public static int positive(Map<String, String> values, String flag, int defaultValue, int max) {
        int n = Optional.ofNullable(values.get(flag))
                .map(value -> positive(flag, value))
                .orElse(defaultValue);
        if (n > max) {
            throw new IllegalArgumentException(flag + " is at most " + max + " but was " + n);
        }
        return n;
    }

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
