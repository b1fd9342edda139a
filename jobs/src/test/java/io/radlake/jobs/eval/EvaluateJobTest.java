package io.radlake.jobs.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.radlake.spark.OptionResolver;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The evaluate command line without Spark: each option's precedence (flag > conf > table property > default). */
class EvaluateJobTest {

  private static EvaluateOptions resolve(Map<String, String> conf, Map<String, String> tableProperties,
      String... args) {
    EvaluateJob job = new EvaluateJob();
    new CommandLine(job).parseArgs(args);
    return job.resolve(new OptionResolver(conf::get, tableProperties));
  }

  @Test
  void defaultsAreTheStepsAndRougeScoresOwn() {
    EvaluateOptions options = resolve(Map.of(), Map.of());
    assertThat(options).isEqualTo(new EvaluateOptions(null, List.of(), null, null, true, 1000, 0.95, 42, 20,
        List.of("patient_sex", "age_band", "modality", "body_part", "site_id", "study_class"),
        List.of(List.of("modality", "patient_sex")), null));
    assertThat(options.slices()).isEqualTo(EvaluateStep.DEFAULT_SLICES);
  }

  @Test
  void aFlagBeatsConfWhichBeatsATablePropertyWhichBeatsTheDefault() {
    Map<String, String> conf = Map.of("spark.radlake.evaluate.bootstrapSamples", "150",
        "spark.radlake.evaluate.minGroupSize", "30", "spark.radlake.evaluate.reportDir", "/reports/x");
    Map<String, String> table = Map.of("radlake.evaluate.minGroupSize", "50", "radlake.evaluate.seed", "7",
        "radlake.evaluate.useStemmer", "false");
    EvaluateOptions options = resolve(conf, table, "--min-group-size", "25", "--predictions-run", "infer-1",
        "--models", "a,baseline:b", "--slices", "patient_sex,race_ethnicity", "--slice-pairs", "none");
    assertThat(options.minGroupSize()).isEqualTo(25);
    assertThat(options.bootstrapSamples()).isEqualTo(150);
    assertThat(options.seed()).isEqualTo(7);
    assertThat(options.useStemmer()).isFalse();
    assertThat(options.confidence()).isEqualTo(0.95);
    assertThat(options.reportDir()).isEqualTo(Path.of("/reports/x"));
    assertThat(options.predictionsRunId()).isEqualTo("infer-1");
    assertThat(options.models()).containsExactly("a", "baseline:b");
    assertThat(options.slices()).containsExactly("patient_sex", "race_ethnicity");
    assertThat(options.slicePairs()).isEmpty();
    assertThat(resolve(conf, table).minGroupSize()).isEqualTo(30);
    assertThat(resolve(Map.of(), table).minGroupSize()).isEqualTo(50);
    assertThat(resolve(Map.of(), Map.of(), "--use-stemmer").useStemmer()).isTrue();
    assertThat(resolve(Map.of(), Map.of(), "--use-stemmer", "false", "--slice-pairs", "modality:site_id,age_band:site_id")
        .slicePairs()).containsExactly(List.of("modality", "site_id"), List.of("age_band", "site_id"));
  }

  @Test
  void badValuesFromConfAreRefusedLikeFlags() {
    assertThatThrownBy(() -> resolve(Map.of("spark.radlake.evaluate.confidence", "1.5"), Map.of()))
        .hasMessageContaining("--confidence must be in (0, 1), got: 1.5");
    assertThatThrownBy(() -> resolve(Map.of(), Map.of("radlake.evaluate.bootstrapSamples", "0")))
        .hasMessageContaining("--bootstrap-samples must be >= 1, got: 0");
    assertThatThrownBy(() -> resolve(Map.of(), Map.of(), "--seed", "-1"))
        .hasMessageContaining("--seed must be in [0, 4294967295], got: -1");
    assertThatThrownBy(() -> resolve(Map.of(), Map.of(), "--slices", "modality,modality"))
        .hasMessageContaining("slice attribute 'modality' is named twice");
  }
}
