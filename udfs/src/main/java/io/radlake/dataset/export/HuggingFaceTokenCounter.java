package io.radlake.dataset.export;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Counts tokens with a HuggingFace tokenizer (DJL's Rust binding, {@code ai.djl.huggingface:tokenizers}) loaded from a
 * local {@code tokenizer.json} only: never from a hub name. Counts are of the text's own tokens: no special tokens
 * are added and nothing is truncated or padded.
 *
 * <p>Offline native loading: the binding's JNI library ships inside the jar
 * ({@code native/lib/linux-x86_64/cpu/libtokenizers.so} and other platforms). On first use DJL copies it to
 * {@code <DJL_CACHE_DIR>/tokenizers/<version>-cpu-<platform>/} and {@code System.load}s it from there. That copy is
 * local; what could reach the network is a CUDA-flavoured download (when a GPU is visible and DJL is not offline) and
 * DJL's call-home on EC2, and both are skipped in DJL offline mode, which this class requires ({@code DJL_OFFLINE=true}
 * or {@code -Dai.djl.offline=true}; the env wins). {@code RUST_LIBRARY_PATH} can point DJL at a library on disk instead.
 *
 * <p>Serializable for Spark: only the path and the file's SHA-256 travel; each JVM loads the tokenizer once
 * ({@link TokenizerCache}) and checks that its file has the same hash the counter was built from, so the path must
 * be readable on every executor (a shared mount, or the same path in the node image).
 */
public final class HuggingFaceTokenCounter implements TokenCounter {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String sha256;
    private transient volatile HuggingFaceTokenizer tokenizer;

    private HuggingFaceTokenCounter(String path, String sha256, HuggingFaceTokenizer tokenizer) {
        this.path = path;
        this.sha256 = sha256;
        this.tokenizer = tokenizer;
    }

    /**
     * Loads {@code tokenizerJson} now, so a missing or invalid file fails on the driver with one error naming the
     * path ({@link IllegalArgumentException}); outside DJL offline mode it throws {@link IllegalStateException}.
     */
    public static HuggingFaceTokenCounter load(Path tokenizerJson) {
        Objects.requireNonNull(tokenizerJson, "tokenizer.json path must not be null");
        Path absolute = tokenizerJson.toAbsolutePath().normalize();
        TokenizerCache.Loaded loaded = TokenizerCache.load(absolute);
        return new HuggingFaceTokenCounter(absolute.toString(), loaded.sha256(), loaded.tokenizer());
    }

    @Override
    public int count(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return tokenizer().encode(text, false, false).getIds().length;
    }

    /**
     * {@code huggingface <file name> sha256=<hex>}, e.g. {@code huggingface tokenizer.json sha256=...}: the hash
     * identifies the vocabulary, the file name (without its folder, which differs between machines) helps a reader.
     */
    @Override
    public String description() {
        return "huggingface " + Path.of(path).getFileName() + " sha256=" + sha256;
    }

    public Path tokenizerJson() {
        return Path.of(path);
    }

    public String sha256() {
        return sha256;
    }

    private HuggingFaceTokenizer tokenizer() {
        HuggingFaceTokenizer t = tokenizer;
        if (t == null) {
            t = TokenizerCache.get(Path.of(path), sha256);
            tokenizer = t;
        }
        return t;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HuggingFaceTokenCounter other && path.equals(other.path) && sha256.equals(other.sha256);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, sha256);
    }

    @Override
    public String toString() {
        return "HuggingFaceTokenCounter[" + path + ", sha256=" + sha256 + "]";
    }
}
