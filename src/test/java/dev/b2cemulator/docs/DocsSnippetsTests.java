package dev.b2cemulator.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Java snippet in the README and docs/ is a tagged region of a test source that
 * compiles and runs in {@code ./mvnw verify}: a {@code java} block must follow a
 * {@code <!-- snippet: path#tag -->} line and equal the region between
 * {@code // tag::tag[]} and {@code // end::tag[]} there.
 */
class DocsSnippetsTests {

    private static final Pattern JAVA_BLOCK = Pattern.compile("(?m)^([^\\n]*)\\n```java\\n(.*?)^```$", Pattern.DOTALL);

    private static final Pattern MARKER = Pattern.compile("<!-- snippet: (\\S+)#(\\S+) -->");

    @Test
    void everyJavaSnippetIsATestedRegion() throws IOException {
        List<String> checked = new ArrayList<>();
        for (Path doc : docs()) {
            Matcher block = JAVA_BLOCK.matcher(Files.readString(doc));
            while (block.find()) {
                Matcher marker = MARKER.matcher(block.group(1));
                assertThat(marker.matches()).as("the line before a java block in %s: %s", doc, block.group(1)).isTrue();
                String region = region(Path.of(marker.group(1)), marker.group(2));
                assertThat(block.group(2).stripTrailing())
                    .as("%s, snippet %s#%s", doc, marker.group(1), marker.group(2))
                    .isEqualTo(region);
                checked.add(doc + "#" + marker.group(2));
            }
        }
        assertThat(checked).as("snippets checked").hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void aRegionIsFoundDedentedAndAMissingTagFails() throws IOException {
        Path source = Path.of("src/test/java/dev/b2cemulator/docs/GraphSdkExampleIntegrationTests.java");
        assertThat(region(source, "graph-sdk")).startsWith("// Where the emulator listens").doesNotContain("tag::");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> region(source, "no-such-tag")))
            .isInstanceOf(AssertionError.class);
    }

    static List<Path> docs() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> files = Files.walk(Path.of("docs"))) {
            files.filter(file -> file.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    /** The lines between the tags, with their common indentation removed. */
    static String region(Path source, String tag) throws IOException {
        List<String> lines = Files.readAllLines(source);
        int start = indexOf(lines, "// tag::" + tag + "[]", source);
        int end = indexOf(lines, "// end::" + tag + "[]", source);
        List<String> region = lines.subList(start + 1, end);
        int indent = region.stream()
            .filter(line -> !line.isBlank())
            .mapToInt(line -> line.length() - line.stripLeading().length())
            .min()
            .orElse(0);
        return String.join("\n", region.stream().map(line -> line.isBlank() ? "" : line.substring(indent)).toList())
            .stripTrailing();
    }

    private static int indexOf(List<String> lines, String marker, Path source) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                return i;
            }
        }
        throw new AssertionError(source + " has no line " + marker);
    }

}
