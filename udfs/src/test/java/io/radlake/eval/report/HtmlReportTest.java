package io.radlake.eval.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.radlake.eval.rouge.RougeType;
import io.radlake.eval.summary.EvaluationSummary;
import io.radlake.eval.summary.ModelScores;
import io.radlake.eval.summary.SliceRow;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlReportTest {
    private static final EvaluationSummary SUMMARY = ReportFixtures.summary();
    private static final String HTML = HtmlReport.render(ReportFixtures.context(), SUMMARY);

    static Document parseXml(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theReportIsWellFormedXhtmlWithAnAccessibleSvgPerChart() throws Exception {
        Document document = parseXml(HTML);
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("html");
        NodeList charts = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
        // Models, one forest plot per slice but the overall (patient_sex, modality, study_class, modality x sex),
        // lengths.
        assertThat(charts.getLength()).isEqualTo(6);
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < charts.getLength(); i++) {
            Element svg = (Element) charts.item(i);
            assertThat(svg.getAttribute("viewBox")).matches("0 0 [0-9.]+ [0-9.]+");
            titles.add(((Element) svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0))
                    .getTextContent());
        }
        assertThat(titles).containsExactly(
                "Corpus ROUGE F1 per model with 95% bootstrap intervals",
                "ROUGE-L F1 by patient_sex with 95% bootstrap intervals",
                "ROUGE-L F1 by modality with 95% bootstrap intervals",
                "ROUGE-L F1 by study_class with 95% bootstrap intervals",
                "ROUGE-L F1 by modality \u00d7 patient_sex with 95% bootstrap intervals",
                "Length of the reference and generated impressions, share of examples per length bin");
    }

    @Test
    void theReportFetchesNothingAndRunsNoScript() {
        // The only links are to the PNG charts beside the file; following a link is the reader's choice.
        List<String> links = new ArrayList<>();
        Matcher href = Pattern.compile(" href=\"([^\"]*)\"").matcher(HTML);
        while (href.find()) {
            links.add(href.group(1));
        }
        assertThat(links).containsExactlyElementsOf(PngCharts.fileNames(SUMMARY));
        String withoutNamespaces = HTML.replace("http://www.w3.org/1999/xhtml", "")
                .replace("http://www.w3.org/2000/svg", "").replaceAll(" href=\"chart-[a-z0-9_-]+\\.png\"", "");
        assertThat(withoutNamespaces).doesNotContain("http", "<script", " src=", " href=", "url(", "@import",
                "<link");
    }

    @Test
    void textFromTheInputsIsEscaped() throws Exception {
        assertThat(HTML).contains("infer-&lt;1&gt;&amp;&quot;", "a note with &lt;markup&gt; &amp; quotes &quot;")
                .doesNotContain("<markup>");
        assertThat(parseXml(HTML).getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("ROUGE evaluation \u2013 infer-<1>&\"");
    }

    @Test
    void theReportShowsEachModelsScoresAndTheBaselineComparison() {
        for (ModelScores model : SUMMARY.models()) {
            assertThat(HTML).contains(model.modelId(), Labels.score(model.corpus().meanF1(RougeType.ROUGE_L)));
        }
        assertThat(HTML).contains("Highest ROUGE-L F1: <span class=\"swatch\" style=\"background:#0072B2\"></span>"
                + "<b>copy</b> 1.000")
                .contains("<b>model-a</b> against <b>baseline:constant</b>")
                .contains("Abnormal studies only")
                .doesNotContain("This run has no baseline");
    }

    @Test
    void suppressedGroupsShowNeitherSizeNorScoreAnywhere() throws Exception {
        List<String> suppressedRows = new ArrayList<>();
        NodeList rows = parseXml(HTML).getElementsByTagName("tr");
        for (int i = 0; i < rows.getLength(); i++) {
            Element row = (Element) rows.item(i);
            if (row.getAttribute("class").equals("suppressed")) {
                suppressedRows.add(row.getTextContent());
            }
        }
        assertThat(suppressedRows).contains("patient_sexU<20suppressedsuppressedsuppressed",
                "patient_sexM<20suppressedsuppressedsuppressed");
        JsonNode metrics = new ObjectMapper().readTree(MetricsJson.render(ReportFixtures.context(), SUMMARY));
        int suppressed = 0;
        for (JsonNode slice : metrics.get("slices")) {
            if (slice.get("suppressed").asBoolean()) {
                suppressed++;
                assertThat(slice.get("n").isNull()).isTrue();
                assertThat(slice.get("metrics").size()).isZero();
            } else {
                assertThat(slice.get("n").asInt()).isGreaterThanOrEqualTo(20);
            }
        }
        assertThat(suppressed).isEqualTo(SUMMARY.slices().stream().filter(r -> r.result().suppressed()).count())
                .isPositive();
    }

    @Test
    void metricsJsonHoldsTheSummarysNumbers() throws Exception {
        JsonNode metrics = new ObjectMapper().readTree(MetricsJson.render(ReportFixtures.context(), SUMMARY));
        assertThat(metrics.get("examples").asInt()).isEqualTo(120);
        assertThat(metrics.get("tables_read").get("gold.instruct_pairs").asLong()).isEqualTo(2);
        assertThat(metrics.get("settings").get("reference_model").asText()).isEqualTo("baseline:constant");
        JsonNode modelA = metrics.get("models").get(1);
        ModelScores expected = SUMMARY.model("model-a");
        assertThat(modelA.get("model_id").asText()).isEqualTo("model-a");
        assertThat(modelA.get("scores").get("rougeLsum").get("recall").get("low").asDouble())
                .isEqualTo(expected.corpus().get(RougeType.ROUGE_LSUM).low().recall());
        assertThat(modelA.get("f1_minus_reference").get("rouge2").get("mean").asDouble())
                .isEqualTo(expected.difference(RougeType.ROUGE_2).orElseThrow().mean());
        assertThat(metrics.get("models").get(2).get("f1_minus_reference").isNull()).isTrue();
        assertThat(metrics.get("slices").size()).isEqualTo(SUMMARY.slices().size());
        SliceRow first = SUMMARY.slices().get(0);
        assertThat(metrics.get("slices").get(0).get("metrics").get("rougeL").get("gap_to_overall").asDouble())
                .isEqualTo(first.result().metric(RougeType.ROUGE_L).gap());
    }

    @Test
    void publishingReplacesTheFolderWithTheReportFilesAndLeavesNothingElse(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("report");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("old.txt"), "from an earlier run");
        Path html = ReportFiles.publish(folder, ReportFixtures.context(), SUMMARY);
        assertThat(html).isEqualTo(folder.resolve("report.html"));
        List<String> expected = new ArrayList<>(List.of("report.html", "metrics.json"));
        expected.addAll(PngCharts.fileNames(SUMMARY));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(expected);
        }
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("report");
        }
        assertThat(Files.readString(html)).isEqualTo(HTML);
    }
}
