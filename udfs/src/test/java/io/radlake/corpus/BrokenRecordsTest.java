package io.radlake.corpus;

import io.radlake.phi.PhiCategory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BrokenRecordsTest {

    private static final long SEED = 7L;
    private static final int REPORTS = 1_200;
    private static final int PER_FILE = 400;
    private static final Set<BrokenKind> SMALL_KINDS = EnumSet.complementOf(EnumSet.of(BrokenKind.OVERSIZED_TEXT));

    @TempDir
    Path temp;

    /** One written record as the ingest would see it, whatever the format. */
    private record Written(List<String> fields, byte[] text, boolean parsedAsJson, JsonNode json) {
    }

    /** _broken_records.jsonl entry. */
    private record Entry(String file, int recordNumber, String reportId, BrokenKind kind, int duplicateOf) {
    }

    @ParameterizedTest
    @EnumSource(CorpusFormat.class)
    void everyBrokenKindIsWhereTheLogSaysWithTheRightShape(CorpusFormat format) throws Exception {
        Path dir = temp.resolve(format.name());
        CorpusSummary summary = new CorpusWriter().write(new CorpusSpec(SEED, REPORTS, format, dir)
                .withReportsPerFile(PER_FILE).withBroken(0.4, SMALL_KINDS));
        List<Entry> entries = entries(dir);
        Map<String, Map<Integer, Entry>> byPosition = new HashMap<>();
        for (Entry entry : entries) {
            byPosition.computeIfAbsent(entry.file(), f -> new HashMap<>()).put(entry.recordNumber(), entry);
        }

        Set<BrokenKind> expectedKinds = EnumSet.copyOf(SMALL_KINDS);
        if (format == CorpusFormat.PARQUET) {
            expectedKinds.remove(BrokenKind.TRUNCATED_RECORD); // falls back to MISSING_REQUIRED_FIELD
        }
        assertThat(entries).extracting(Entry::kind).containsAll(expectedKinds).allMatch(expectedKinds::contains);
        assertThat(entries.size()).isBetween(REPORTS * 3 / 10, REPORTS / 2);
        for (BrokenKind kind : BrokenKind.values()) {
            assertThat(summary.brokenCounts().get(kind)).isEqualTo(entries.stream().filter(e -> e.kind() == kind).count());
        }

        ReportGenerator generator = new ReportGenerator(SEED);
        for (int shard = 0; shard < 3; shard++) {
            String file = format.shardFileName(shard);
            List<Written> records = read(format, dir, file);
            assertThat(records).as(file).hasSize(PER_FILE);
            Map<Integer, Entry> broken = byPosition.getOrDefault(file, Map.of());
            for (int number = 1; number <= PER_FILE; number++) {
                Written record = records.get(number - 1);
                GeneratedReport source = generator.generate((long) shard * PER_FILE + number - 1);
                Entry entry = broken.get(number);
                if (entry == null) {
                    assertGood(format, record, source);
                    continue;
                }
                assertThat(entry.reportId()).isEqualTo(entry.kind() == BrokenKind.DUPLICATE_ID_DIFFERENT_TEXT
                        ? records.get(entry.duplicateOf() - 1).fields().get(0) : source.reportId());
                assertBrokenShape(format, dir, entry, record, records, broken, source);
            }
        }
    }

    private static void assertGood(CorpusFormat format, Written record, GeneratedReport source) throws Exception {
        assertThat(record.parsedAsJson() || format != CorpusFormat.JSONL).isTrue();
        assertThat(record.fields()).isEqualTo(CorpusFiles.metadataOf(source));
        assertThat(CorpusFiles.strictUtf8(record.text())).isEqualTo(source.reportText());
    }

    private void assertBrokenShape(CorpusFormat format, Path dir, Entry entry, Written record, List<Written> records,
                                   Map<Integer, Entry> broken, GeneratedReport source) throws Exception {
        switch (entry.kind()) {
            case TRUNCATED_RECORD -> {
                if (format == CorpusFormat.JSONL) {
                    assertThat(record.parsedAsJson()).as("truncated JSON line must not parse").isFalse();
                    assertThat(CorpusFiles.utf8(record.text())).startsWith("{\"report_id\":\"" + source.reportId() + "\"");
                } else {
                    assertThat(record.fields().size()).isBetween(1, 13);
                    assertThat(record.fields())
                            .isEqualTo(CorpusFiles.metadataOf(source).subList(0, record.fields().size()));
                }
            }
            case BAD_ENCODING -> {
                assertThat(record.fields()).isEqualTo(CorpusFiles.metadataOf(source));
                assertThatThrownBy(() -> CorpusFiles.strictUtf8(record.text()))
                        .isInstanceOf(CharacterCodingException.class);
            }
            case MISSING_REQUIRED_FIELD -> {
                List<String> expected = new ArrayList<>(CorpusFiles.metadataOf(source));
                expected.set(CorpusColumns.PATIENT_ID, format == CorpusFormat.CSV || format == CorpusFormat.TEXT ? "" : null);
                assertThat(record.fields()).isEqualTo(expected);
                assertThat(CorpusFiles.strictUtf8(record.text())).isEqualTo(source.reportText());
            }
            case EMPTY_TEXT -> {
                assertThat(CorpusFiles.strictUtf8(record.text())).isBlank();
                if (format == CorpusFormat.TEXT) {
                    assertThat(record.text()).isEmpty();
                }
            }
            case DUPLICATE_ID_DIFFERENT_TEXT -> {
                assertThat(entry.duplicateOf()).isBetween(Math.max(1, entry.recordNumber() - 8), entry.recordNumber() - 1);
                assertThat(broken).doesNotContainKey(entry.duplicateOf());
                Written original = records.get(entry.duplicateOf() - 1);
                assertThat(record.fields().get(0)).isEqualTo(original.fields().get(0));
                assertThat(record.fields().subList(1, 14)).isEqualTo(CorpusFiles.metadataOf(source).subList(1, 14));
                assertThat(CorpusFiles.strictUtf8(record.text())).isEqualTo(source.reportText())
                        .isNotEqualTo(CorpusFiles.strictUtf8(original.text()));
            }
            case OVERSIZED_TEXT -> throw new AssertionError("not enabled in this test: " + entry);
        }
    }

    @ParameterizedTest
    @EnumSource(value = CorpusFormat.class, names = {"CSV", "TEXT"})
    void groundTruthKeepsOnlySpansOfIntactText(CorpusFormat format) throws Exception {
        Path dir = temp.resolve("truth-" + format);
        new CorpusWriter().write(new CorpusSpec(SEED, REPORTS, format, dir).withReportsPerFile(PER_FILE)
                .withBroken(0.4, SMALL_KINDS));
        Map<String, List<PhiSpan>> truth = new HashMap<>();
        for (int shard = 0; shard < 3; shard++) {
            for (JsonNode line : CorpusFiles.jsonLines(dir.resolve(ShardNames.groundTruthFileName(shard)))) {
                truth.computeIfAbsent(line.get("report_id").asText(), id -> new ArrayList<>())
                        .add(new PhiSpan(PhiCategory.valueOf(line.get("category").asText()),
                                line.get("start").asInt(), line.get("end").asInt()));
            }
        }
        Map<Integer, BrokenKind> brokenByIndex = new HashMap<>();
        for (Entry entry : entries(dir)) {
            int shard = Integer.parseInt(entry.file().replaceAll("\\D", ""));
            brokenByIndex.put(shard * PER_FILE + entry.recordNumber() - 1, entry.kind());
        }
        assertThat(brokenByIndex.values()).contains(BrokenKind.DUPLICATE_ID_DIFFERENT_TEXT);
        ReportGenerator generator = new ReportGenerator(SEED);
        int badEncodingKept = 0;
        int badEncodingDropped = 0;
        for (int i = 0; i < REPORTS; i++) {
            GeneratedReport report = generator.generate(i);
            // Ids are natural (RPT-i) except for duplicates, which publish no spans: an id reused by a
            // duplicate therefore still carries exactly its original's spans.
            List<PhiSpan> listed = truth.getOrDefault(report.reportId(), List.of());
            BrokenKind kind = brokenByIndex.get(i);
            if (kind == null || kind == BrokenKind.MISSING_REQUIRED_FIELD) {
                assertThat(listed).as(report.reportId()).isEqualTo(report.phiSpans());
            } else if (kind == BrokenKind.BAD_ENCODING) {
                // A prefix: spans before the corrupt line survive, the rest are dropped.
                assertThat(listed).isEqualTo(report.phiSpans().subList(0, listed.size()));
                badEncodingKept += listed.isEmpty() ? 0 : 1;
                badEncodingDropped += listed.size() < report.phiSpans().size() ? 1 : 0;
            } else {
                assertThat(listed).as("%s %s", kind, report.reportId()).isEmpty();
            }
        }
        assertThat(badEncodingKept).isPositive();
        assertThat(badEncodingDropped).isPositive();
    }

    @Test
    void oversizedTextIsAtLeastFiveMegabytesAndRareAndKeepsItsSpans() throws Exception {
        Path dir = temp.resolve("oversized");
        int reports = 6_000;
        new CorpusWriter().write(new CorpusSpec(SEED, reports, CorpusFormat.CSV, dir)
                .withBroken(0.5, EnumSet.of(BrokenKind.OVERSIZED_TEXT)));
        List<Entry> entries = entries(dir);

        assertThat(entries).isNotEmpty().allMatch(entry -> entry.kind() == BrokenKind.OVERSIZED_TEXT);
        Set<Integer> blocks = new HashSet<>();
        for (Entry entry : entries) {
            assertThat(blocks.add((entry.recordNumber() - 1) / 1_000)).as("one per 1,000 reports").isTrue();
        }
        List<List<byte[]>> records = CsvTestParser.parse(CorpusFiles.bytes(dir.resolve("reports-00000.csv")));
        Map<String, List<JsonNode>> truth = new HashMap<>();
        for (JsonNode line : CorpusFiles.jsonLines(dir.resolve("_ground_truth/phi_spans-00000.jsonl"))) {
            truth.computeIfAbsent(line.get("report_id").asText(), id -> new ArrayList<>()).add(line);
        }
        for (Entry entry : entries) {
            byte[] text = records.get(entry.recordNumber()).get(14);
            assertThat(text.length).isGreaterThanOrEqualTo(5_000_000).isLessThan(6_000_000);
            String decoded = CorpusFiles.strictUtf8(text);
            GeneratedReport source = new ReportGenerator(SEED).generate(entry.recordNumber() - 1);
            assertThat(decoded).startsWith(source.reportText());
            List<JsonNode> spans = truth.get(entry.reportId());
            assertThat(spans.size() % source.phiSpans().size()).isZero();
            assertThat(spans.size() / source.phiSpans().size()).isGreaterThan(100);
            for (int k = 0; k < spans.size(); k++) {
                int start = spans.get(k).get("start").asInt();
                int end = spans.get(k).get("end").asInt();
                int copy = k / source.phiSpans().size();
                PhiSpan original = source.phiSpans().get(k % source.phiSpans().size());
                assertThat(decoded.substring(start, end))
                        .isEqualTo(source.reportText().substring(original.start(), original.end()));
                assertThat(start - original.start()).isEqualTo(copy * (source.reportText().length() + 2));
            }
        }
    }

    @Test
    void recordsBreakAtTheRequestedRate() {
        BrokenRecordPlanner planner = new BrokenRecordPlanner(SEED, 0.2, SMALL_KINDS, CorpusFormat.JSONL);
        int broken = 0;
        for (long i = 0; i < 20_000; i++) {
            if (planner.plan(i, i - i % 1_000) != null) {
                broken++;
            }
        }
        assertThat(broken).isBetween(3_600, 4_400);
        assertThat(new BrokenRecordPlanner(SEED, 0.0, SMALL_KINDS, CorpusFormat.CSV).plan(5, 0)).isNull();
    }

    @Test
    void duplicatesFallBackWhenNoEarlierRecordIsInTheSameFile() {
        BrokenRecordPlanner planner = new BrokenRecordPlanner(SEED, 0.5,
                EnumSet.of(BrokenKind.DUPLICATE_ID_DIFFERENT_TEXT, BrokenKind.EMPTY_TEXT), CorpusFormat.CSV);
        for (long i = 0; i < 2_000; i++) {
            BrokenPlan firstOfFile = planner.plan(i, i);
            if (firstOfFile != null) {
                assertThat(firstOfFile.kind()).isEqualTo(BrokenKind.EMPTY_TEXT);
            }
        }
    }

    private static List<Entry> entries(Path dir) {
        List<Entry> entries = new ArrayList<>();
        for (JsonNode line : CorpusFiles.jsonLines(dir.resolve("_broken_records.jsonl"))) {
            entries.add(new Entry(line.get("file").asText(), line.get("record_number").asInt(),
                    line.get("report_id").asText(), BrokenKind.valueOf(line.get("kind").asText()),
                    line.has("duplicate_of_record") ? line.get("duplicate_of_record").asInt() : -1));
        }
        return entries;
    }

    private static List<Written> read(CorpusFormat format, Path dir, String file) {
        List<Written> records = new ArrayList<>();
        switch (format) {
            case CSV, TEXT -> {
                List<List<byte[]>> rows = CsvTestParser.parse(CorpusFiles.bytes(dir.resolve(file)));
                for (List<byte[]> row : rows.subList(1, rows.size())) {
                    List<String> fields = row.stream().limit(14).map(CorpusFiles::utf8).toList();
                    byte[] text = row.size() < 15 ? null
                            : format == CorpusFormat.CSV ? row.get(14)
                            : CorpusFiles.bytes(dir.resolve(CorpusFiles.utf8(row.get(14))));
                    records.add(new Written(fields, text, false, null));
                }
            }
            case JSONL -> {
                for (byte[] line : CorpusFiles.lines(dir.resolve(file))) {
                    JsonNode json;
                    try {
                        // Decoding with replacement first: Jackson rejects invalid UTF-8 outright, and a
                        // BAD_ENCODING line is still meant to be well-formed JSON.
                        json = CorpusFiles.JSON.readTree(CorpusFiles.utf8(line));
                    } catch (java.io.IOException e) {
                        records.add(new Written(List.of(), line, false, null));
                        continue;
                    }
                    List<String> fields = new ArrayList<>();
                    for (String column : CorpusColumns.METADATA) {
                        JsonNode value = json.get(column);
                        fields.add(value == null || value.isNull() ? null : value.asText());
                    }
                    // Raw bytes of the text: Jackson would silently repair invalid UTF-8.
                    records.add(new Written(fields, jsonTextBytes(line), true, json));
                }
            }
            case PARQUET -> {
                for (CorpusFiles.ParquetRow row : CorpusFiles.parquetRows(dir.resolve(file))) {
                    records.add(new Written(row.metadata(), row.text(), false, null));
                }
            }
        }
        return records;
    }

    /** The report_text value's bytes, unescaped, straight from the line (so invalid UTF-8 stays visible). */
    private static byte[] jsonTextBytes(byte[] line) {
        byte[] key = "\"report_text\":\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int start = -1;
        for (int i = line.length - key.length; i >= 0 && start < 0; i--) {
            if (java.util.Arrays.equals(line, i, i + key.length, key, 0, key.length)) {
                start = i + key.length;
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = start; i < line.length - 2; i++) {
            byte b = line[i];
            if (b != '\\') {
                out.write(b);
                continue;
            }
            byte escaped = line[++i];
            switch (escaped) {
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case 'r' -> out.write('\r');
                case 'u' -> {
                    out.write(Integer.parseInt(new String(line, i + 1, 4, java.nio.charset.StandardCharsets.US_ASCII), 16));
                    i += 4;
                }
                default -> out.write(escaped);
            }
        }
        return out.toByteArray();
    }
}
