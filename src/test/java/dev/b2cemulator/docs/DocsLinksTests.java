package dev.b2cemulator.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The docs hold together: every relative link leads to a file of the repository, the
 * README stays a short front page, and nothing in the code cites a document the
 * repository does not have.
 */
class DocsLinksTests {

    private static final Pattern RELATIVE_LINK = Pattern.compile("\\]\\((?!https?:|#)([^)#\\s]+)(#[^)]*)?\\)");

    private static final Pattern ANCHOR_LINK = Pattern.compile("\\]\\((?!https?:)([^)#\\s]*)#([^)\\s]+)\\)");

    private static final Pattern HEADING = Pattern.compile("^#{1,6} (.+)$", Pattern.MULTILINE);

    @Test
    void everyRelativeLinkLeadsToAFile() throws IOException {
        for (Path doc : DocsSnippetsTests.docs()) {
            Matcher link = RELATIVE_LINK.matcher(Files.readString(doc));
            while (link.find()) {
                Path target = doc.toAbsolutePath().getParent().resolve(link.group(1)).normalize();
                assertThat(target).as("link %s in %s", link.group(1), doc).exists();
            }
        }
    }

    @Test
    void everyAnchorNamesAHeadingOfItsDocument() throws IOException {
        for (Path doc : DocsSnippetsTests.docs()) {
            Matcher link = ANCHOR_LINK.matcher(Files.readString(doc));
            while (link.find()) {
                Path target = link.group(1).isEmpty() ? doc
                        : doc.toAbsolutePath().getParent().resolve(link.group(1)).normalize();
                if (target.toString().endsWith(".md")) {
                    assertThat(anchors(target)).as("#%s in %s (a link in %s)", link.group(2), target, doc)
                        .contains(link.group(2));
                }
            }
        }
    }

    /** The anchors GitHub gives a document's headings. */
    static Set<String> anchors(Path doc) throws IOException {
        Set<String> anchors = new HashSet<>();
        Matcher heading = HEADING.matcher(Files.readString(doc));
        while (heading.find()) {
            anchors.add(heading.group(1)
                .strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N} _-]", "")
                .replace(' ', '-'));
        }
        return anchors;
    }

    @Test
    void theReadmeIsAShortFrontPage() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("README.md"));
        assertThat(readme).as("README.md lines (reference material belongs in docs/)").hasSizeLessThan(150);
        assertThat(String.join("\n", readme)).contains("./mvnw spring-boot:run", "./mvnw verify", "docs/API.md",
                "docs/TESTING.md", "docs/CI.md");
    }

    @Test
    void theCodeCitesNoDocumentOutsideTheRepository() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src"))) {
            for (Path source : sources.filter(Files::isRegularFile)
                .filter(file -> !file.endsWith("DocsLinksTests.java"))
                .toList()) {
                assertThat(Files.readString(source)).as(source.toString()).doesNotContain("CONTRACT");
            }
        }
    }

}
