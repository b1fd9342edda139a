package io.radlake.dataset;

import java.io.Serializable;
import java.util.Optional;

/**
 * Which silver reports become dataset examples. Immutable; {@link #check} is a pure function of its arguments, so it
 * can run per row in Spark.
 *
 * <p>Reasons are tested in this order and the first that applies is returned (the order of {@link RejectReason}):
 * <ol>
 *   <li>{@link RejectReason#NO_FINDINGS}: findings null, or without a letter or digit;</li>
 *   <li>{@link RejectReason#NO_IMPRESSION}: impression null or blank;</li>
 *   <li>{@link RejectReason#DUPLICATE}: {@code dedup_status} is EXACT_DUPLICATE or NEAR_DUPLICATE;</li>
 *   <li>{@link RejectReason#IMPRESSION_WITHOUT_CONTENT}: {@link ImpressionWithoutContent#test};</li>
 *   <li>{@link RejectReason#NON_ENGLISH}: not {@link EnglishText#looksEnglish} on findings and impression
 *       together;</li>
 *   <li>{@link RejectReason#IMPRESSION_COPIES_FINDINGS}: {@link ImpressionOverlap} over word
 *       {@code copyNgramSize}-grams has containment >= {@code copyContainment} <b>and</b> coverage >=
 *       {@code copyCoverage};</li>
 *   <li>{@link RejectReason#TOO_SHORT}: input tokens < {@code minInputTokens} or output tokens <
 *       {@code minOutputTokens};</li>
 *   <li>{@link RejectReason#TOO_LONG}: input tokens > {@code maxInputTokens} or output tokens >
 *       {@code maxOutputTokens}.</li>
 * </ol>
 * Why this order: missing sections and duplicates are facts about the row, then the specific text problems, most
 * specific first; the token limits are tuning knobs and say least about an example, so they come last ("See above."
 * is counted as without content, not as too short). The length checks need no text, so the job can run
 * {@link #checkText} first and count tokens only for the rows that pass it.
 *
 * <p>Why a copy needs both containment and coverage: an impression that restates the one key finding ("Small right
 * pleural effusion.") is fully contained in the findings but is a legitimate, extractive impression; the examples
 * to drop are those whose target reproduces most of the input, so the model would learn to copy.
 *
 * @param minInputTokens  fewest tokens of the example input (the findings, with the context lines when included)
 * @param maxInputTokens  most tokens of the example input
 * @param minOutputTokens fewest tokens of the output (the impression)
 * @param maxOutputTokens most tokens of the output
 * @param copyNgramSize   word n-gram size for the copy measure
 * @param copyContainment share of the impression's n-grams found in the findings, in (0, 1]
 * @param copyCoverage    share of the findings' n-grams found in the impression, in (0, 1]
 */
public record ExampleFilter(
        int minInputTokens,
        int maxInputTokens,
        int minOutputTokens,
        int maxOutputTokens,
        int copyNgramSize,
        double copyContainment,
        double copyCoverage) implements Serializable {

    public static final int DEFAULT_MIN_INPUT_TOKENS = 8;
    public static final int DEFAULT_MAX_INPUT_TOKENS = 1024;
    public static final int DEFAULT_MIN_OUTPUT_TOKENS = 2;
    public static final int DEFAULT_MAX_OUTPUT_TOKENS = 256;
    public static final int DEFAULT_COPY_NGRAM_SIZE = 3;
    public static final double DEFAULT_COPY_CONTAINMENT = 0.8;
    public static final double DEFAULT_COPY_COVERAGE = 0.5;

    public ExampleFilter {
        requireAtLeast("minInputTokens", minInputTokens, 0);
        requireAtLeast("maxInputTokens", maxInputTokens, Math.max(1, minInputTokens));
        requireAtLeast("minOutputTokens", minOutputTokens, 0);
        requireAtLeast("maxOutputTokens", maxOutputTokens, Math.max(1, minOutputTokens));
        if (copyNgramSize < 1 || copyNgramSize > 8) {
            throw new IllegalArgumentException("copyNgramSize must be in [1, 8], got: " + copyNgramSize);
        }
        requireShare("copyContainment", copyContainment);
        requireShare("copyCoverage", copyCoverage);
    }

    /** The defaults: input 8..1024 tokens, output 2..256 tokens, copy at 3-gram containment 0.8 and coverage 0.5. */
    public static ExampleFilter defaults() {
        return new ExampleFilter(DEFAULT_MIN_INPUT_TOKENS, DEFAULT_MAX_INPUT_TOKENS, DEFAULT_MIN_OUTPUT_TOKENS,
                DEFAULT_MAX_OUTPUT_TOKENS, DEFAULT_COPY_NGRAM_SIZE, DEFAULT_COPY_CONTAINMENT, DEFAULT_COPY_COVERAGE);
    }

    /** A copy of this filter with other token limits. */
    public ExampleFilter withTokenLimits(int minInput, int maxInput, int minOutput, int maxOutput) {
        return new ExampleFilter(minInput, maxInput, minOutput, maxOutput, copyNgramSize, copyContainment,
                copyCoverage);
    }

    /**
     * The first reason to reject the report, or empty when it becomes an example.
     *
     * @param dedupStatus  silver's dedup_status: UNIQUE, EXACT_DUPLICATE or NEAR_DUPLICATE
     * @param inputTokens  tokens of the rendered example input (see {@code minInputTokens}), >= 0
     * @param outputTokens tokens of the output, >= 0
     * @throws IllegalArgumentException for an unknown dedup status or a negative token count
     */
    public Optional<RejectReason> check(String findings, String impression, String dedupStatus, int inputTokens,
            int outputTokens) {
        Optional<RejectReason> textReason = checkText(findings, impression, dedupStatus);
        return textReason.isPresent() ? textReason : checkLength(inputTokens, outputTokens);
    }

    /** Reasons 1 to 6 (everything but the token limits). */
    public Optional<RejectReason> checkText(String findings, String impression, String dedupStatus) {
        if (!TextWords.hasWordCharacter(findings)) {
            return Optional.of(RejectReason.NO_FINDINGS);
        }
        if (impression == null || impression.isBlank()) {
            return Optional.of(RejectReason.NO_IMPRESSION);
        }
        if (isDuplicate(dedupStatus)) {
            return Optional.of(RejectReason.DUPLICATE);
        }
        if (ImpressionWithoutContent.test(impression)) {
            return Optional.of(RejectReason.IMPRESSION_WITHOUT_CONTENT);
        }
        if (!EnglishText.looksEnglish(findings + "\n" + impression)) {
            return Optional.of(RejectReason.NON_ENGLISH);
        }
        if (copies(findings, impression)) {
            return Optional.of(RejectReason.IMPRESSION_COPIES_FINDINGS);
        }
        return Optional.empty();
    }

    /** Reasons 7 and 8: the token limits. */
    public Optional<RejectReason> checkLength(int inputTokens, int outputTokens) {
        if (inputTokens < 0 || outputTokens < 0) {
            throw new IllegalArgumentException("token counts must be >= 0, got input " + inputTokens + " and output "
                    + outputTokens);
        }
        if (inputTokens < minInputTokens || outputTokens < minOutputTokens) {
            return Optional.of(RejectReason.TOO_SHORT);
        }
        if (inputTokens > maxInputTokens || outputTokens > maxOutputTokens) {
            return Optional.of(RejectReason.TOO_LONG);
        }
        return Optional.empty();
    }

    /** Whether the impression copies the findings by this filter's thresholds (the definition is above). */
    public boolean copies(String findings, String impression) {
        ImpressionOverlap overlap = ImpressionOverlap.measure(findings, impression, copyNgramSize);
        return overlap.containment() >= copyContainment && overlap.coverage() >= copyCoverage;
    }

    private static boolean isDuplicate(String dedupStatus) {
        if ("UNIQUE".equals(dedupStatus)) {
            return false;
        }
        if ("EXACT_DUPLICATE".equals(dedupStatus) || "NEAR_DUPLICATE".equals(dedupStatus)) {
            return true;
        }
        // The column is an enum by contract; only echo a value that looks like one (never free text).
        String shown = dedupStatus == null ? "null"
                : dedupStatus.matches("[A-Z_]{1,32}") ? dedupStatus : "a value that is not a status name";
        throw new IllegalArgumentException("dedup_status must be UNIQUE, EXACT_DUPLICATE or NEAR_DUPLICATE, got: "
                + shown);
    }

    private static void requireAtLeast(String name, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " must be >= " + minimum + ", got: " + value);
        }
    }

    private static void requireShare(String name, double value) {
        if (!(value > 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " must be in (0, 1], got: " + value);
        }
    }
}
