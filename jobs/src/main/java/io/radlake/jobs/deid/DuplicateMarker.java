package io.radlake.jobs.deid;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;

import io.radlake.clean.DuplicateKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Marks exact and near duplicates among new silver rows, against each other and against the rows already kept.
 * Nothing is deleted: a duplicate gets a status and the report_key of the row that is kept.
 *
 * <p>Which row is kept: rows already in the table before rows of this batch, then the smaller
 * {@code report_key#report_version}, so reruns and batch splits decide the same way. Exact duplicates share the
 * text hash; near duplicates are found by MinHash LSH over word shingles of the text (Spark MLlib), keeping pairs
 * with Jaccard similarity at or above the threshold. Pointers are followed to the kept row, so a duplicate of a
 * duplicate points at the row that is kept.
 *
 * <p>Shuffles: once by text hash, and once for the LSH join (whose size grows with the square of the largest
 * group of near-identical texts). Only the duplicate pointers are collected to the driver.
 */
public final class DuplicateMarker {
  public static final String UNIQUE = "UNIQUE";
  public static final String EXACT_DUPLICATE = "EXACT_DUPLICATE";
  public static final String NEAR_DUPLICATE = "NEAR_DUPLICATE";

  public static final double DEFAULT_JACCARD_THRESHOLD = 0.9;
  public static final int DEFAULT_SHINGLE_WORDS = DuplicateKeys.DEFAULT_SHINGLE_SIZE;

  static final StructType MARKS =
      new StructType()
          .add("row_id", DataTypes.StringType, false)
          .add("dedup_status", DataTypes.StringType, false)
          .add("duplicate_of", DataTypes.StringType, true);

  private static final int HASH_FEATURES = 1 << 20;
  private static final int HASH_TABLES = 6;
  private static final long LSH_SEED = 20261123L;

  private final SparkSession spark;
  private double jaccardThreshold = DEFAULT_JACCARD_THRESHOLD;
  private int shingleWords = DEFAULT_SHINGLE_WORDS;

  public DuplicateMarker(SparkSession spark) {
    this.spark = spark;
  }

  /** Pairs at or above this Jaccard similarity of their shingle sets are near duplicates. */
  public DuplicateMarker jaccardThreshold(double threshold) {
    if (!(threshold > 0.0 && threshold <= 1.0)) {
      throw new IllegalArgumentException("--near-duplicate-threshold must be in (0, 1], got: " + threshold);
    }
    this.jaccardThreshold = threshold;
    return this;
  }

  public DuplicateMarker shingleWords(int words) {
    if (words < 1) {
      throw new IllegalArgumentException("--shingle-words must be >= 1, got: " + words);
    }
    this.shingleWords = words;
    return this;
  }

  /**
   * @param batch new rows: row_id, report_key, text_hash, report_text
   * @param kept rows already kept in the table (dedup_status UNIQUE), same columns
   * @return the batch with dedup_status and duplicate_of (null when UNIQUE) added
   */
  public Dataset<Row> mark(Dataset<Row> batch, Dataset<Row> kept) {
    Dataset<Row> all =
        kept.select("row_id", "report_key", "text_hash", "report_text").withColumn("_new", lit(false))
            .unionByName(batch.select("row_id", "report_key", "text_hash", "report_text").withColumn("_new", lit(true)));
    // Kept rows sort before new ones (false < true), then by row_id: the first of a group is the one kept.
    Dataset<Row> ranked =
        all.withColumn("_order", struct(col("_new"), col("row_id")))
            .withColumn("_first", first("row_id").over(Window.partitionBy("text_hash").orderBy("_order")))
            .cache();
    try {
      Map<String, String> exactPointer = new HashMap<>();
      for (Row r : ranked.filter(col("_new").and(col("_first").notEqual(col("row_id"))))
          .select("row_id", "_first").collectAsList()) {
        exactPointer.put(r.getString(0), r.getString(1));
      }
      Map<String, String> nearPointer = nearPointers(ranked.filter(col("_first").equalTo(col("row_id"))));
      List<Row> marks = new ArrayList<>();
      for (String rowId : exactPointer.keySet()) {
        marks.add(markOf(rowId, exactPointer, nearPointer));
      }
      for (String rowId : nearPointer.keySet()) {
        marks.add(markOf(rowId, exactPointer, nearPointer));
      }
      Dataset<Row> duplicates = spark.createDataFrame(marks, MARKS);
      return batch.join(duplicates, batch.col("row_id").equalTo(duplicates.col("row_id")), "left")
          .drop(duplicates.col("row_id"))
          .withColumn("dedup_status", coalesce(col("dedup_status"), lit(UNIQUE)));
    } finally {
      ranked.unpersist();
    }
  }

  /** For each new representative (first of its exact group) with a near duplicate that sorts before it, the first such row. */
  private Map<String, String> nearPointers(Dataset<Row> representatives) {
    // The same normalisation as the exact key (DuplicateKeys), so exact and near duplicates agree on what a word is.
    int words = shingleWords;
    UserDefinedFunction shingles = udf(
        (UDF1<String, String[]>) text -> DuplicateKeys.shingles(text, words).toArray(new String[0]),
        DataTypes.createArrayType(DataTypes.StringType));
    HashingTF hashing = new HashingTF().setInputCol("_shingles").setOutputCol("_features")
        .setNumFeatures(HASH_FEATURES).setBinary(true);
    // MinHash needs at least one shingle; wordless texts can only be exact duplicates.
    Dataset<Row> features = hashing.transform(
            representatives.withColumn("_shingles", shingles.apply(col("report_text"))).filter(size(col("_shingles")).gt(0)))
        .select("row_id", "report_key", "_new", "_order", "_features").cache();
    try {
      MinHashLSHModel lsh = new MinHashLSH().setNumHashTables(HASH_TABLES).setSeed(LSH_SEED)
          .setInputCol("_features").setOutputCol("_hashes").fit(features);
      Dataset<Row> pairs = lsh.approxSimilarityJoin(features, features, 1.0 - jaccardThreshold, "_distance")
          .filter(col("datasetB._new")
              .and(col("datasetA._order").lt(col("datasetB._order")))
              // Float noise must not drop a pair exactly at the threshold.
              .and(col("_distance").leq(1.0 - jaccardThreshold + 1e-12)))
          .groupBy(col("datasetB.row_id").as("row_id"))
          .agg(min(col("datasetA._order")).as("_partner"));
      Map<String, String> pointer = new HashMap<>();
      for (Row r : pairs.select(col("row_id"), col("_partner.row_id")).collectAsList()) {
        pointer.put(r.getString(0), r.getString(1));
      }
      return pointer;
    } finally {
      features.unpersist();
    }
  }

  private static Row markOf(String rowId, Map<String, String> exact, Map<String, String> near) {
    String root = pointerOf(rowId, exact, near);
    // Pointers always go to a row that sorts earlier, so following them ends.
    for (String next = pointerOf(root, exact, near); next != null; next = pointerOf(root, exact, near)) {
      root = next;
    }
    return RowFactory.create(rowId, exact.containsKey(rowId) ? EXACT_DUPLICATE : NEAR_DUPLICATE, reportKeyOf(root));
  }

  private static String pointerOf(String rowId, Map<String, String> exact, Map<String, String> near) {
    return exact.containsKey(rowId) ? exact.get(rowId) : near.get(rowId);
  }

  /** row_id is {@code report_key#report_version}. */
  public static String reportKeyOf(String rowId) {
    int hash = rowId.lastIndexOf('#');
    return hash < 0 ? rowId : rowId.substring(0, hash);
  }

  /** The row id the marker works on, as a column expression. */
  public static org.apache.spark.sql.Column rowId() {
    return concat_ws("#", col("report_key"), col("report_version").cast("string"));
  }
}
