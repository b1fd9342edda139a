package io.radlake.eval.summary;

import io.radlake.eval.rouge.RougeScorer;
import io.radlake.eval.rouge.RougeType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Scored examples of three models on 120 examples: patient_sex F 60, M 50, U 10 (U is small: suppressed, and M with
 * it); modality CT 70, MR 50; study_class from the reference (about a third normal). "copy" predicts the reference, "baseline:constant"
 * always the same normal impression, "model-a" half of the reference's words.
 */
public final class SummaryFixtures {
    public static final List<ModelInfo> MODELS = List.of(new ModelInfo("copy", "torchscript", "v1"),
            new ModelInfo("model-a", "torchscript", "v2"), new ModelInfo("baseline:constant", "baseline", "1"));
    public static final String CONSTANT = "No acute cardiopulmonary abnormality.";

    private SummaryFixtures() {
    }

    public static List<ScoredExample> examples() {
        RougeScorer scorer = RougeScorer.builder().metrics(RougeType.values()).useStemmer(true).build();
        Random random = new Random(5);
        String[] findings = {"small right pleural effusion", "stable pulmonary nodule in the left upper lobe",
            "mild cardiomegaly without edema", "no acute intracranial hemorrhage", "degenerative disc disease at L4-L5",
            CONSTANT, CONSTANT};
        List<ScoredExample> scored = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String reference = findings[random.nextInt(findings.length)] + (i % 3 == 0 ? "\nNo pneumothorax." : "");
            String[] words = reference.split(" ");
            String half = String.join(" ", Arrays.copyOf(words, Math.max(1, words.length / 2)));
            Map<String, String> attributes = new HashMap<>();
            attributes.put("patient_sex", i < 60 ? "F" : i < 110 ? "M" : "U");
            attributes.put("modality", i % 12 < 7 ? "CT" : "MR");
            attributes.put(StudyClass.ATTRIBUTE, StudyClass.of(reference));
            String key = String.format("ex_%04x", i * 7919 % 65536);
            int referenceTokens = reference.split("\\s+").length;
            scored.add(new ScoredExample("copy", key, scorer.score(reference, reference), attributes,
                    referenceTokens, referenceTokens));
            scored.add(new ScoredExample("model-a", key, scorer.score(reference, half), attributes, referenceTokens,
                    half.split("\\s+").length));
            scored.add(new ScoredExample("baseline:constant", key, scorer.score(reference, CONSTANT), attributes,
                    referenceTokens, 4));
        }
        return scored;
    }
}
