package io.radlake.eval.summary;

import java.util.Objects;

/**
 * A model (or baseline) of an inference run, as gold.predictions names it.
 *
 * @param modelId the model's name, e.g. {@code radiology-t5} or {@code baseline:constant}
 * @param kind    {@value #BASELINE} for a built-in non-neural baseline, else the model format (e.g. torchscript)
 * @param version the model's version (a hash of its files) or the baseline's version
 */
public record ModelInfo(String modelId, String kind, String version) {

    public static final String BASELINE = "baseline";

    public ModelInfo {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(version, "version");
    }

    public boolean isBaseline() {
        return BASELINE.equals(kind);
    }
}
