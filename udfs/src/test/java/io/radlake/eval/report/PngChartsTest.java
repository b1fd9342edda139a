package io.radlake.eval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.radlake.eval.rouge.RougeScores;
import io.radlake.eval.rouge.RougeType;
import io.radlake.eval.slices.SliceDefinition;
import io.radlake.eval.summary.EvaluationSummary;
import io.radlake.eval.summary.ScoredExample;
import io.radlake.eval.summary.SliceRow;
import io.radlake.eval.summary.SummaryFixtures;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngChartsTest {
    private static final EvaluationSummary SUMMARY = ReportFixtures.summary();
    private static final Color MODEL_A = Palette.awt(1);

    @Test
    void everyChartIsAPngBesideTheReportOfItsSizeAndNotBlank(@TempDir Path dir) throws Exception {
        Path html = ReportFiles.publish(dir.resolve("report"), ReportFixtures.context(), SUMMARY);
        List<String> names = PngCharts.fileNames(SUMMARY);
        assertThat(names).containsExactly("chart-models.png", "chart-slice-patient_sex.png",
                "chart-slice-modality.png", "chart-slice-study_class.png", "chart-slice-modality-x-patient_sex.png",
                "chart-lengths.png");
        JsonNode metrics = new ObjectMapper().readTree(html.resolveSibling(MetricsJson.FILE_NAME).toFile());
        List<String> named = new ArrayList<>();
        metrics.get("charts").forEach(n -> named.add(n.asText()));
        assertThat(named).isEqualTo(names);

        Map<SliceDefinition, String> slices = PngCharts.sliceFiles(SUMMARY);
        for (String name : names) {
            BufferedImage image = ImageIO.read(html.resolveSibling(name).toFile());
            assertThat(image).as(name + " decodes").isNotNull();
            assertThat(image.getWidth()).as(name).isEqualTo(PngCharts.WIDTH);
            assertThat(distinctColours(image)).as(name + " is not blank").isGreaterThan(20);
        }
        assertThat(ImageIO.read(html.resolveSibling(PngCharts.MODELS_FILE).toFile()).getHeight())
                .isEqualTo(PngCharts.MODELS_HEIGHT);
        assertThat(ImageIO.read(html.resolveSibling(PngCharts.LENGTHS_FILE).toFile()).getHeight())
                .isEqualTo(PngCharts.LENGTHS_HEIGHT);
        // patient_sex has F, M, U; modality x patient_sex six groups: a row per group, a bar per model in each.
        assertThat(ImageIO.read(html.resolveSibling(slices.get(SliceDefinition.oneWay("patient_sex"))).toFile())
                .getHeight()).isEqualTo(PngCharts.sliceHeight(3, 3)).isEqualTo(190 + 3 * 60);
        assertThat(ImageIO.read(html.resolveSibling(slices.get(SliceDefinition.twoWay("modality", "patient_sex")))
                .toFile()).getHeight()).isEqualTo(PngCharts.sliceHeight(6, 3));
    }

    @Test
    void aModelsBarsGrowWithItsScores() throws Exception {
        EvaluationSummary better = ReportFixtures.summary(modelAScoredAsCopy());
        long before = pixelsOf(firstChart(SUMMARY), MODEL_A);
        long after = pixelsOf(firstChart(better), MODEL_A);
        // Bar area is proportional to the mean F1 (bars start at 0); the legend's swatch adds a few pixels to both.
        double expected = sumOfMeans(better) / sumOfMeans(SUMMARY);
        assertThat(expected).isGreaterThan(1.3);
        assertThat((double) after / before).isCloseTo(expected, withPercentage(8));
    }

    @Test
    void theLargestGapIsOutlinedInRedInItsSlicesChart(@TempDir Path dir) throws Exception {
        SliceRow worst = LargestGaps.of(SUMMARY, HtmlReport.SLICE_TYPE).get(0);
        Path html = ReportFiles.publish(dir.resolve("report"), ReportFixtures.context(), SUMMARY);
        String file = PngCharts.sliceFiles(SUMMARY).get(worst.result().key().definition());
        assertThat(pixelsOf(ImageIO.read(html.resolveSibling(file).toFile()), WhiskerBarRenderer.HIGHLIGHT))
                .isGreaterThan(100);
        assertThat(pixelsOf(ImageIO.read(html.resolveSibling(PngCharts.MODELS_FILE).toFile()),
                WhiskerBarRenderer.HIGHLIGHT)).isZero();
    }

    /** The fixture with model-a predicting every reference exactly (as copy does). */
    private static List<ScoredExample> modelAScoredAsCopy() {
        List<ScoredExample> examples = SummaryFixtures.examples();
        Map<String, RougeScores> copy = examples.stream().filter(e -> e.modelId().equals("copy"))
                .collect(Collectors.toMap(ScoredExample::exampleKey, ScoredExample::scores));
        return examples.stream().map(e -> e.modelId().equals("model-a") ? new ScoredExample(e.modelId(),
                e.exampleKey(), copy.get(e.exampleKey()), e.attributes(), e.referenceTokens(), e.referenceTokens())
                : e).toList();
    }

    private static double sumOfMeans(EvaluationSummary summary) {
        double sum = 0;
        for (RougeType type : RougeType.values()) {
            sum += summary.model("model-a").corpus().meanF1(type);
        }
        return sum;
    }

    private static BufferedImage firstChart(EvaluationSummary summary) throws IOException {
        PngCharts.Png png = PngCharts.render(ReportFixtures.context(), summary).get(0);
        assertThat(png.fileName()).isEqualTo(PngCharts.MODELS_FILE);
        return ImageIO.read(new ByteArrayInputStream(png.bytes()));
    }

    private static long pixelsOf(BufferedImage image, Color colour) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (colour.getRGB() & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
