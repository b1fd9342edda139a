package io.radlake.dataset.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportManifestTest {

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);
    private static final String C = "c".repeat(64);

    @TempDir
    Path tmp;

    private static ExportManifest manifest() {
        return new ExportManifest("radlake-instruct", "0.1.0",
                new TreeMap<>(Map.of("seed", "42", "templates", "impression_v1,findings_v1")),
                new TreeMap<>(Map.of("silver.reports_deid", 7L, "gold.instruct_pairs", 3L)),
                // Deliberately out of order: the manifest sorts train, validation, test; alpaca before chat.
                List.of(new ExportedFile("test.chat.jsonl", "test", ExportFormat.CHAT, 1, 10, A),
                        new ExportedFile("train.chat.jsonl", "train", ExportFormat.CHAT, 2, 20, B),
                        new ExportedFile("train.alpaca.jsonl", "train", ExportFormat.ALPACA, 2, 18, C)),
                new ExportManifest.CardFile("README.md", A));
    }

    @Test
    void rendersTheDocumentedLayout() {
        assertThat(manifest().toJson()).isEqualTo("""
                {
                  "manifest_version": 1,
                  "dataset": "radlake-instruct",
                  "builder_version": "0.1.0",
                  "build_parameters": {
                    "seed": "42",
                    "templates": "impression_v1,findings_v1"
                  },
                  "source_table_versions": {
                    "gold.instruct_pairs": 3,
                    "silver.reports_deid": 7
                  },
                  "files": [
                    {"path": "train.alpaca.jsonl", "split": "train", "format": "alpaca", "count": 2, "bytes": 18, "sha256": "%s"},
                    {"path": "train.chat.jsonl", "split": "train", "format": "chat", "count": 2, "bytes": 20, "sha256": "%s"},
                    {"path": "test.chat.jsonl", "split": "test", "format": "chat", "count": 1, "bytes": 10, "sha256": "%s"}
                  ],
                  "card": {"path": "README.md", "sha256": "%s"}
                }
                """.formatted(C, B, A, A));
    }

    @Test
    void readsBackWhatItWrote() {
        ExportManifest m = manifest();
        assertThat(ExportManifest.fromJson(m.toJson())).isEqualTo(m);
        ExportManifest bare = new ExportManifest("d", "v", new TreeMap<>(), new TreeMap<>(), List.of(), null);
        assertThat(bare.toJson()).contains("\"build_parameters\": {},").contains("\"files\": [],")
                .contains("\"card\": null");
        assertThat(ExportManifest.fromJson(bare.toJson())).isEqualTo(bare);
    }

    @Test
    void verifyFindsChangedMissingAndTruncatedFiles() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("export"));
        FileDigest train = JsonlWriters.write(dir.resolve("train.alpaca.jsonl"), ExportFormat.ALPACA,
                Fixtures.train().iterator());
        FileDigest test = JsonlWriters.write(dir.resolve("test.alpaca.jsonl"), ExportFormat.ALPACA,
                Fixtures.test().iterator());
        Files.writeString(dir.resolve("README.md"), "# card\n");
        ExportManifest m = new ExportManifest("d", "v", new TreeMap<>(), new TreeMap<>(),
                List.of(ExportedFile.of("train", ExportFormat.ALPACA, train),
                        ExportedFile.of("test", ExportFormat.ALPACA, test)),
                new ExportManifest.CardFile("README.md", Sha256.ofFile(dir.resolve("README.md"))));
        assertThat(m.verify(dir)).isEmpty();

        String original = Files.readString(dir.resolve("train.alpaca.jsonl"));
        Files.writeString(dir.resolve("train.alpaca.jsonl"), original.replace("Clear", "Clean"));
        Files.delete(dir.resolve("test.alpaca.jsonl"));
        Files.writeString(dir.resolve("README.md"), "# edited\n");
        assertThat(m.verify(dir)).containsExactly(
                "train.alpaca.jsonl: sha256 " + Sha256.ofFile(dir.resolve("train.alpaca.jsonl"))
                        + ", manifest says " + train.sha256(),
                "test.alpaca.jsonl: missing",
                "README.md: sha256 differs from the manifest");

        Files.writeString(dir.resolve("train.alpaca.jsonl"), original.substring(0, original.indexOf('\n') + 1));
        assertThat(m.verify(dir)).anyMatch(p -> p.startsWith("train.alpaca.jsonl: 1 lines, manifest says 4"));
    }

    @Test
    void rejectsInconsistentEntries() {
        assertThatThrownBy(() -> new ExportedFile("train.jsonl", "train", ExportFormat.CHAT, 1, 1, A))
                .hasMessageContaining("path must be train.chat.jsonl");
        assertThatThrownBy(() -> new ExportedFile("train.chat.jsonl", "train", ExportFormat.CHAT, 1, 1, "ABC"))
                .hasMessageContaining("sha256 must be 64 lower-case hex digits");
        ExportedFile f = new ExportedFile("train.chat.jsonl", "train", ExportFormat.CHAT, 1, 1, A);
        assertThatThrownBy(() -> new ExportManifest("d", "v", new TreeMap<>(), new TreeMap<>(), List.of(f, f), null))
                .hasMessageContaining("listed once");
        assertThatThrownBy(() -> new ExportManifest("d", "v", new TreeMap<>(), new TreeMap<>(Map.of("t", -1L)),
                List.of(), null)).hasMessageContaining("versions must be >= 0");
        assertThatThrownBy(() -> ExportManifest.fromJson("{\"manifest_version\": 2}"))
                .hasMessageContaining("manifest_version must be 1");
    }
}
