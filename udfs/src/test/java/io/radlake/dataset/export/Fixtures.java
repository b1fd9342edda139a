package io.radlake.dataset.export;

import java.util.List;

/** Tiny synthetic examples (no real report text). */
final class Fixtures {

    private Fixtures() {}

    static ExportExample example(String key, String split, String modality, String instruction, String input,
            String output, String system, int inputTokens, int outputTokens) {
        return new ExportExample(key, split, "impression_v1", instruction, input, output, system, modality,
                inputTokens, outputTokens, "rep-" + key);
    }

    static List<ExportExample> train() {
        return List.of(
                example("k001", "train", "CT", "Summarize the findings.", "FINDINGS: No acute \"bleed\".\nStable.",
                        "No acute intracranial hemorrhage.", "You are a radiology assistant.", 12, 5),
                example("k002", "train", "MR", "Write the impression.", "Lesion 4\u00a0mm, caf\u00e9-au-lait \u2014 ok",
                        "Small lesion.", null, 20, 3),
                example("k003", "train", "CT", "List the devices.", "", "None.", "", 4, 2),
                example("k004", "train", "XR", "Summarize.", "Tab\there \\ backslash", "Clear lungs.", null, 40, 3));
    }

    static List<ExportExample> validation() {
        return List.of(example("k101", "validation", "XR", "Summarize.", "Heart size normal.", "Normal chest.",
                null, 9, 2));
    }

    static List<ExportExample> test() {
        return List.of(
                example("k201", "test", "MR", "Write the impression.", "No mass.", "Unremarkable MRI.", null, 70, 300),
                example("k202", "test", "CT", "Summarize.", "Emoji \ud83d\ude00 line\u2028sep", "Fine.", null, 3000, 1));
    }
}
