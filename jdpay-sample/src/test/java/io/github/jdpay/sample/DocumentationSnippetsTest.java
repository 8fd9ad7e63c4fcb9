package io.github.jdpay.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The code in the README and in docs/*.md is code of this repository: every fenced java, xml, yaml or properties block
 * is preceded by {@code <!-- snippet: PATH -->} or {@code <!-- snippet: PATH#TAG -->} and equals that file, or the
 * region between its lines holding {@code tag::TAG[]} and {@code end::TAG[]} (without them, common indentation
 * removed). So a snippet cannot drift from the application that a build compiles and tests.
 */
class DocumentationSnippetsTest {

    private static final Set<String> CHECKED = Set.of("java", "xml", "yaml", "yml", "properties");

    private static final Pattern FENCE = Pattern.compile("^\\s*```\\s*([A-Za-z0-9_+-]*)\\s*$");

    private static final Pattern MARKER =
            Pattern.compile("^\\s*<!--\\s*snippet:\\s*([^#\\s]+)(?:#(\\S+))?\\s*-->\\s*$");

    /** The repository root: the sample's tests run in jdpay-sample. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void everyCodeBlockIsAFileOrATaggedRegionOfOne() throws IOException {
        Path readme = ROOT.resolve("README.md");
        List<Path> documents = new ArrayList<>();
        documents.add(readme);
        Path docs = ROOT.resolve("docs");
        if (Files.isDirectory(docs)) {
            try (Stream<Path> files = Files.list(docs)) {
                files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(documents::add);
            }
        }
        List<String> failures = new ArrayList<>();
        for (Path document : documents) {
            failures.addAll(check(document));
        }
        assertThat(failures).as("code blocks that are not the code they name").isEmpty();
    }

    /** The failures of one document, each naming it, its line and the first line that differs. */
    static List<String> check(Path document) throws IOException {
        List<String> lines = Files.readAllLines(document, StandardCharsets.UTF_8);
        String name = ROOT.relativize(document).toString();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher fence = FENCE.matcher(lines.get(i));
            if (!fence.matches()) {
                continue;
            }
            int open = i;
            List<String> block = new ArrayList<>();
            for (i++; i < lines.size() && !FENCE.matcher(lines.get(i)).matches(); i++) {
                block.add(lines.get(i));
            }
            String language = fence.group(1).toLowerCase();
            if (!CHECKED.contains(language)) {
                continue;
            }
            String where = name + ":" + (open + 1);
            Matcher marker = (open > 0) ? MARKER.matcher(lines.get(open - 1)) : null;
            if (marker == null || !marker.matches()) {
                failures.add(where + ": a " + language + " block without a <!-- snippet: PATH --> line before it");
                continue;
            }
            String source = marker.group(1);
            String tag = marker.group(2);
            Path file = ROOT.resolve(source).normalize();
            if (!file.startsWith(ROOT) || !Files.isRegularFile(file)) {
                failures.add(where + ": names " + source + ", which is not a file of the repository");
                continue;
            }
            List<String> expected = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (tag != null) {
                expected = region(expected, tag);
                if (expected == null) {
                    failures.add(where + ": " + source + " has no region tag::" + tag + "[] ... end::" + tag + "[]");
                    continue;
                }
            }
            String difference = firstDifference(dedent(block), dedent(expected));
            if (difference != null) {
                failures.add(where + ": differs from " + source + (tag != null ? "#" + tag : "") + ": " + difference);
            }
        }
        return failures;
    }

    /** The lines strictly between those holding {@code tag::TAG[]} and {@code end::TAG[]}; null if there is none. */
    static List<String> region(List<String> lines, String tag) {
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (start < 0 && lines.get(i).contains("tag::" + tag + "[]")) {
                start = i;
            } else if (start >= 0 && lines.get(i).contains("end::" + tag + "[]")) {
                return lines.subList(start + 1, i);
            }
        }
        return null;
    }

    /** The lines without their common leading whitespace and without leading or trailing blank lines. */
    static List<String> dedent(List<String> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        List<String> kept = lines.subList(from, to);
        int indent = kept.stream()
                .filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length())
                .min()
                .orElse(0);
        return kept.stream()
                .map(line -> line.isBlank() ? "" : line.substring(indent).stripTrailing())
                .toList();
    }

    /** The first line where the block and the source differ, described; null when they are equal. */
    static String firstDifference(List<String> block, List<String> source) {
        for (int i = 0; i < Math.max(block.size(), source.size()); i++) {
            String shown = (i < block.size()) ? block.get(i) : null;
            String actual = (i < source.size()) ? source.get(i) : null;
            if (shown == null || !shown.equals(actual)) {
                return "line " + (i + 1) + " of the block is " + quote(shown) + " but the source has " + quote(actual);
            }
        }
        return null;
    }

    private static String quote(String line) {
        return (line == null) ? "nothing (the block ends there)" : "'" + line + "'";
    }
}
