package io.radlake.corpus;

import io.radlake.phi.PhiCategory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusWriterTest {

    private static final long SEED = 99L;
    private static final int REPORTS = 300;
    private static final int PER_FILE = 120;
    private static final String HEADER = "report_id,patient_id,accession_number,study_datetime,modality,body_part,"
            + "site_id,patient_sex,patient_age,race_ethnicity,insurance_type,encounter_type,priority,"
            + "scanner_manufacturer,";

    @TempDir
    Path temp;

    private CorpusSummary write(CorpusFormat format, Path dir) {
        return new CorpusWriter().write(new CorpusSpec(SEED, REPORTS, format, dir).withReportsPerFile(PER_FILE));
    }

    private static List<GeneratedReport> expected() {
        ReportGenerator generator = new ReportGenerator(SEED);
        List<GeneratedReport> reports = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) {
            reports.add(generator.generate(i));
        }
        return reports;
    }

    @Test
    void csvRoundTripsToTheGeneratedReports() {
        Path dir = temp.resolve("csv");
        CorpusSummary summary = write(CorpusFormat.CSV, dir);

        assertThat(summary.dataFiles()).containsExactly("reports-00000.csv", "reports-00001.csv", "reports-00002.csv");
        List<List<byte[]>> records = new ArrayList<>();
        for (String file : summary.dataFiles()) {
            String raw = CorpusFiles.utf8(CorpusFiles.bytes(dir.resolve(file)));
            assertThat(raw).startsWith(HEADER + "report_text\n").endsWith("\n").doesNotContain("\r");
            List<List<byte[]>> parsed = CsvTestParser.parse(CorpusFiles.bytes(dir.resolve(file)));
            records.addAll(parsed.subList(1, parsed.size()));
        }
        List<GeneratedReport> expected = expected();
        assertThat(records).hasSize(REPORTS);
        for (int i = 0; i < REPORTS; i++) {
            List<byte[]> fields = records.get(i);
            assertThat(fields).hasSize(15);
            List<String> values = fields.stream().map(CorpusFiles::utf8).toList();
            assertThat(values.subList(0, 14)).isEqualTo(CorpusFiles.metadataOf(expected.get(i)));
            assertThat(values.get(14)).isEqualTo(expected.get(i).reportText());
        }
        assertThat(records.get(0).get(3)).asString(StandardCharsets.UTF_8)
                .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:00");
    }

    @Test
    void csvQuotesReportTextAndEscapesQuotes() throws IOException {
        Path dir = temp.resolve("csv-quotes");
        write(CorpusFormat.CSV, dir);
        String raw = Files.readString(dir.resolve("reports-00000.csv"));

        // Every data record's last field starts with a quote: report_text is always quoted.
        assertThat(raw).contains(",\"");
        List<GeneratedReport> withQuotes = expected().stream().filter(r -> r.reportText().contains("\"")).toList();
        assertThat(withQuotes).isNotEmpty();
        assertThat(raw + Files.readString(dir.resolve("reports-00001.csv")) + Files.readString(dir.resolve("reports-00002.csv")))
                .contains("\"" + withQuotes.get(0).reportText().replace("\"", "\"\"") + "\"\n");
    }

    @Test
    void jsonLinesRoundTripWithColumnsAsKeysInOrder() {
        Path dir = temp.resolve("jsonl");
        CorpusSummary summary = write(CorpusFormat.JSONL, dir);

        List<JsonNode> rows = new ArrayList<>();
        for (String file : summary.dataFiles()) {
            for (byte[] line : CorpusFiles.lines(dir.resolve(file))) {
                assertThat(line).isNotEmpty();
                rows.add(CorpusFiles.json(line));
            }
        }
        List<GeneratedReport> expected = expected();
        assertThat(rows).hasSize(REPORTS);
        List<String> columns = new ArrayList<>(CorpusColumns.METADATA);
        columns.add("report_text");
        for (int i = 0; i < REPORTS; i++) {
            JsonNode row = rows.get(i);
            List<String> keys = new ArrayList<>();
            row.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).isEqualTo(columns);
            assertThat(row.get("patient_age").isInt()).isTrue();
            List<String> values = new ArrayList<>();
            for (String column : CorpusColumns.METADATA) {
                values.add(row.get(column).asText());
            }
            assertThat(values).isEqualTo(CorpusFiles.metadataOf(expected.get(i)));
            assertThat(row.get("report_text").asText()).isEqualTo(expected.get(i).reportText());
        }
    }

    @Test
    void parquetRoundTripsWithStringColumnsAndAnIntAge() {
        Path dir = temp.resolve("parquet");
        CorpusSummary summary = write(CorpusFormat.PARQUET, dir);

        List<Type> fields = CorpusFiles.parquetSchema(dir.resolve("reports-00000.parquet")).getFields();
        assertThat(fields).extracting(Type::getName).containsExactlyElementsOf(columnsWith("report_text"));
        for (Type field : fields) {
            PrimitiveType type = field.asPrimitiveType();
            assertThat(field.getRepetition()).isEqualTo(Type.Repetition.OPTIONAL);
            if (field.getName().equals("patient_age")) {
                assertThat(type.getPrimitiveTypeName()).isEqualTo(PrimitiveType.PrimitiveTypeName.INT32);
            } else {
                assertThat(type.getPrimitiveTypeName()).isEqualTo(PrimitiveType.PrimitiveTypeName.BINARY);
                assertThat(type.getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.stringType());
            }
        }
        List<CorpusFiles.ParquetRow> rows = new ArrayList<>();
        for (String file : summary.dataFiles()) {
            rows.addAll(CorpusFiles.parquetRows(dir.resolve(file)));
        }
        List<GeneratedReport> expected = expected();
        assertThat(rows).hasSize(REPORTS);
        for (int i = 0; i < REPORTS; i++) {
            assertThat(rows.get(i).metadata()).isEqualTo(CorpusFiles.metadataOf(expected.get(i)));
            assertThat(rows.get(i).patientAge()).isEqualTo(expected.get(i).patientAge());
            assertThat(CorpusFiles.utf8(rows.get(i).text())).isEqualTo(expected.get(i).reportText());
        }
        assertThat(CorpusFiles.allFiles(dir)).noneMatch(file -> file.endsWith(".crc"));
    }

    @Test
    void textFolderHoldsOneFilePerReportAndAManifest() {
        Path dir = temp.resolve("text");
        CorpusSummary summary = write(CorpusFormat.TEXT, dir);

        assertThat(summary.dataFiles()).containsExactly("manifest-00000.csv", "manifest-00001.csv", "manifest-00002.csv");
        List<List<byte[]>> rows = new ArrayList<>();
        for (String file : summary.dataFiles()) {
            assertThat(CorpusFiles.utf8(CorpusFiles.bytes(dir.resolve(file)))).startsWith(HEADER + "file\n");
            List<List<byte[]>> parsed = CsvTestParser.parse(CorpusFiles.bytes(dir.resolve(file)));
            rows.addAll(parsed.subList(1, parsed.size()));
        }
        List<GeneratedReport> expected = expected();
        assertThat(rows).hasSize(REPORTS);
        for (int i = 0; i < REPORTS; i++) {
            List<String> values = rows.get(i).stream().map(CorpusFiles::utf8).toList();
            assertThat(values).hasSize(15);
            assertThat(values.subList(0, 14)).isEqualTo(CorpusFiles.metadataOf(expected.get(i)));
            assertThat(values.get(14)).isEqualTo("reports/" + expected.get(i).reportId() + ".txt");
            assertThat(CorpusFiles.utf8(CorpusFiles.bytes(dir.resolve(values.get(14)))))
                    .isEqualTo(expected.get(i).reportText());
        }
        assertThat(summary.filesWritten()).isEqualTo(REPORTS + 3 + 3 + 2);
    }

    @Test
    void groundTruthListsEverySpanPerShardWithoutPhiText() {
        Path dir = temp.resolve("truth");
        CorpusSummary summary = write(CorpusFormat.JSONL, dir);

        List<GeneratedReport> expected = expected();
        Iterator<GeneratedReport> reports = expected.iterator();
        long lines = 0;
        for (int shard = 0; shard < 3; shard++) {
            List<JsonNode> spans = CorpusFiles.jsonLines(dir.resolve("_ground_truth/phi_spans-0000" + shard + ".jsonl"));
            int next = 0;
            for (int k = 0; k < PER_FILE && reports.hasNext(); k++) {
                GeneratedReport report = reports.next();
                for (PhiSpan span : report.phiSpans()) {
                    JsonNode line = spans.get(next++);
                    List<String> keys = new ArrayList<>();
                    line.fieldNames().forEachRemaining(keys::add);
                    assertThat(keys).containsExactly("report_id", "category", "start", "end");
                    assertThat(line.get("report_id").asText()).isEqualTo(report.reportId());
                    assertThat(new PhiSpan(PhiCategory.valueOf(line.get("category").asText()),
                            line.get("start").asInt(), line.get("end").asInt())).isEqualTo(span);
                }
            }
            assertThat(spans).hasSize(next);
            lines += next;
        }
        assertThat(summary.phiSpanCounts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(lines);
        assertThat(summary.phiSpanCounts().get(PhiCategory.NAME))
                .isEqualTo(expected.stream().flatMap(r -> r.phiSpans().stream())
                        .filter(s -> s.category() == PhiCategory.NAME).count());
    }

    @Test
    void sameSeedGivesIdenticalBytesAndAnotherSeedDoesNot() {
        CorpusSpec spec = new CorpusSpec(SEED, REPORTS, CorpusFormat.CSV, temp.resolve("a"))
                .withReportsPerFile(PER_FILE)
                .withBroken(0.2, BrokenKind.parseList("BAD_ENCODING,TRUNCATED_RECORD,MISSING_REQUIRED_FIELD,"
                        + "DUPLICATE_ID_DIFFERENT_TEXT,EMPTY_TEXT"));
        new CorpusWriter().write(spec);
        new CorpusWriter().write(new CorpusSpec(SEED, REPORTS, CorpusFormat.CSV, temp.resolve("b"),
                PER_FILE, 0.2, spec.brokenKinds()));
        new CorpusWriter().write(new CorpusSpec(SEED + 1, REPORTS, CorpusFormat.CSV, temp.resolve("c"),
                PER_FILE, 0.2, spec.brokenKinds()));

        List<String> files = CorpusFiles.allFiles(temp.resolve("a"));
        assertThat(files).contains("_corpus.json", "_broken_records.jsonl", "reports-00002.csv",
                "_ground_truth/phi_spans-00002.jsonl");
        assertThat(CorpusFiles.allFiles(temp.resolve("b"))).isEqualTo(files);
        for (String file : files) {
            assertThat(CorpusFiles.bytes(temp.resolve("b").resolve(file))).as(file)
                    .isEqualTo(CorpusFiles.bytes(temp.resolve("a").resolve(file)));
        }
        assertThat(CorpusFiles.bytes(temp.resolve("c").resolve("reports-00000.csv")))
                .isNotEqualTo(CorpusFiles.bytes(temp.resolve("a").resolve("reports-00000.csv")));
    }

    @Test
    void shardSizeDoesNotChangeTheRecords() throws IOException {
        new CorpusWriter().write(new CorpusSpec(SEED, REPORTS, CorpusFormat.JSONL, temp.resolve("small"))
                .withReportsPerFile(7));
        new CorpusWriter().write(new CorpusSpec(SEED, REPORTS, CorpusFormat.JSONL, temp.resolve("one")));

        StringBuilder sharded = new StringBuilder();
        for (int shard = 0; shard * 7 < REPORTS; shard++) {
            sharded.append(Files.readString(temp.resolve("small").resolve(CorpusFormat.JSONL.shardFileName(shard))));
        }
        assertThat(sharded.toString()).isEqualTo(Files.readString(temp.resolve("one/reports-00000.jsonl")));
    }

    @Test
    void corpusJsonDescribesWhatWasWritten() {
        Path dir = temp.resolve("manifest");
        CorpusSummary summary = new CorpusWriter().write(new CorpusSpec(SEED, REPORTS, CorpusFormat.CSV, dir)
                .withReportsPerFile(PER_FILE).withBroken(0.1, null));

        JsonNode corpus = CorpusFiles.json(CorpusFiles.bytes(dir.resolve("_corpus.json")));
        assertThat(corpus.get("seed").asLong()).isEqualTo(SEED);
        assertThat(corpus.get("reports").asInt()).isEqualTo(REPORTS);
        assertThat(corpus.get("format").asText()).isEqualTo("CSV");
        assertThat(corpus.get("generator_version").asText()).isEqualTo(ReportGenerator.VERSION);
        List<String> files = new ArrayList<>();
        corpus.get("files").forEach(file -> files.add(file.asText()));
        assertThat(files).isEqualTo(summary.dataFiles());
        for (Map.Entry<BrokenKind, Long> entry : summary.brokenCounts().entrySet()) {
            assertThat(corpus.get("broken_counts").get(entry.getKey().name()).asLong()).isEqualTo(entry.getValue());
        }
        assertThat(summary.brokenTotal()).isPositive()
                .isEqualTo(CorpusFiles.lines(dir.resolve("_broken_records.jsonl")).size());
    }

    @Test
    void summaryCountsEveryFileAndByte() throws IOException {
        Path dir = temp.resolve("summary");
        CorpusSummary summary = write(CorpusFormat.TEXT, dir);

        List<String> files = CorpusFiles.allFiles(dir);
        long bytes = 0;
        for (String file : files) {
            bytes += Files.size(dir.resolve(file));
        }
        assertThat(summary.filesWritten()).isEqualTo(files.size());
        assertThat(summary.bytesWritten()).isEqualTo(bytes);
        assertThat(summary.reportsWritten()).isEqualTo(REPORTS);
        assertThat(summary.brokenCounts()).containsOnlyKeys(BrokenKind.values()).allSatisfy((k, v) -> assertThat(v).isZero());
        assertThat(summary.elapsedMillis()).isNotNegative();
    }

    @Test
    void refusesToWriteIntoANonEmptyDirectory() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("busy"));
        Files.writeString(dir.resolve("old.csv"), "x");

        assertThatThrownBy(() -> write(CorpusFormat.CSV, dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("outputDir must be absent or empty, found 1 entries in: " + dir);
        Path file = Files.writeString(temp.resolve("plain-file"), "x");
        assertThatThrownBy(() -> write(CorpusFormat.CSV, file))
                .hasMessageStartingWith("outputDir must be a directory (absent or empty), got a file: ");
    }

    private static List<String> columnsWith(String last) {
        List<String> columns = new ArrayList<>(CorpusColumns.METADATA);
        columns.add(last);
        return columns;
    }
}
