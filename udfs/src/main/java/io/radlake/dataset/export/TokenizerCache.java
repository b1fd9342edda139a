package io.radlake.dataset.export;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.util.Utils;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-JVM cache of loaded HuggingFace tokenizers, keyed by file path and content hash: Spark runs many tasks per
 * executor JVM and each would otherwise parse the JSON and build the native tokenizer again. This is the one piece
 * of static mutable state in the exporters (a model cache); entries live as long as the JVM and are never closed.
 */
final class TokenizerCache {

    /** Loading options: count the text's own tokens, no [CLS]/[SEP]-style specials, never truncate or pad. */
    static final Map<String, String> OPTIONS =
            Map.of("addSpecialTokens", "false", "truncation", "false", "padding", "false");

    private record Key(String path, String sha256) {}

    private static final ConcurrentHashMap<Key, HuggingFaceTokenizer> CACHE = new ConcurrentHashMap<>();

    private TokenizerCache() {}

    /** A loaded tokenizer with its content hash. */
    record Loaded(HuggingFaceTokenizer tokenizer, String sha256) {}

    /** Loads (or finds) the tokenizer in {@code file}, whatever its content. */
    static Loaded load(Path file) {
        byte[] bytes = read(file);
        String sha = Sha256.hex(bytes);
        HuggingFaceTokenizer tokenizer = CACHE.computeIfAbsent(new Key(file.toString(), sha), k -> create(file, bytes));
        return new Loaded(tokenizer, sha);
    }

    /**
     * The tokenizer in {@code file}, which must have content hash {@code sha256} (what the driver loaded): a task on
     * an executor whose copy differs fails instead of counting with another vocabulary.
     */
    static HuggingFaceTokenizer get(Path file, String sha256) {
        HuggingFaceTokenizer cached = CACHE.get(new Key(file.toString(), sha256));
        if (cached != null) {
            return cached;
        }
        return CACHE.computeIfAbsent(new Key(file.toString(), sha256), k -> {
            byte[] bytes = read(file);
            String actual = Sha256.hex(bytes);
            if (!actual.equals(sha256)) {
                throw new IllegalStateException("tokenizer.json at " + file + " has sha256 " + actual
                        + " but the counter was built from sha256 " + sha256
                        + ": every executor must see the same tokenizer.json at the same path");
            }
            return create(file, bytes);
        });
    }

    private static byte[] read(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new IllegalArgumentException(
                        "tokenizer path must be a tokenizer.json file, got a folder: " + file);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("tokenizer.json not found: " + file, e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read tokenizer.json at " + file + ": " + e, e);
        }
    }

    private static HuggingFaceTokenizer create(Path file, byte[] bytes) {
        // DJL offline mode is what keeps the binding from the network: with it, LibUtils extracts the CPU library
        // shipped in the jar instead of downloading a CUDA build when it sees a GPU, and Ec2Utils.callHome skips its
        // metadata/telemetry requests. bin/radlake, cluster-config and surefire all set it; refuse to run without.
        if (!Utils.isOfflineMode()) {
            throw new IllegalStateException("DJL must run offline to load tokenizer.json at " + file
                    + ": set DJL_OFFLINE=true or -Dai.djl.offline=true (bin/radlake and cluster-config do);"
                    + " otherwise the tokenizers binding may download a native library or call home");
        }
        try {
            // The bytes that were hashed are the bytes that are parsed: no window for the file to change between.
            return HuggingFaceTokenizer.newInstance(new ByteArrayInputStream(bytes), OPTIONS);
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage(); // the Rust parser's own words
            throw new IllegalArgumentException("not a valid HuggingFace tokenizer.json: " + file + ": " + why, e);
        }
    }
}
