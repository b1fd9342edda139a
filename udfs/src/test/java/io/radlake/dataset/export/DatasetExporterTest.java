package io.radlake.dataset.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetExporterTest {

    @TempDir
    Path tmp;

    private static ExportRequest request(SortedMap<String, Iterable<ExportExample>> examples) {
        return new ExportRequest("radlake-instruct", "0.1.0",
                new TreeMap<>(Map.of("templates", "impression_v1", "max_input_tokens", "2048")),
                new TreeMap<>(Map.of("silver.reports_deid", 7L)), examples,
                new TreeMap<>(Map.of("too_long", 5L)), "deid-rules-2024.06", "whitespace", 42L,
                new TreeMap<>(Map.of("train", 0.8, "validation", 0.1, "test", 0.1)),
                List.of(ExportFormat.ALPACA, ExportFormat.CHAT));
    }

    private static ExportRequest request() {
        SortedMap<String, Iterable<ExportExample>> examples = new TreeMap<>();
        examples.put("train", Fixtures.train());
        examples.put("validation", Fixtures.validation());
        examples.put("test", Fixtures.test());
        return request(examples);
    }

    @Test
    void writesSplitFilesCardAndManifest() throws IOException {
        Path target = tmp.resolve("radlake-instruct");
        ExportManifest manifest = DatasetExporter.export(target, request());

        assertThat(names(target)).containsExactly("README.md", "manifest.json", "test.alpaca.jsonl",
                "test.chat.jsonl", "train.alpaca.jsonl", "train.chat.jsonl", "validation.alpaca.jsonl",
                "validation.chat.jsonl");
        assertThat(manifest.files()).extracting(ExportedFile::path).containsExactly("train.alpaca.jsonl",
                "train.chat.jsonl", "validation.alpaca.jsonl", "validation.chat.jsonl", "test.alpaca.jsonl",
                "test.chat.jsonl");
        assertThat(manifest.files()).extracting(ExportedFile::count).containsExactly(4L, 4L, 1L, 1L, 2L, 2L);
        assertThat(ExportManifest.read(target)).isEqualTo(manifest);
        assertThat(Files.readString(target.resolve("manifest.json"))).isEqualTo(manifest.toJson());
        assertThat(manifest.buildParameters()).containsEntry("seed", "42").containsEntry("tokenizer", "whitespace")
                .containsEntry("deid_version", "deid-rules-2024.06")
                .containsEntry("split_fractions", "test=0.1,train=0.8,validation=0.1")
                .containsEntry("templates", "impression_v1");
        assertThat(manifest.sourceTableVersions()).containsEntry("silver.reports_deid", 7L);
        assertThat(Files.readString(target.resolve("README.md"))).contains("| train | 2 | 1 | 1 | 4 |");
    }

    @Test
    void manifestHashesMatchTheFilesOnDisk() throws IOException {
        Path target = tmp.resolve("ds");
        ExportManifest manifest = DatasetExporter.export(target, request());
        for (ExportedFile f : manifest.files()) {
            Path p = target.resolve(f.path());
            assertThat(Sha256.ofFile(p)).as(f.path()).isEqualTo(f.sha256());
            assertThat(Files.size(p)).as(f.path()).isEqualTo(f.bytes());
            assertThat(Files.readAllLines(p)).as(f.path()).hasSize((int) f.count());
        }
        assertThat(Sha256.ofFile(target.resolve("README.md"))).isEqualTo(manifest.card().sha256());
        assertThat(manifest.verify(target)).isEmpty();
    }

    @Test
    void rerunsWithTheSameInputsAreByteIdentical() throws IOException {
        Path first = tmp.resolve("a/radlake-instruct");
        Path second = tmp.resolve("b/radlake-instruct");
        DatasetExporter.export(first, request());
        DatasetExporter.export(second, request());
        assertThat(names(second)).isEqualTo(names(first));
        for (String name : names(first)) {
            assertThat(Files.readAllBytes(second.resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(first.resolve(name)));
            assertThat(Sha256.ofFile(second.resolve(name))).isEqualTo(Sha256.ofFile(first.resolve(name)));
        }

        // And again in place: the replaced export has the same bytes as before.
        String manifestBefore = Files.readString(first.resolve("manifest.json"));
        DatasetExporter.export(first, request());
        assertThat(Files.readString(first.resolve("manifest.json"))).isEqualTo(manifestBefore);
    }

    @Test
    void aFailureMidwayLeavesThePreviousExportIntact() throws IOException {
        Path target = tmp.resolve("ds");
        DatasetExporter.export(target, request());
        Map<String, String> before = hashes(target);

        SortedMap<String, Iterable<ExportExample>> failing = new TreeMap<>();
        failing.put("train", Fixtures.train());
        failing.put("test", () -> new ThrowingAfter(Fixtures.test(), 1));
        assertThatThrownBy(() -> DatasetExporter.export(target, request(failing)))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("source failed");

        assertThat(hashes(target)).isEqualTo(before);
        assertThat(ExportManifest.read(target).verify(target)).isEmpty();
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("ds");
        }
    }

    @Test
    void examplesMustComeSortedByKeyAndInTheirOwnSplit() {
        List<ExportExample> unsorted = new ArrayList<>(Fixtures.train());
        java.util.Collections.swap(unsorted, 0, 1);
        SortedMap<String, Iterable<ExportExample>> bad = new TreeMap<>(Map.of("train", unsorted));
        assertThatThrownBy(() -> DatasetExporter.export(tmp.resolve("x"), request(bad)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("strictly increase")
                .hasMessageNotContaining("k001");

        SortedMap<String, Iterable<ExportExample>> wrongSplit = new TreeMap<>(Map.of("train", Fixtures.test()));
        assertThatThrownBy(() -> DatasetExporter.export(tmp.resolve("x"), request(wrongSplit)))
                .hasMessageContaining("belongs to split test");
        assertThat(tmp.resolve("x")).doesNotExist();
    }

    @Test
    void exporterOwnedParametersCannotBeOverriddenSilently() {
        ExportRequest r = request();
        ExportRequest conflicting = new ExportRequest(r.datasetName(), r.builderVersion(),
                new TreeMap<>(Map.of("seed", "7")), r.sourceTableVersions(), r.examplesBySplit(), r.rejectReasons(),
                r.deidVersion(), r.tokenizer(), r.seed(), r.splitFractions(), r.formats());
        assertThatThrownBy(conflicting::manifestParameters).hasMessageContaining("build parameter seed");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Map<String, String> hashes(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (String name : names(dir)) {
            out.put(name, Sha256.ofFile(dir.resolve(name)));
        }
        return out;
    }

    /** A source that fails after {@code n} examples, like a Spark iterator whose executor died. */
    private static final class ThrowingAfter implements Iterator<ExportExample> {
        private final Iterator<ExportExample> source;
        private int left;

        ThrowingAfter(List<ExportExample> examples, int n) {
            this.source = examples.iterator();
            this.left = n;
        }

        @Override
        public boolean hasNext() {
            return true;
        }

        @Override
        public ExportExample next() {
            if (left-- == 0) {
                throw new UncheckedIOException(new IOException("source failed (simulated)"));
            }
            return source.next();
        }
    }
}
