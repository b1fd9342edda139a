package io.radlake.eval.report;

import io.radlake.eval.slices.SlicePlan;
import io.radlake.eval.slices.SuppressionPolicy;
import io.radlake.eval.summary.EvaluationSummarizer;
import io.radlake.eval.summary.EvaluationSummary;
import io.radlake.eval.summary.ScoredExample;
import io.radlake.eval.summary.StudyClass;
import io.radlake.eval.summary.SummaryFixtures;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A summary of {@link SummaryFixtures} and a context for it. */
final class ReportFixtures {
    static final SlicePlan PLAN = SlicePlan.of(List.of("patient_sex", "modality", StudyClass.ATTRIBUTE),
            List.of(List.of("modality", "patient_sex")));

    private ReportFixtures() {
    }

    static EvaluationSummary summary() {
        return summary(SummaryFixtures.examples());
    }

    static EvaluationSummary summary(List<ScoredExample> examples) {
        return new EvaluationSummarizer(PLAN, SuppressionPolicy.defaults(), 200, 0.95, 3)
                .summarize(SummaryFixtures.MODELS, "baseline:constant", examples);
    }

    static ReportContext context() {
        Map<String, Long> versions = new LinkedHashMap<>();
        versions.put("gold.predictions", 4L);
        versions.put("gold.instruct_pairs", 2L);
        versions.put("silver.reports_deid", 1L);
        return new ReportContext("evaluate-1", "infer-<1>&\"", "build-1", List.of("test"), versions,
                List.of("a note with <markup> & quotes \""), true, 200, 0.95, 3,
                Instant.parse("2026-11-23T10:15:00Z"), "dev");
    }
}
