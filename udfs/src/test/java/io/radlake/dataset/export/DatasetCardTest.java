package io.radlake.dataset.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The card is compared with golden/dataset/card.md. Run with -Dgolden.update=true to rewrite it after a deliberate
 * change, then review the diff.
 */
class DatasetCardTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/dataset/card.md");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static DatasetStats stats() {
        ExampleTally tally = new ExampleTally();
        Fixtures.train().forEach(tally::add);
        Fixtures.validation().forEach(tally::add);
        Fixtures.test().forEach(tally::add);
        return new DatasetStats("radlake-instruct", "0.1.0", tally.countsBySplitAndModality(), tally.inputTokens(),
                tally.outputTokens(),
                new TreeMap<>(Map.of("phi_leak", 2L, "too_long", 5L, "empty_output", 2L, "a|b", 1L)),
                "deid-rules-2024.06", "huggingface tokenizer.json sha256=" + "0".repeat(64), 42L,
                new TreeMap<>(Map.of("train", 0.8, "validation", 0.1, "test", 0.1)));
    }

    @Test
    void matchesTheGoldenCard() throws IOException {
        String card = DatasetCard.render(stats());
        if (UPDATE) {
            Files.writeString(GOLDEN, card, StandardCharsets.UTF_8);
        }
        assertThat(card).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void isPlainDeterministicMarkdown() {
        String card = DatasetCard.render(stats());
        assertThat(DatasetCard.render(stats())).isEqualTo(card);
        assertThat(card).doesNotContain("\r").endsWith("\n");
        assertThat(card.lines()).noneMatch(l -> l.endsWith(" ") || l.endsWith("\t"));
        assertThat(card).contains("Not for clinical use").contains("deid-rules-2024.06").contains("| Seed | 42 |");
    }

    @Test
    void sizesTableHasAColumnPerModalityAndTotals() {
        assertThat(DatasetCard.render(stats())).contains("""
                | Split | CT | MR | XR | Total |
                |---|--:|--:|--:|--:|
                | train | 2 | 1 | 1 | 4 |
                | validation | 0 | 0 | 1 | 1 |
                | test | 1 | 1 | 0 | 2 |
                | **Total** | 3 | 2 | 2 | **7** |
                """);
    }

    @Test
    void rejectReasonsAreSortedByCountThenNameAndEscaped() {
        assertThat(DatasetCard.render(stats())).contains("""
                | Reason | Count |
                |---|--:|
                | too_long | 5 |
                | empty_output | 2 |
                | phi_leak | 2 |
                | a\\|b | 1 |
                | **Total** | **10** |
                """);
    }

    @Test
    void emptyStatsStillRender() {
        DatasetStats empty = new DatasetStats("d", "v", new TreeMap<>(),
                LengthHistogram.empty(LengthHistogram.DEFAULT_UPPER_BOUNDS),
                LengthHistogram.empty(LengthHistogram.DEFAULT_UPPER_BOUNDS), new TreeMap<>(), "deid", "whitespace", 1,
                new TreeMap<>());
        assertThat(DatasetCard.render(empty)).contains("No examples.").contains("No candidate pairs were rejected.")
                .contains("| Split fractions | n/a |");
    }

    @Test
    void barsAndPercentagesUseIntegerRounding() {
        assertThat(DatasetCard.bar(0, 10)).isEmpty();
        assertThat(DatasetCard.bar(10, 10)).hasSize(DatasetCard.BAR_WIDTH);
        assertThat(DatasetCard.bar(1, 1000)).hasSize(1);
        assertThat(DatasetCard.bar(5, 10)).hasSize(15);
        assertThat(DatasetCard.percent(1, 3)).isEqualTo("33.3%");
        assertThat(DatasetCard.percent(2, 3)).isEqualTo("66.7%");
        assertThat(DatasetCard.percent(1, 8)).isEqualTo("12.5%");
        assertThat(DatasetCard.percent(0, 8)).isEqualTo("0.0%");
    }

    @Test
    void histogramBinsAreFixed() {
        LengthHistogram h = LengthHistogram.of(List.of(16, 32), 0, 16, 17, 32, 33, 5000);
        assertThat(h.counts()).containsExactly(2L, 2L, 2L);
        assertThat(h.label(0)).isEqualTo("0-16");
        assertThat(h.label(1)).isEqualTo("17-32");
        assertThat(h.label(2)).isEqualTo("33+");
        assertThat(h.plus(h).counts()).containsExactly(4L, 4L, 4L);
    }
}
