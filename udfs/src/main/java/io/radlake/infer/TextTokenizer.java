package io.radlake.infer;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.djl.util.Utils;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A model's HuggingFace tokenizer ({@code tokenizer.json}, DJL's Rust binding), loaded from a local file only and in
 * DJL offline mode only. Encodes the text's own tokens: no special tokens added, no truncation, no padding (the
 * generator places special tokens and truncates itself). Thread-safe (the native tokenizer is).
 */
public final class TextTokenizer implements AutoCloseable {

    private static final Map<String, String> OPTIONS =
            Map.of("addSpecialTokens", "false", "truncation", "false", "padding", "false");

    private final HuggingFaceTokenizer tokenizer;

    private TextTokenizer(HuggingFaceTokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    public static TextTokenizer load(Path tokenizerJson) {
        if (!Utils.isOfflineMode()) {
            throw new IllegalStateException("DJL must run offline to load " + tokenizerJson
                    + ": set DJL_OFFLINE=true or -Dai.djl.offline=true (bin/radlake and cluster-config do)");
        }
        try {
            return new TextTokenizer(HuggingFaceTokenizer.newInstance(tokenizerJson, OPTIONS));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a valid HuggingFace tokenizer.json: " + tokenizerJson + ": "
                    + (e.getMessage() == null ? e : e.getMessage()), e);
        }
    }

    /** Token ids and, per token, its [start, end) character span in {@code text}. */
    public record Tokens(long[] ids, int[] starts, int[] ends) {
        public int size() {
            return ids.length;
        }
    }

    public Tokens encode(String text) {
        Encoding e = tokenizer.encode(text, false, false);
        long[] ids = e.getIds();
        CharSpan[] spans = e.getCharTokenSpans();
        int[] starts = new int[ids.length];
        int[] ends = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            // Special tokens have no span (null); they never occur inside an example's text.
            starts[i] = spans[i] == null ? 0 : spans[i].getStart();
            ends[i] = spans[i] == null ? 0 : spans[i].getEnd();
        }
        return new Tokens(ids, starts, ends);
    }

    public int count(String text) {
        return text.isEmpty() ? 0 : tokenizer.encode(text, false, false).getIds().length;
    }

    /** Text of {@code ids}, special tokens skipped. */
    public String decode(long[] ids) {
        return tokenizer.decode(ids, true);
    }

    /** The id of a special token such as {@code </s>}, which must be a single token of the vocabulary. */
    public long tokenId(String token, String role) {
        long[] ids = tokenizer.encode(token, false, false).getIds();
        if (ids.length != 1) {
            throw new IllegalArgumentException(role + " " + token + " is not a single token of the tokenizer (it"
                    + " encodes to " + ids.length + " tokens): add it to tokenizer.json's added_tokens");
        }
        return ids[0];
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
