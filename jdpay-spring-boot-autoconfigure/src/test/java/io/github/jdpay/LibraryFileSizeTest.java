package io.github.jdpay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The charter's size rule: no main source file of the library passes 300 lines. */
class LibraryFileSizeTest {

    private static final int MAX_LINES = 300;

    @Test
    void noLibraryFilePasses300Lines() throws IOException {
        Path sources = Path.of("src/main/java");
        assertThat(sources).isDirectory();
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(sources)) {
            tooLong = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(LibraryFileSizeTest::tooLong)
                    .map(file -> sources.relativize(file) + " (" + lines(file) + " lines)")
                    .toList();
        }
        assertThat(tooLong).as("library files over " + MAX_LINES + " lines").isEmpty();
    }

    private static boolean tooLong(Path file) {
        return lines(file) > MAX_LINES;
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException ex) {
            throw new IllegalStateException("cannot read " + file, ex);
        }
    }
}
