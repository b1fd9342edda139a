package io.radlake.spark;

/**
 * Option keys. Each is settable as a CLI flag, as Spark conf {@code spark.radlake.<key>}, or as a
 * table property {@code radlake.<key>}; {@link OptionResolver} applies that precedence.
 */
public final class RadlakeOptions {
  public static final String SPARK_CONF_PREFIX = "spark.radlake.";
  public static final String TABLE_PROPERTY_PREFIX = "radlake.";

  public static final String LAKEHOUSE = "lakehouse";
  public static final String INGEST_FORMAT = "ingest.format";
  public static final String INGEST_ENCODING = "ingest.encoding";
  public static final String INGEST_MAX_TEXT_BYTES = "ingest.maxTextBytes";

  public static final String DEID_MODE = "deid.mode";
  public static final String DEID_KEEP_ATTRIBUTES = "deid.keepAttributes";
  public static final String DEID_NEAR_DUPLICATE_THRESHOLD = "deid.nearDuplicateThreshold";
  public static final String DEID_SHINGLE_WORDS = "deid.shingleWords";

  public static final String INFER_MODEL = "infer.model";
  public static final String INFER_BATCH_SIZE = "infer.batchSize";
  public static final String INFER_MAX_NEW_TOKENS = "infer.maxNewTokens";
  public static final String INFER_DEVICE = "infer.device";

  public static final String EVALUATE_USE_STEMMER = "evaluate.useStemmer";
  public static final String EVALUATE_BOOTSTRAP_SAMPLES = "evaluate.bootstrapSamples";
  public static final String EVALUATE_CONFIDENCE = "evaluate.confidence";
  public static final String EVALUATE_SEED = "evaluate.seed";
  public static final String EVALUATE_MIN_GROUP_SIZE = "evaluate.minGroupSize";
  public static final String EVALUATE_SLICES = "evaluate.slices";
  public static final String EVALUATE_SLICE_PAIRS = "evaluate.slicePairs";
  public static final String EVALUATE_REPORT_DIR = "evaluate.reportDir";

  public static final String DEFAULT_LAKEHOUSE = "lakehouse";

  private RadlakeOptions() {}
}
