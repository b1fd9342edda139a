package io.radlake.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorpusSpecTest {

    private static final Path DIR = Path.of("/tmp/corpus-spec-test");

    @Test
    void defaultsAreOneHundredThousandPerFileAndNothingBroken() {
        CorpusSpec spec = new CorpusSpec(1, 250, CorpusFormat.CSV, DIR);

        assertThat(spec.reportsPerFile()).isEqualTo(100_000);
        assertThat(spec.brokenFraction()).isZero();
        assertThat(spec.brokenKinds()).containsExactlyElementsOf(EnumSet.allOf(BrokenKind.class));
        assertThat(spec.shardCount()).isEqualTo(1);
        assertThat(spec.withReportsPerFile(100).shardCount()).isEqualTo(3);
    }

    @Test
    void rejectsReportCountsOutsideTheSupportedRange() {
        assertThatThrownBy(() -> new CorpusSpec(1, 5, CorpusFormat.CSV, DIR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--reports must be between 100 and 10000000, got: 5");
        assertThatThrownBy(() -> new CorpusSpec(1, 10_000_001, CorpusFormat.CSV, DIR))
                .hasMessage("--reports must be between 100 and 10000000, got: 10000001");
        assertThat(new CorpusSpec(1, 10_000_000, CorpusFormat.CSV, DIR).reports()).isEqualTo(10_000_000);
        assertThat(new CorpusSpec(1, 100, CorpusFormat.CSV, DIR).reports()).isEqualTo(100);
    }

    @Test
    void rejectsBrokenFractionOutsideZeroToHalf() {
        CorpusSpec spec = new CorpusSpec(1, 100, CorpusFormat.JSONL, DIR);

        assertThatThrownBy(() -> spec.withBroken(0.51, null))
                .hasMessage("--broken-fraction must be between 0.0 and 0.5, got: 0.51");
        assertThatThrownBy(() -> spec.withBroken(-0.1, null))
                .hasMessage("--broken-fraction must be between 0.0 and 0.5, got: -0.1");
        assertThatThrownBy(() -> spec.withBroken(Double.NaN, null))
                .hasMessage("--broken-fraction must be between 0.0 and 0.5, got: NaN");
        assertThat(spec.withBroken(0.5, null).brokenFraction()).isEqualTo(0.5);
    }

    @Test
    void rejectsNonPositiveReportsPerFile() {
        assertThatThrownBy(() -> new CorpusSpec(1, 100, CorpusFormat.CSV, DIR).withReportsPerFile(0))
                .hasMessage("--reports-per-file must be >= 1, got: 0");
    }

    @Test
    void requiresSomeKindWhenRecordsAreToBeBroken() {
        CorpusSpec spec = new CorpusSpec(1, 100, CorpusFormat.CSV, DIR);

        assertThatThrownBy(() -> spec.withBroken(0.1, Set.of()))
                .hasMessageStartingWith("--broken-kinds must name at least one of [BAD_ENCODING");
        assertThat(spec.withBroken(0.0, Set.of()).brokenKinds()).isEmpty();
    }

    @Test
    void requiresFormatAndOutputDir() {
        assertThatThrownBy(() -> new CorpusSpec(1, 100, null, DIR))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("format must be one of");
        assertThatThrownBy(() -> new CorpusSpec(1, 100, CorpusFormat.CSV, null))
                .hasMessageContaining("outputDir");
    }

    @Test
    void brokenKindsAreCopiedSoTheSpecStaysImmutable() {
        EnumSet<BrokenKind> kinds = EnumSet.of(BrokenKind.EMPTY_TEXT);
        CorpusSpec spec = new CorpusSpec(1, 100, CorpusFormat.CSV, DIR).withBroken(0.1, kinds);
        kinds.add(BrokenKind.BAD_ENCODING);

        assertThat(spec.brokenKinds()).containsExactly(BrokenKind.EMPTY_TEXT);
        assertThatThrownBy(() -> spec.brokenKinds().add(BrokenKind.OVERSIZED_TEXT))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void parsesFormatsAndKindListsForTheCommandLine() {
        assertThat(CorpusFormat.parse(" jsonl ")).isEqualTo(CorpusFormat.JSONL);
        assertThatThrownBy(() -> CorpusFormat.parse("xml"))
                .hasMessage("format must be one of CSV, JSONL, PARQUET, TEXT, got: xml");

        assertThat(BrokenKind.parseList("empty_text, BAD_ENCODING"))
                .containsExactly(BrokenKind.BAD_ENCODING, BrokenKind.EMPTY_TEXT);
        assertThat(BrokenKind.parseList("")).hasSize(BrokenKind.values().length);
        assertThatThrownBy(() -> BrokenKind.parseList("EMPTY_TEXT,LOUD"))
                .hasMessageEndingWith("got: LOUD");
    }

    @Test
    void namesShardsWithFiveDigits() {
        assertThat(CorpusFormat.CSV.shardFileName(0)).isEqualTo("reports-00000.csv");
        assertThat(CorpusFormat.JSONL.shardFileName(12)).isEqualTo("reports-00012.jsonl");
        assertThat(CorpusFormat.PARQUET.shardFileName(3)).isEqualTo("reports-00003.parquet");
        assertThat(CorpusFormat.TEXT.shardFileName(1)).isEqualTo("manifest-00001.csv");
        assertThat(CorpusFormat.CSV.shardFileName(123_456)).isEqualTo("reports-123456.csv");
    }
}
