package io.radlake.dataset.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code manifest.json} of an export: what was built, from which table versions, with which parameters, and the
 * count, size and SHA-256 of each file, so a dataset can be rebuilt from Delta time travel and checked byte for byte.
 * Holds no timestamp: a rerun with the same inputs renders the same bytes (Delta's commit history has the times).
 *
 * <p>Layout ({@link #toJson()}): UTF-8, two-space indent, {@code "key": value}, keys in this order, maps sorted by
 * key, files sorted by {@link SplitOrder} then format (alpaca, chat), a final {@code \n}:
 * <pre>
 * {
 *   "manifest_version": 1,
 *   "dataset": "radlake-instruct",
 *   "builder_version": "0.1.0",
 *   "build_parameters": {
 *     "seed": "42"
 *   },
 *   "source_table_versions": {
 *     "silver.reports_deid": 7
 *   },
 *   "files": [
 *     {"path": "train.alpaca.jsonl", "split": "train", "format": "alpaca", "count": 3, "bytes": 412, "sha256": "..."}
 *   ],
 *   "card": {"path": "README.md", "sha256": "..."}
 * }
 * </pre>
 *
 * @param datasetName the dataset's name
 * @param builderVersion version of the builder that wrote it (the radlake version)
 * @param buildParameters every parameter that shapes the output (seed, fractions, templates, filters, tokenizer...)
 * @param sourceTableVersions Delta table name -> the version read
 * @param files the data files
 * @param card the dataset card, or {@code null} when none was written
 */
public record ExportManifest(
        String datasetName,
        String builderVersion,
        SortedMap<String, String> buildParameters,
        SortedMap<String, Long> sourceTableVersions,
        List<ExportedFile> files,
        CardFile card) {

    public static final int MANIFEST_VERSION = 1;
    public static final String FILE_NAME = "manifest.json";

    /** The dataset card's entry. */
    public record CardFile(String path, String sha256) {
        public CardFile {
            if (path == null || path.isBlank() || path.contains("/")) {
                throw new IllegalArgumentException("card path must be a plain file name, got: " + path);
            }
            new FileDigest(0, 0, sha256); // hex check
        }
    }

    private static final Comparator<ExportedFile> FILE_ORDER = Comparator
            .comparing(ExportedFile::split, SplitOrder.COMPARATOR)
            .thenComparing(ExportedFile::format);

    public ExportManifest {
        requireNonBlank(datasetName, "dataset name");
        requireNonBlank(builderVersion, "builder version");
        buildParameters = copyChecked(buildParameters, "build parameter");
        sourceTableVersions = copyChecked(sourceTableVersions, "source table version");
        for (Long v : sourceTableVersions.values()) {
            if (v < 0) {
                throw new IllegalArgumentException("Delta table versions must be >= 0, got: " + v);
            }
        }
        Objects.requireNonNull(files, "files must not be null");
        List<ExportedFile> sorted = new ArrayList<>(files);
        sorted.sort(FILE_ORDER);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).path().equals(sorted.get(i - 1).path())) {
                throw new IllegalArgumentException("each file may be listed once, got twice: " + sorted.get(i).path());
            }
        }
        files = List.copyOf(sorted);
    }

    /** The deterministic JSON text described in the class comment. */
    public String toJson() {
        StringBuilder out = new StringBuilder(512);
        out.append("{\n");
        out.append("  \"manifest_version\": ").append(MANIFEST_VERSION).append(",\n");
        out.append("  \"dataset\": ");
        JsonStrings.appendQuoted(out, datasetName);
        out.append(",\n  \"builder_version\": ");
        JsonStrings.appendQuoted(out, builderVersion);
        out.append(",\n  \"build_parameters\": ");
        appendMap(out, buildParameters, true);
        out.append(",\n  \"source_table_versions\": ");
        appendMap(out, sourceTableVersions, false);
        out.append(",\n  \"files\": ");
        if (files.isEmpty()) {
            out.append("[]");
        } else {
            out.append("[\n");
            for (int i = 0; i < files.size(); i++) {
                ExportedFile f = files.get(i);
                out.append("    {\"path\": ");
                JsonStrings.appendQuoted(out, f.path());
                out.append(", \"split\": ");
                JsonStrings.appendQuoted(out, f.split());
                out.append(", \"format\": ");
                JsonStrings.appendQuoted(out, f.format().id());
                out.append(", \"count\": ").append(f.count());
                out.append(", \"bytes\": ").append(f.bytes());
                out.append(", \"sha256\": \"").append(f.sha256()).append("\"}");
                out.append(i + 1 < files.size() ? ",\n" : "\n");
            }
            out.append("  ]");
        }
        out.append(",\n  \"card\": ");
        if (card == null) {
            out.append("null");
        } else {
            out.append("{\"path\": ");
            JsonStrings.appendQuoted(out, card.path());
            out.append(", \"sha256\": \"").append(card.sha256()).append("\"}");
        }
        return out.append("\n}\n").toString();
    }

    public byte[] toJsonBytes() {
        return toJson().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a manifest written by {@link #toJson()} (any JSON formatting is accepted). */
    public static ExportManifest fromJson(String json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("manifest is not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("manifest must be a JSON object");
        }
        int version = root.path("manifest_version").asInt(-1);
        if (version != MANIFEST_VERSION) {
            throw new IllegalArgumentException(
                    "manifest_version must be " + MANIFEST_VERSION + ", got: " + root.path("manifest_version"));
        }
        SortedMap<String, String> params = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("build_parameters").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            params.put(e.getKey(), e.getValue().asText());
        }
        SortedMap<String, Long> versions = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("source_table_versions").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            versions.put(e.getKey(), e.getValue().asLong());
        }
        List<ExportedFile> files = new ArrayList<>();
        for (JsonNode f : root.path("files")) {
            files.add(new ExportedFile(f.path("path").asText(null), f.path("split").asText(null),
                    ExportFormat.ofId(f.path("format").asText(null)), f.path("count").asLong(-1),
                    f.path("bytes").asLong(-1), f.path("sha256").asText(null)));
        }
        JsonNode cardNode = root.path("card");
        CardFile card = cardNode.isObject()
                ? new CardFile(cardNode.path("path").asText(null), cardNode.path("sha256").asText(null))
                : null;
        return new ExportManifest(root.path("dataset").asText(null), root.path("builder_version").asText(null),
                params, versions, files, card);
    }

    /** Reads {@code dir/manifest.json}. */
    public static ExportManifest read(Path exportDir) throws IOException {
        try (InputStream in = Files.newInputStream(exportDir.resolve(FILE_NAME))) {
            return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /**
     * Checks the files in {@code exportDir} against this manifest: each listed file exists with the recorded size,
     * SHA-256 and line count, and the card's hash matches. Returns one line per problem (file names only), empty when
     * the export is intact.
     */
    public List<String> verify(Path exportDir) throws IOException {
        List<String> problems = new ArrayList<>();
        for (ExportedFile f : files) {
            Path p = exportDir.resolve(f.path());
            if (!Files.isRegularFile(p)) {
                problems.add(f.path() + ": missing");
                continue;
            }
            long size = Files.size(p);
            if (size != f.bytes()) {
                problems.add(f.path() + ": " + size + " bytes, manifest says " + f.bytes());
            }
            String sha = Sha256.ofFile(p);
            if (!sha.equals(f.sha256())) {
                problems.add(f.path() + ": sha256 " + sha + ", manifest says " + f.sha256());
            }
            long lines = countLines(p);
            if (lines != f.count()) {
                problems.add(f.path() + ": " + lines + " lines, manifest says " + f.count());
            }
        }
        if (card != null) {
            Path p = exportDir.resolve(card.path());
            if (!Files.isRegularFile(p)) {
                problems.add(card.path() + ": missing");
            } else if (!Sha256.ofFile(p).equals(card.sha256())) {
                problems.add(card.path() + ": sha256 differs from the manifest");
            }
        }
        return problems;
    }

    private static long countLines(Path p) throws IOException {
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(p)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return lines;
    }

    private static void appendMap(StringBuilder out, SortedMap<String, ?> map, boolean quoteValues) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        int i = 0;
        for (Map.Entry<String, ?> e : map.entrySet()) {
            out.append("    ");
            JsonStrings.appendQuoted(out, e.getKey());
            out.append(": ");
            if (quoteValues) {
                JsonStrings.appendQuoted(out, (String) e.getValue());
            } else {
                out.append(e.getValue());
            }
            out.append(++i < map.size() ? ",\n" : "\n");
        }
        out.append("  }");
    }

    private static <V> SortedMap<String, V> copyChecked(Map<String, V> map, String what) {
        Objects.requireNonNull(map, what + "s must not be null");
        SortedMap<String, V> copy = new TreeMap<>();
        for (Map.Entry<String, V> e : map.entrySet()) {
            if (e.getKey() == null || e.getKey().isBlank() || e.getValue() == null) {
                throw new IllegalArgumentException(what + " names must be non-blank and values non-null");
            }
            copy.put(e.getKey(), e.getValue());
        }
        return java.util.Collections.unmodifiableSortedMap(copy);
    }

    private static void requireNonBlank(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must be a non-blank string");
        }
    }
}
