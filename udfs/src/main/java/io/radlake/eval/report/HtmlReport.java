package io.radlake.eval.report;

import io.radlake.eval.rouge.AggregateScore;
import io.radlake.eval.rouge.DifferenceInterval;
import io.radlake.eval.rouge.RougeType;
import io.radlake.eval.slices.SliceDefinition;
import io.radlake.eval.slices.SliceKey;
import io.radlake.eval.slices.SliceMetric;
import io.radlake.eval.slices.SliceResult;
import io.radlake.eval.summary.EvaluationSummary;
import io.radlake.eval.summary.ModelScores;
import io.radlake.eval.summary.SliceRow;
import io.radlake.eval.summary.StudyClass;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@value #FILE_NAME}: one self-contained page (inline CSS and SVG, no script, nothing fetched), written as
 * well-formed XHTML so that it parses as XML as well as HTML. Sections: key findings, model comparison (chart and
 * table), a forest plot per slice, the largest gaps, length distributions, every slice number, and what was read.
 * Holds numbers, model names and slice values only, never report text.
 */
public final class HtmlReport {
    public static final String FILE_NAME = "report.html";

    /** The type the slice charts and the gap tables use: the usual headline measure for summaries. */
    static final RougeType SLICE_TYPE = RougeType.ROUGE_L;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private static final String STYLE = """
            body{margin:0;background:#ffffff;color:#1f2328;line-height:1.5;
            font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif}
            main{max-width:1000px;margin:0 auto;padding:28px 24px 48px}
            h1{font-size:28px;margin:0 0 6px}
            h2{font-size:20px;margin:40px 0 8px;padding-bottom:4px;border-bottom:1px solid #d8dee4}
            h3{font-size:16px;margin:24px 0 4px}
            p{margin:6px 0}
            .lede{color:#59636e;font-size:15px}
            .findings li{margin:4px 0}
            .warn{background:#fff8c5;border:1px solid #d4a72c;border-radius:6px;padding:8px 12px;margin:12px 0}
            figure{margin:12px 0 20px}
            figcaption{color:#59636e;font-size:13px;margin-top:2px}
            svg{max-width:100%;height:auto}
            table{border-collapse:collapse;font-size:13px;margin:10px 0 16px;width:100%}
            th,td{padding:5px 8px;border-bottom:1px solid #d8dee4;text-align:left;vertical-align:top}
            thead th{border-bottom:2px solid #8c959f;font-weight:600}
            th.num{white-space:normal}
            td:first-child{white-space:nowrap}
            tbody tr:nth-child(even){background:#f6f8fa}
            .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            .ci{color:#59636e;font-size:12px}
            .best{font-weight:700}
            .up{color:#1a7f37}
            .down{color:#cf222e}
            .muted{color:#59636e}
            .suppressed td{color:#59636e;font-style:italic}
            .swatch{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:6px;vertical-align:-1px}
            details{margin:10px 0}
            summary{cursor:pointer;font-weight:600}
            footer{margin-top:40px;color:#59636e;font-size:12px}
            code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px}
            """;

    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final ReportContext context;
    private final EvaluationSummary summary;

    private HtmlReport(ReportContext context, EvaluationSummary summary) {
        this.context = context;
        this.summary = summary;
    }

    public static String render(ReportContext context, EvaluationSummary summary) {
        return new HtmlReport(context, summary).render();
    }

    private String render() {
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(esc("ROUGE evaluation \u2013 " + context.predictionsRunId()))
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
        header();
        findings();
        models();
        slices();
        gaps();
        lengths();
        sliceTable();
        provenance();
        out.append("<footer>Made by radlake ").append(esc(context.radlakeVersion()))
                .append(" <code>radlake evaluate</code>. The same numbers are in <code>")
                .append(MetricsJson.FILE_NAME).append("</code> beside this file and in gold.rouge_corpus,")
                .append(" gold.rouge_slices and (per example) gold.rouge_scores (run_id ")
                .append(esc(context.evaluationRunId())).append("); the charts also as PNG files beside it.</footer>\n");
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private void header() {
        out.append("<h1>ROUGE evaluation of <code>").append(esc(context.predictionsRunId())).append("</code></h1>\n");
        out.append("<p class=\"lede\">").append(summary.examples()).append(" examples (split ")
                .append(esc(String.join(", ", context.splits()))).append(") of dataset build <code>")
                .append(esc(context.buildRunId())).append("</code>, ").append(summary.models().size())
                .append(summary.models().size() == 1 ? " model" : " models").append(". ROUGE as Google's rouge-score")
                .append(context.useStemmer() ? " with the Porter stemmer" : " without stemming").append("; ")
                .append(Labels.confidence(context.confidence())).append(" bootstrap intervals from ")
                .append(context.samples()).append(" resamples. Evaluated ")
                .append(esc(WHEN.format(context.evaluatedAt()))).append(".</p>\n");
    }

    private void findings() {
        out.append("<h2>At a glance</h2>\n");
        if (summary.models().stream().noneMatch(m -> m.model().isBaseline())) {
            out.append("<p class=\"warn\">This run has no baseline. A constant \u201cnormal study\u201d impression")
                    .append(" can score a ROUGE that looks respectable; run inference with a baseline and compare")
                    .append(" against it.</p>\n");
        }
        out.append("<ul class=\"findings\">\n");
        ModelScores best = summary.models().stream()
                .max(Comparator.comparingDouble(m -> m.corpus().meanF1(SLICE_TYPE))).orElseThrow();
        AggregateScore bestScore = best.corpus().get(SLICE_TYPE);
        out.append("<li>Highest ").append(Labels.type(SLICE_TYPE)).append(" F1: ").append(swatch(best))
                .append("<b>").append(esc(best.modelId())).append("</b> ")
                .append(Labels.score(bestScore.mean().fmeasure())).append(" <span class=\"ci\">")
                .append(Labels.interval(bestScore.low().fmeasure(), bestScore.high().fmeasure()))
                .append("</span>.</li>\n");
        for (ModelScores model : summary.models()) {
            model.difference(SLICE_TYPE).ifPresent(d -> out.append("<li>").append(swatch(model)).append("<b>")
                    .append(esc(model.modelId())).append("</b> against <b>").append(esc(summary.referenceModelId()))
                    .append("</b>: ").append(Labels.type(SLICE_TYPE)).append(" F1 ").append(difference(d))
                    .append(" <span class=\"ci\">").append(Labels.signedInterval(d.low(), d.high()))
                    .append("</span> \u2013 ").append(verdict(d)).append(".</li>\n"));
        }
        abnormalOnly().ifPresent(line -> out.append("<li>").append(line).append("</li>\n"));
        largestGaps().stream().findFirst().ifPresent(row -> {
            SliceMetric metric = row.result().metric(SLICE_TYPE);
            out.append("<li>Largest gap below a model's overall ").append(Labels.type(SLICE_TYPE)).append(" F1: <b>")
                    .append(esc(row.modelId())).append("</b> on <b>").append(esc(row.result().key().display()))
                    .append("</b> (n = ").append(esc(row.result().sizeLabel())).append("), ")
                    .append(difference(metric.gap())).append(metric.ciExcludesOverall()
                            ? ", beyond resampling noise." : ", within resampling noise.").append("</li>\n");
        });
        out.append("</ul>\n");
    }

    /** The model's published row of the abnormal studies, if the plan has study_class and the group is shown. */
    private Optional<SliceRow> abnormalRow(String modelId) {
        SliceKey abnormal = SliceKey.of(StudyClass.ATTRIBUTE, StudyClass.ABNORMAL);
        return summary.slices().stream()
                .filter(r -> r.modelId().equals(modelId) && r.result().key().equals(abnormal))
                .filter(r -> !r.result().suppressed()).findFirst();
    }

    /** The best model on the abnormal studies, where a constant normal impression cannot score. */
    private Optional<String> abnormalOnly() {
        SliceKey abnormal = SliceKey.of(StudyClass.ATTRIBUTE, StudyClass.ABNORMAL);
        List<SliceRow> rows = summary.slices().stream().filter(r -> r.result().key().equals(abnormal)).toList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        if (rows.get(0).result().suppressed()) {
            return Optional.of("Abnormal studies only (" + esc(abnormal.display()) + "): suppressed (too few).");
        }
        SliceRow best = rows.stream().max(Comparator.comparingDouble(r -> r.result().metric(SLICE_TYPE).mean()))
                .orElseThrow();
        SliceMetric metric = best.result().metric(SLICE_TYPE);
        return Optional.of("Abnormal studies only (reference impression not a normal-study phrase, n = "
                + esc(best.result().sizeLabel()) + "): highest " + Labels.type(SLICE_TYPE) + " F1 <b>"
                + esc(best.modelId()) + "</b> " + Labels.score(metric.mean()) + " <span class=\"ci\">"
                + Labels.interval(metric.ciLow(), metric.ciHigh()) + "</span>.");
    }

    private void models() {
        List<RougeType> types = summary.models().get(0).corpus().byType().keySet().stream().toList();
        out.append("<h2>Models</h2>\n<figure>\n")
                .append(ModelComparisonChart.render(summary.models(), types, context.confidence()))
                .append("<figcaption>Mean F1 over the ").append(summary.examples())
                .append(" examples; whiskers: ").append(Labels.confidence(context.confidence()))
                .append(" bootstrap interval of the mean. Pale dashed bars are baselines. ")
                .append(pngLink(PngCharts.MODELS_FILE)).append("</figcaption>\n</figure>\n");
        out.append("<p>Mean F1 and its ").append(Labels.confidence(context.confidence()))
                .append(" interval; bold: the best model.</p>\n<table>\n<thead><tr><th>model</th><th>kind</th>");
        for (RougeType type : types) {
            out.append("<th class=\"num\">").append(Labels.type(type)).append("</th>");
        }
        boolean abnormal = abnormalRow(summary.models().get(0).modelId()).isPresent();
        if (abnormal) {
            out.append("<th class=\"num\">").append(Labels.type(SLICE_TYPE)).append(", abnormal studies</th>");
        }
        out.append("<th class=\"num\">").append(Labels.type(SLICE_TYPE)).append(" \u2212 ")
                .append(esc(summary.referenceModelId())).append("</th></tr></thead>\n<tbody>\n");
        for (ModelScores model : summary.models()) {
            out.append("<tr><td>").append(swatch(model)).append(esc(model.modelId())).append("</td><td>")
                    .append(esc(model.model().kind())).append("</td>");
            for (RougeType type : types) {
                AggregateScore score = model.corpus().get(type);
                boolean isBest = summary.models().stream()
                        .allMatch(other -> other.corpus().meanF1(type) <= score.mean().fmeasure());
                out.append("<td class=\"num").append(isBest ? " best" : "").append("\">")
                        .append(Labels.score(score.mean().fmeasure())).append("<br/><span class=\"ci\">")
                        .append(Labels.interval(score.low().fmeasure(), score.high().fmeasure()))
                        .append("</span></td>");
            }
            if (abnormal) {
                SliceMetric metric = abnormalRow(model.modelId()).orElseThrow().result().metric(SLICE_TYPE);
                out.append("<td class=\"num\">").append(Labels.score(metric.mean())).append("<br/><span class=\"ci\">")
                        .append(Labels.interval(metric.ciLow(), metric.ciHigh())).append("</span></td>");
            }
            Optional<DifferenceInterval> d = model.difference(SLICE_TYPE);
            out.append("<td class=\"num\">").append(d.map(x -> difference(x) + "<br/><span class=\"ci\">"
                    + Labels.signedInterval(x.low(), x.high()) + "</span>").orElse("<span class=\"muted\">reference"
                    + "</span>")).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        out.append("<details><summary>Precision and recall</summary>\n<table>\n<thead><tr><th>model</th>");
        for (RougeType type : types) {
            out.append("<th class=\"num\">").append(Labels.type(type)).append(" P</th><th class=\"num\">")
                    .append(Labels.type(type)).append(" R</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (ModelScores model : summary.models()) {
            out.append("<tr><td>").append(swatch(model)).append(esc(model.modelId())).append("</td>");
            for (RougeType type : types) {
                AggregateScore score = model.corpus().get(type);
                out.append("<td class=\"num\">").append(Labels.score(score.mean().precision()))
                        .append("</td><td class=\"num\">").append(Labels.score(score.mean().recall())).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</details>\n");
    }

    private void slices() {
        out.append("<h2>").append(Labels.type(SLICE_TYPE)).append(" F1 by slice</h2>\n")
                .append("<p>Each row is a group of examples; each dot a model. Groups with fewer than ")
                .append(summary.minGroupSize()).append(" examples are suppressed, and so are the groups that would let")
                .append(" one compute a suppressed group by subtraction (complementary suppression); a suppressed")
                .append(" group shows neither its size nor its scores, for any model.</p>\n");
        for (Map.Entry<SliceDefinition, String> chart : PngCharts.sliceFiles(summary).entrySet()) {
            SliceDefinition definition = chart.getKey();
            out.append("<h3>By ").append(esc(Labels.definition(definition))).append("</h3>\n<figure>\n")
                    .append(SliceForestChart.render(summary, definition, SLICE_TYPE, context.confidence()))
                    .append("<figcaption>").append(pngLink(chart.getValue()))
                    .append(" (bars with interval whiskers; red outline: the largest gaps)</figcaption>\n</figure>\n");
        }
    }

    private List<SliceRow> largestGaps() {
        return LargestGaps.of(summary, SLICE_TYPE);
    }

    private void gaps() {
        out.append("<h2>Largest gaps</h2>\n<p>The (at most ").append(LargestGaps.LIMIT)
                .append(") published groups furthest below their model's overall ").append(Labels.type(SLICE_TYPE)).append(" F1. Bold: the interval")
                .append(" excludes the overall mean.</p>\n<table>\n<thead><tr><th>model</th><th>group</th>")
                .append("<th class=\"num\">n</th><th class=\"num\">F1</th><th class=\"num\">interval</th>")
                .append("<th class=\"num\">gap to overall</th><th class=\"num\">gap to best group</th></tr></thead>\n")
                .append("<tbody>\n");
        for (SliceRow row : largestGaps()) {
            SliceMetric metric = row.result().metric(SLICE_TYPE);
            String weight = metric.ciExcludesOverall() ? " best" : "";
            out.append("<tr><td>").append(esc(row.modelId())).append("</td><td>")
                    .append(esc(row.result().key().display())).append("</td><td class=\"num\">")
                    .append(esc(row.result().sizeLabel())).append("</td><td class=\"num\">")
                    .append(Labels.score(metric.mean())).append("</td><td class=\"num ci\">")
                    .append(Labels.interval(metric.ciLow(), metric.ciHigh())).append("</td><td class=\"num")
                    .append(weight).append("\">").append(difference(metric.gap())).append("</td><td class=\"num\">")
                    .append(difference(row.gapToBest(SLICE_TYPE).orElseThrow())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void lengths() {
        out.append("<h2>Length of generated and reference impressions</h2>\n<figure>\n")
                .append(LengthChart.render(summary.referenceLengths(), summary.models()))
                .append("<figcaption>Share of examples per length bin. A model far shorter than the references")
                .append(" loses recall; far longer, precision. ").append(pngLink(PngCharts.LENGTHS_FILE))
                .append("</figcaption>\n</figure>\n")
                .append("<table>\n<thead><tr><th>text</th><th class=\"num\">mean tokens</th>")
                .append("<th class=\"num\">median tokens</th></tr></thead>\n<tbody>\n")
                .append("<tr><td><span class=\"swatch\" style=\"background:").append(Palette.REFERENCE)
                .append("\"></span>reference impressions</td><td class=\"num\">")
                .append(oneDecimal(summary.referenceLengths().mean())).append("</td><td class=\"num\">")
                .append(oneDecimal(summary.referenceLengths().median())).append("</td></tr>\n");
        for (ModelScores model : summary.models()) {
            out.append("<tr><td>").append(swatch(model)).append(esc(model.modelId())).append("</td><td class=\"num\">")
                    .append(oneDecimal(model.generatedLengths().mean())).append("</td><td class=\"num\">")
                    .append(oneDecimal(model.generatedLengths().median())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void sliceTable() {
        out.append("<h2>All slice numbers</h2>\n<details><summary>").append(Labels.type(SLICE_TYPE))
                .append(" F1 per group and model (every ROUGE type is in ").append(MetricsJson.FILE_NAME)
                .append(")</summary>\n<table>\n<thead><tr><th>slice</th><th>group</th><th class=\"num\">n</th>");
        for (ModelScores model : summary.models()) {
            out.append("<th class=\"num\">").append(swatch(model)).append(esc(model.modelId())).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        String first = summary.models().get(0).modelId();
        for (SliceDefinition definition : summary.plan().definitions()) {
            for (SliceRow group : summary.slices(first, definition)) {
                SliceResult result = group.result();
                out.append(result.suppressed() ? "<tr class=\"suppressed\">" : "<tr>").append("<td>")
                        .append(esc(Labels.slice(result.key()))).append("</td><td>")
                        .append(esc(Labels.groupValues(result.key()))).append("</td><td class=\"num\">")
                        .append(esc(result.sizeLabel())).append("</td>");
                for (ModelScores model : summary.models()) {
                    out.append("<td class=\"num\">");
                    if (result.suppressed()) {
                        out.append("suppressed");
                    } else {
                        SliceMetric metric = row(model.modelId(), result.key()).result().metric(SLICE_TYPE);
                        out.append(Labels.score(metric.mean())).append(" <span class=\"ci\">")
                                .append(Labels.interval(metric.ciLow(), metric.ciHigh())).append("</span>");
                    }
                    out.append("</td>");
                }
                out.append("</tr>\n");
            }
        }
        out.append("</tbody>\n</table>\n</details>\n");
    }

    private void provenance() {
        out.append("<h2>What was read</h2>\n<table>\n<tbody>\n");
        fact("evaluation run", "<code>" + esc(context.evaluationRunId()) + "</code>");
        fact("predictions run (radlake infer)", "<code>" + esc(context.predictionsRunId()) + "</code>");
        fact("dataset build (radlake build-dataset)", "<code>" + esc(context.buildRunId()) + "</code>");
        for (Map.Entry<String, Long> table : context.tableVersions().entrySet()) {
            fact(esc(table.getKey()), "Delta version " + table.getValue());
        }
        for (ModelScores model : summary.models()) {
            fact("model " + esc(model.modelId()), esc(model.model().kind()) + ", version <code>"
                    + esc(model.model().version()) + "</code>");
        }
        fact("ROUGE", "rouge-score's tokenizer, " + (context.useStemmer() ? "Porter stemmer (NLTK mode)" : "no stemmer")
                + "; ROUGE-Lsum splits texts at their newlines");
        fact("bootstrap", context.samples() + " resamples, " + Labels.confidence(context.confidence())
                + " intervals, seed " + context.seed() + "; paired differences against "
                + esc(summary.referenceModelId()));
        fact("suppression", "groups smaller than " + summary.minGroupSize() + ", with complementary suppression");
        for (String note : context.notes()) {
            fact("note", esc(note));
        }
        out.append("</tbody>\n</table>\n");
    }

    /** A link to a PNG chart beside this file (a relative link: nothing is fetched to show the page). */
    private static String pngLink(String fileName) {
        return "PNG: <a href=\"" + esc(fileName) + "\">" + esc(fileName) + "</a>";
    }

    private void fact(String name, String valueHtml) {
        out.append("<tr><th>").append(name).append("</th><td>").append(valueHtml).append("</td></tr>\n");
    }

    private SliceRow row(String modelId, SliceKey key) {
        return summary.slices(modelId, key.definition()).stream().filter(r -> r.result().key().equals(key))
                .findFirst().orElseThrow();
    }

    private String swatch(ModelScores model) {
        int index = summary.models().indexOf(model);
        return "<span class=\"swatch\" style=\"background:" + Palette.colour(index) + "\"></span>";
    }

    private static String difference(DifferenceInterval d) {
        return difference(d.mean());
    }

    private static String difference(double value) {
        String css = value > 0 ? "up" : value < 0 ? "down" : "muted";
        return "<span class=\"" + css + "\">" + Labels.signed(value) + "</span>";
    }

    private String verdict(DifferenceInterval d) {
        if (!d.excludesZero()) {
            return "not distinguishable at " + Labels.confidence(context.confidence());
        }
        return d.mean() > 0 ? "higher, beyond resampling noise" : "lower, beyond resampling noise";
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String esc(String text) {
        return Svg.escape(text);
    }
}
