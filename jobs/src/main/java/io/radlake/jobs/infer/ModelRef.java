package io.radlake.jobs.infer;

import io.radlake.infer.GenerationConfig;
import io.radlake.infer.ImpressionModel;
import io.radlake.infer.ModelCache;
import io.radlake.infer.TorchGenerator;
import io.radlake.infer.DeviceRequest;
import io.radlake.infer.DeviceSelector;
import io.radlake.infer.baseline.Baseline;
import java.io.Serializable;
import java.util.Map;
import org.apache.spark.SparkEnv;
import org.apache.spark.deploy.SparkHadoopUtil;
import org.apache.spark.resource.ResourceInformation;

/**
 * One model of an infer run as it travels to the executors: a TorchScript model ({@link ModelLocation}) or a
 * baseline, with what gold.predictions records about it.
 */
record ModelRef(String modelId, String kind, String version, ModelLocation location, Baseline baseline,
    String constantImpression, GenerationConfig config, DeviceRequest deviceRequest) implements Serializable {

  static final String TORCHSCRIPT = "torchscript";
  static final String BASELINE = "baseline";

  static ModelRef torchScript(String modelId, ModelLocation location, GenerationConfig config, DeviceRequest device) {
    return new ModelRef(modelId, TORCHSCRIPT, location.version(), location, null, null, config, device);
  }

  static ModelRef baseline(Baseline baseline, String constantImpression, int batchSize) {
    return new ModelRef(baseline.modelId(), BASELINE, Baseline.VERSION, null, baseline, constantImpression,
        GenerationConfig.greedy(1).withBatchSize(batchSize), DeviceRequest.CPU);
  }

  /** What gold.predictions.generation_params holds: the decoding settings, or the baseline's parameters. */
  String generationParams() {
    if (baseline != null) {
      return "{\"baseline\":\"" + baseline.id() + "\",\"batch_size\":" + config.batchSize() + "}";
    }
    return config.toJson();
  }

  /**
   * The model for one task on this executor: the device from the task's Spark resources, the TorchScript model
   * from the JVM's cache (loaded on first use), a new predictor for this task.
   */
  ImpressionModel open(Map<String, ResourceInformation> taskResources) {
    if (baseline != null) {
      return baseline.model(constantImpression);
    }
    String device = DeviceSelector.choose(deviceRequest, taskResources,
        deviceRequest == DeviceRequest.CPU ? 0 : ModelCache.visibleGpus());
    var folder = location.folderHere(SparkHadoopUtil.get().newConfiguration(SparkEnv.get().conf()));
    return new TorchGenerator(ModelCache.acquire(folder, device), config);
  }
}
