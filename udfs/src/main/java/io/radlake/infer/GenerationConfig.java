package io.radlake.infer;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Generation parameters of one model in one run; {@link #toJson()} is what gold.predictions.generation_params holds.
 *
 * @param stopStrings generation ends at the first of these in the generated text, which is cut before it
 */
public record GenerationConfig(Decoding decoding, int beamSize, int maxNewTokens, List<String> stopStrings,
        int batchSize) implements Serializable {

    public static final int DEFAULT_MAX_NEW_TOKENS = 64;
    public static final int DEFAULT_BATCH_SIZE = 8;
    public static final int DEFAULT_BEAM_SIZE = 4;

    public GenerationConfig {
        if (decoding == null) {
            throw new IllegalArgumentException("--decoding must be greedy or beam, got: null");
        }
        if (beamSize < 1 || (decoding == Decoding.BEAM && beamSize < 2)) {
            throw new IllegalArgumentException("--beam-size must be >= " + (decoding == Decoding.BEAM ? 2 : 1)
                    + (decoding == Decoding.BEAM ? " with beam decoding" : "") + ", got: " + beamSize);
        }
        if (decoding == Decoding.GREEDY) {
            beamSize = 1;
        }
        if (maxNewTokens < 1) {
            throw new IllegalArgumentException("--max-new-tokens must be >= 1, got: " + maxNewTokens);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("--batch-size must be >= 1, got: " + batchSize);
        }
        stopStrings = List.copyOf(stopStrings);
        for (String s : stopStrings) {
            if (s.isEmpty()) {
                throw new IllegalArgumentException("--stop strings must not be empty");
            }
        }
    }

    public static GenerationConfig greedy(int maxNewTokens) {
        return new GenerationConfig(Decoding.GREEDY, 1, maxNewTokens, List.of(), DEFAULT_BATCH_SIZE);
    }

    public GenerationConfig withBatchSize(int size) {
        return new GenerationConfig(decoding, beamSize, maxNewTokens, stopStrings, size);
    }

    public GenerationConfig withStopStrings(List<String> stops) {
        return new GenerationConfig(decoding, beamSize, maxNewTokens, stops, batchSize);
    }

    public GenerationConfig withBeam(int beams) {
        return new GenerationConfig(Decoding.BEAM, beams, maxNewTokens, stopStrings, batchSize);
    }

    /** Canonical JSON: fixed key order, so equal settings give equal strings. */
    public String toJson() {
        return "{\"decoding\":\"" + decoding.name().toLowerCase(java.util.Locale.ROOT) + "\",\"beam_size\":" + beamSize
                + ",\"max_new_tokens\":" + maxNewTokens + ",\"stop\":["
                + stopStrings.stream().map(GenerationConfig::quote).collect(Collectors.joining(","))
                + "],\"batch_size\":" + batchSize + "}";
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
