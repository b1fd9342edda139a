package io.radlake.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files under golden/clean/: NAME.raw.txt is cleaned into NAME.clean.txt, whose sections are
 * NAME.sections.json. Run with -Dgolden.update=true to rewrite the expected files after a deliberate change, then
 * review the diff.
 */
class GoldenCleaningTest {

    private static final Path DIR = Path.of("src/test/resources/golden/clean");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final TextCleaner cleaner = new TextCleaner();
    private final SectionParser parser = new SectionParser();

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".raw.txt"))
                    .map(n -> n.substring(0, n.length() - ".raw.txt".length())).sorted().toList();
            return names.stream();
        }
    }

    @Test
    void thereAreGoldenCases() throws IOException {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(6);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rawIsCleanedAndParsedAsRecorded(String name) throws IOException {
        String raw = read(name + ".raw.txt");
        String cleaned = cleaner.clean(raw).text();
        String sections = JSON.writeValueAsString(asMap(parser.parse(cleaned))) + "\n";
        if (UPDATE) {
            write(name + ".clean.txt", cleaned + "\n");
            write(name + ".sections.json", sections);
        }
        assertThat(cleaned + "\n").isEqualTo(read(name + ".clean.txt"));
        assertThat(sections).isEqualTo(read(name + ".sections.json"));
        assertThat(cleaner.clean(cleaned).text()).as("idempotent").isEqualTo(cleaned);
    }

    private static Map<String, Object> asMap(ReportSections sections) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("indication", sections.indication());
        map.put("technique", sections.technique());
        map.put("comparison", sections.comparison());
        map.put("findings", sections.findings());
        map.put("impression", sections.impression());
        map.put("addendum", sections.addendum());
        map.put("findingsInferred", sections.findingsInferred());
        return map;
    }

    private static String read(String file) {
        try {
            return Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read golden file " + file, e);
        }
    }

    private static void write(String file, String content) throws IOException {
        Files.writeString(DIR.resolve(file), content, StandardCharsets.UTF_8);
    }
}
