package io.radlake.dataset.export;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One instruction-tuning pair as the exporters see it (a row of {@code gold.instruct_pairs}). Field names mirror the
 * table columns: example_key, split, template_id, instruction, input, output, system_prompt, modality, input_tokens,
 * output_tokens, source_report_key.
 *
 * <p>Validation messages name the field only, never its value: the text fields hold report text and the keys are
 * identifiers.
 *
 * @param exampleKey stable key of the pair; exports are written in example_key order by the job
 * @param split split name, used in file names, so lower-case letters, digits, '_' and '-' only
 * @param templateId the template that produced the pair
 * @param instruction the task instruction (non-empty)
 * @param input the context for the instruction (report text); {@code null} is read as empty
 * @param output the expected answer (non-null, may be empty only if a template says so)
 * @param systemPrompt optional system prompt; {@code null} or empty means the chat export has no system message
 * @param modality imaging modality (CT, MR, XR...), for the card's tables
 * @param inputTokens token count of {@code input} alone (not the instruction) by the builder's {@link TokenCounter}:
 *     what the length filter measured
 * @param outputTokens token count of the output
 * @param sourceReportKey key of the de-identified report the pair came from
 */
public record ExportExample(
        String exampleKey,
        String split,
        String templateId,
        String instruction,
        String input,
        String output,
        String systemPrompt,
        String modality,
        int inputTokens,
        int outputTokens,
        String sourceReportKey) {

    /** Split names become file names ({@code train.alpaca.jsonl}): keep them to a portable alphabet. */
    public static final Pattern SPLIT_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    public ExportExample {
        requireNonBlank(exampleKey, "example_key");
        Objects.requireNonNull(split, "split must not be null");
        if (!SPLIT_NAME.matcher(split).matches()) {
            throw new IllegalArgumentException(
                    "split must match " + SPLIT_NAME.pattern() + " (it names the export files), got: " + split);
        }
        requireNonBlank(templateId, "template_id");
        requireNonBlank(instruction, "instruction");
        Objects.requireNonNull(output, "output must not be null");
        requireNonBlank(modality, "modality");
        requireNonBlank(sourceReportKey, "source_report_key");
        if (inputTokens < 0 || outputTokens < 0) {
            throw new IllegalArgumentException("input_tokens and output_tokens must be >= 0, got: "
                    + inputTokens + " and " + outputTokens);
        }
        input = input == null ? "" : input;
        systemPrompt = systemPrompt == null || systemPrompt.isEmpty() ? null : systemPrompt;
    }

    private static void requireNonBlank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must be a non-blank string");
        }
    }
}
