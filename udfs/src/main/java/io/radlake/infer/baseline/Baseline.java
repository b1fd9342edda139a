package io.radlake.infer.baseline;

import io.radlake.dataset.InstructionTemplates;
import io.radlake.eval.slices.NormalStudyPhrases;
import io.radlake.infer.Generation;
import io.radlake.infer.ImpressionModel;
import io.radlake.infer.InferenceInput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The built-in non-neural baselines, behind the same {@link ImpressionModel} interface as a TorchScript model, so an
 * evaluation always has references to beat. They read the findings of the example's input (context lines dropped)
 * and count tokens as whitespace-separated words.
 */
public enum Baseline {
    /** The findings, unchanged. */
    COPY_FINDINGS("copy-findings"),
    /** The first sentence of the findings. */
    FIRST_SENTENCE("first-sentence"),
    /**
     * Extractive: the findings sentences that are not normal-study statements ({@link NormalStudyPhrases}), at most
     * {@value #MAX_SENTENCES}, in report order; {@value #NORMAL_IMPRESSION} when every sentence is normal.
     */
    ABNORMAL_SENTENCES("abnormal-sentences"),
    /** The most frequent impression of the train split of the same dataset build, for every example. */
    CONSTANT("constant");

    /** Bumped when a baseline's output changes; goes to gold.predictions.model_version. */
    public static final String VERSION = "baselines-v1";
    static final int MAX_SENTENCES = 3;
    static final String NORMAL_IMPRESSION = "No acute abnormality.";
    private static final String PREFIX = "baseline:";

    private final String id;

    Baseline(String id) {
        this.id = id;
    }

    /** {@code baseline:<name>}, the model_id in gold.predictions. */
    public String modelId() {
        return PREFIX + id;
    }

    public String id() {
        return id;
    }

    public static Baseline of(String name) {
        String bare = name.strip().startsWith(PREFIX) ? name.strip().substring(PREFIX.length()) : name.strip();
        for (Baseline b : values()) {
            if (b.id.equals(bare)) {
                return b;
            }
        }
        throw new IllegalArgumentException("baseline must be one of " + names() + ", got: " + name);
    }

    public static String names() {
        return Arrays.stream(values()).map(Baseline::id).collect(Collectors.joining(", "));
    }

    /**
     * A model for this baseline.
     *
     * @param constantImpression the train split's most frequent impression; used (and required) by {@link #CONSTANT}
     */
    public ImpressionModel model(String constantImpression) {
        if (this == CONSTANT && (constantImpression == null || constantImpression.isBlank())) {
            throw new IllegalArgumentException("the constant baseline needs the train split's most frequent impression;"
                    + " the build has no train examples");
        }
        return batch -> {
            List<Generation> out = new ArrayList<>(batch.size());
            for (InferenceInput in : batch) {
                String text = write(InstructionTemplates.findingsOf(in.input()).strip(), constantImpression);
                out.add(new Generation(text, words(in.instruction()) + words(in.input()), words(text), false));
            }
            return out;
        };
    }

    String write(String findings, String constantImpression) {
        return switch (this) {
            case COPY_FINDINGS -> findings;
            case FIRST_SENTENCE -> Sentences.of(findings).stream().findFirst().orElse("");
            case ABNORMAL_SENTENCES -> {
                List<String> abnormal = Sentences.of(findings).stream()
                        .filter(s -> !NormalStudyPhrases.isNormalStudy(s)).limit(MAX_SENTENCES).toList();
                yield abnormal.isEmpty() ? NORMAL_IMPRESSION : String.join(" ", abnormal);
            }
            case CONSTANT -> constantImpression.strip();
        };
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
