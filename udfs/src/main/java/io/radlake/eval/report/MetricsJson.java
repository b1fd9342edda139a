package io.radlake.eval.report;

import io.radlake.dataset.export.LengthHistogram;
import io.radlake.eval.rouge.AggregateScore;
import io.radlake.eval.rouge.DifferenceInterval;
import io.radlake.eval.rouge.RougeType;
import io.radlake.eval.slices.SliceMetric;
import io.radlake.eval.slices.SliceResult;
import io.radlake.eval.summary.EvaluationSummary;
import io.radlake.eval.summary.LengthSummary;
import io.radlake.eval.summary.ModelScores;
import io.radlake.eval.summary.SliceRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@value #FILE_NAME}: the report's numbers for programs, the same as the HTML shows and gold.rouge_corpus /
 * gold.rouge_slices hold, and the names of the PNG charts beside it. Suppressed slice groups appear with
 * {@code "suppressed": true} and no size or score.
 * ROUGE types are keyed by rouge-score's names (rouge1, rouge2, rougeL, rougeLsum).
 */
public final class MetricsJson {
    public static final String FILE_NAME = "metrics.json";
    public static final int FORMAT_VERSION = 1;

    private MetricsJson() {
    }

    public static String render(ReportContext context, EvaluationSummary summary) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format_version", FORMAT_VERSION);
        root.put("evaluation_run_id", context.evaluationRunId());
        root.put("predictions_run_id", context.predictionsRunId());
        root.put("build_run_id", context.buildRunId());
        root.put("splits", context.splits());
        root.put("examples", summary.examples());
        root.put("evaluated_at", context.evaluatedAt().toString());
        root.put("radlake_version", context.radlakeVersion());
        root.put("tables_read", context.tableVersions());
        root.put("notes", context.notes());
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("use_stemmer", context.useStemmer());
        settings.put("bootstrap_samples", context.samples());
        settings.put("confidence", context.confidence());
        settings.put("seed", context.seed());
        settings.put("min_group_size", summary.minGroupSize());
        settings.put("slices", summary.plan().definitions().stream().map(d -> d.name()).toList());
        settings.put("reference_model", summary.referenceModelId());
        root.put("settings", settings);
        List<Object> models = new ArrayList<>();
        for (ModelScores model : summary.models()) {
            models.add(model(model, summary.examples()));
        }
        root.put("models", models);
        root.put("reference_lengths", lengths(summary.referenceLengths()));
        List<Object> slices = new ArrayList<>();
        for (SliceRow row : summary.slices()) {
            slices.add(slice(row));
        }
        root.put("slices", slices);
        root.put("charts", PngCharts.fileNames(summary));
        return Json.write(root);
    }

    private static Map<String, Object> model(ModelScores model, int examples) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model_id", model.modelId());
        out.put("model_kind", model.model().kind());
        out.put("model_version", model.model().version());
        out.put("examples", examples);
        Map<String, Object> scores = new LinkedHashMap<>();
        for (Map.Entry<RougeType, AggregateScore> entry : model.corpus().byType().entrySet()) {
            AggregateScore score = entry.getValue();
            Map<String, Object> measures = new LinkedHashMap<>();
            measures.put("precision", bounds(score.mean().precision(), score.low().precision(),
                    score.mid().precision(), score.high().precision()));
            measures.put("recall", bounds(score.mean().recall(), score.low().recall(), score.mid().recall(),
                    score.high().recall()));
            measures.put("fmeasure", bounds(score.mean().fmeasure(), score.low().fmeasure(), score.mid().fmeasure(),
                    score.high().fmeasure()));
            scores.put(entry.getKey().key(), measures);
        }
        out.put("scores", scores);
        if (model.vsReference().isEmpty()) {
            out.put("f1_minus_reference", null);
        } else {
            Map<String, Object> differences = new LinkedHashMap<>();
            for (Map.Entry<RougeType, DifferenceInterval> entry : model.vsReference().entrySet()) {
                DifferenceInterval d = entry.getValue();
                Map<String, Object> interval = new LinkedHashMap<>();
                interval.put("mean", d.mean());
                interval.put("low", d.low());
                interval.put("high", d.high());
                interval.put("excludes_zero", d.excludesZero());
                differences.put(entry.getKey().key(), interval);
            }
            out.put("f1_minus_reference", differences);
        }
        out.put("generated_lengths", lengths(model.generatedLengths()));
        return out;
    }

    private static Map<String, Object> bounds(double mean, double low, double mid, double high) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mean", mean);
        out.put("low", low);
        out.put("mid", mid);
        out.put("high", high);
        return out;
    }

    private static Map<String, Object> lengths(LengthSummary lengths) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mean_tokens", lengths.mean());
        out.put("median_tokens", lengths.median());
        LengthHistogram histogram = lengths.histogram();
        List<String> bins = new ArrayList<>();
        for (int b = 0; b < histogram.counts().size(); b++) {
            bins.add(histogram.label(b));
        }
        out.put("bins", bins);
        out.put("counts", histogram.counts());
        return out;
    }

    private static Map<String, Object> slice(SliceRow row) {
        SliceResult result = row.result();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model_id", row.modelId());
        out.put("slice", result.key().definition().name());
        out.put("group", result.key().display());
        out.put("values", result.key().values());
        out.put("suppressed", result.suppressed());
        out.put("n", result.suppressed() ? null : result.n().getAsInt());
        Map<String, Object> metrics = new LinkedHashMap<>();
        for (SliceMetric metric : result.metrics().values()) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("f1_mean", metric.mean());
            values.put("ci_low", metric.ciLow());
            values.put("ci_high", metric.ciHigh());
            values.put("gap_to_overall", metric.gap());
            values.put("gap_to_best", row.gapToBest(metric.type()).orElseThrow());
            values.put("ci_excludes_overall", metric.ciExcludesOverall());
            metrics.put(metric.type().key(), values);
        }
        out.put("metrics", metrics);
        return out;
    }
}
