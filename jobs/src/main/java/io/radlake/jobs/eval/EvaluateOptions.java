package io.radlake.jobs.eval;

import java.nio.file.Path;
import java.util.List;

/**
 * The resolved options of one {@code radlake evaluate} command line (see {@link EvaluateJob} for each one's meaning);
 * null where the step's default applies ({@code predictionsRunId}, {@code referenceModel}, {@code split},
 * {@code reportDir}).
 */
record EvaluateOptions(
    String predictionsRunId,
    List<String> models,
    String referenceModel,
    String split,
    boolean useStemmer,
    int bootstrapSamples,
    double confidence,
    long seed,
    int minGroupSize,
    List<String> slices,
    List<List<String>> slicePairs,
    Path reportDir) {

  EvaluateOptions {
    models = List.copyOf(models);
    slices = List.copyOf(slices);
    slicePairs = List.copyOf(slicePairs);
  }

  EvaluateStep applyTo(EvaluateStep step) {
    return step.predictionsRunId(predictionsRunId).models(models).referenceModel(referenceModel).split(split)
        .useStemmer(useStemmer).bootstrapSamples(bootstrapSamples).confidence(confidence).seed(seed)
        .minGroupSize(minGroupSize).slices(slices).slicePairs(slicePairs).reportDir(reportDir);
  }
}
