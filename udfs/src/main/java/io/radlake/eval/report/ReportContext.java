package io.radlake.eval.report;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an evaluation read and how it was run, for the report's provenance section and metrics.json. No text.
 *
 * @param evaluationRunId  the evaluate run (rows of gold.rouge_scores / gold.rouge_slices carry it)
 * @param predictionsRunId the radlake infer run that was scored
 * @param buildRunId       the gold.instruct_pairs build the predictions were made from
 * @param splits           the dataset splits of the scored examples
 * @param tableVersions    table name to the Delta version read, in reading order
 * @param notes            anything the reader should know about what was read (e.g. a version found by time travel)
 * @param useStemmer       whether ROUGE Porter-stemmed the tokens
 * @param samples          bootstrap resamples
 * @param confidence       interval width, e.g. 0.95
 * @param seed             bootstrap seed
 * @param evaluatedAt      when the evaluation started
 * @param radlakeVersion   the radlake version that made the report
 */
public record ReportContext(String evaluationRunId, String predictionsRunId, String buildRunId, List<String> splits,
        Map<String, Long> tableVersions, List<String> notes, boolean useStemmer, int samples, double confidence,
        long seed, Instant evaluatedAt, String radlakeVersion) {

    public ReportContext {
        Objects.requireNonNull(evaluationRunId, "evaluationRunId");
        Objects.requireNonNull(predictionsRunId, "predictionsRunId");
        Objects.requireNonNull(buildRunId, "buildRunId");
        Objects.requireNonNull(evaluatedAt, "evaluatedAt");
        Objects.requireNonNull(radlakeVersion, "radlakeVersion");
        splits = List.copyOf(splits);
        tableVersions = Collections.unmodifiableMap(new LinkedHashMap<>(tableVersions));
        notes = List.copyOf(notes);
    }
}
