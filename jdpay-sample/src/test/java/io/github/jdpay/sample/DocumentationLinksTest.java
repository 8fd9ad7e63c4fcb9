package io.github.jdpay.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The documents a user reads stay true to the repository: every relative link names a file that exists (and a
 * heading of it, where it names one), every other link is a public {@code https} address, and the README stays a
 * guide of at most 250 lines.
 */
class DocumentationLinksTest {

    /** An inline Markdown link or image: {@code [text](target)}, the target without a title. */
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*$");

    private static final Pattern FENCE = Pattern.compile("^\\s*```.*$");

    /** The repository root: the sample's tests run in jdpay-sample. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void everyLinkResolvesInsideTheRepositoryOrToAPublicSite() throws IOException {
        List<String> failures = new ArrayList<>();
        for (Path document : documents()) {
            failures.addAll(check(document));
        }
        assertThat(failures).as("links that lead nowhere").isEmpty();
    }

    @Test
    void theReadmeIsAGuideOfAtMost250Lines() throws IOException {
        assertThat(Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8))
                .hasSizeLessThanOrEqualTo(250);
    }

    private static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>();
        for (String name :
                List.of("README.md", "CHANGELOG.md", "jdpay-sample/README.md", "jdpay-spring-boot-test/README.md")) {
            Path path = ROOT.resolve(name);
            if (Files.exists(path)) {
                documents.add(path);
            }
        }
        try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
            files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    private static List<String> check(Path document) throws IOException {
        List<String> failures = new ArrayList<>();
        String name = ROOT.relativize(document).toString();
        List<String> lines = Files.readAllLines(document, StandardCharsets.UTF_8);
        boolean inCode = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (FENCE.matcher(line).matches()) {
                inCode = !inCode;
                continue;
            }
            if (inCode) {
                continue;
            }
            Matcher link = LINK.matcher(line);
            while (link.find()) {
                String problem = problem(document, link.group(1));
                if (problem != null) {
                    failures.add(name + ":" + (i + 1) + ": " + link.group(1) + ": " + problem);
                }
            }
        }
        return failures;
    }

    private static String problem(Path document, String target) throws IOException {
        if (target.contains("shared/")) {
            return "points into the team's notes, which users do not have";
        }
        if (target.startsWith("https://")) {
            return null;
        }
        if (target.contains("://")) {
            return "not https";
        }
        int hash = target.indexOf('#');
        String file = (hash >= 0) ? target.substring(0, hash) : target;
        String anchor = (hash >= 0) ? target.substring(hash + 1) : null;
        Path path =
                file.isEmpty() ? document : document.getParent().resolve(file).normalize();
        if (!path.startsWith(ROOT)) {
            return "leaves the repository";
        }
        if (!Files.exists(path)) {
            return "no such file";
        }
        if (anchor != null && path.toString().endsWith(".md") && !anchors(path).contains(anchor)) {
            return "no such heading";
        }
        return null;
    }

    /** The anchors GitHub gives the headings of a Markdown file: lower case, punctuation dropped, spaces to hyphens. */
    static Set<String> anchors(Path markdown) throws IOException {
        Set<String> anchors = new TreeSet<>();
        boolean inCode = false;
        for (String line : Files.readAllLines(markdown, StandardCharsets.UTF_8)) {
            if (FENCE.matcher(line).matches()) {
                inCode = !inCode;
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (!inCode && heading.matches()) {
                String text = heading.group(1).replace("`", "").toLowerCase(Locale.ROOT);
                anchors.add(text.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }
}
