package io.github.jdpay.benchmarks;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.openjdk.jmh.annotations.Param;

/**
 * What each benchmark class compares: one codec method against the sum of every other method of the class (its
 * primitives over the same bytes), with issue 8's limits.
 */
enum Comparison {

    /** Request encoding must stay within 15% of its cryptography. */
    ENCODE(EncodeBenchmark.class, "seal", 1.15, OptionalDouble.empty()),

    /** Notification decoding must stay within 25% of its cryptography and allocate at most 16 KB. */
    DECODE(DecodeBenchmark.class, "open", 1.25, OptionalDouble.of(16 * 1024));

    final Class<?> benchmarkClass;

    final String codecMethod;

    final double maxRatio;

    final OptionalDouble maxBytesPerOp;

    Comparison(Class<?> benchmarkClass, String codecMethod, double maxRatio, OptionalDouble maxBytesPerOp) {
        this.benchmarkClass = benchmarkClass;
        this.codecMethod = codecMethod;
        this.maxRatio = maxRatio;
        this.maxBytesPerOp = maxBytesPerOp;
    }

    /** The comparison a fully qualified benchmark method name belongs to, if any. */
    static Comparison of(String benchmark) {
        for (Comparison comparison : values()) {
            if (benchmark.startsWith(comparison.benchmarkClass.getName() + ".")) {
                return comparison;
            }
        }
        throw new IllegalArgumentException("benchmark " + benchmark + " belongs to no comparison");
    }

    /** Every combination of the values of the benchmark class's {@code @Param} fields. */
    List<Map<String, String>> parameterSets() {
        List<Map<String, String>> sets = List.of(Map.of());
        for (Field field : this.benchmarkClass.getFields()) {
            Param param = field.getAnnotation(Param.class);
            if (param == null) {
                continue;
            }
            List<Map<String, String>> extended = new ArrayList<>();
            for (Map<String, String> set : sets) {
                for (String value : param.value()) {
                    Map<String, String> next = new LinkedHashMap<>(set);
                    next.put(field.getName(), value);
                    extended.add(next);
                }
            }
            sets = extended;
        }
        return sets;
    }

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
