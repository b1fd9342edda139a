package io.radlake.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.LibUtils;
import ai.djl.util.Utils;
import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.Normalizer;
import com.johnsnowlabs.nlp.annotators.RegexMatcher;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import io.delta.tables.DeltaTable;
import io.radlake.testing.SparkTestBase;
import java.io.Serializable;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.delta.schema.DeltaInvariantViolationException;
import org.junit.jupiter.api.Test;

/**
 * Spark 3.5 + Delta + Spark NLP + DJL/libtorch on one test classpath, one JVM, Java 17, no network:
 * each library does real work in the same SparkSession, so a dependency clash (jackson, scala-xml,
 * protobuf, slf4j...) or a missing --add-opens shows up here first.
 */
class StackClasspathTest extends SparkTestBase {

  @Test
  void jvmIsJava17WithTheParentPomOpens() {
    // Spark/Delta/Kryo reflect into java.base; without these flags the other tests die with
    // InaccessibleObjectException, so check surefire really applied the pom's list.
    assertThat(Runtime.version().feature()).isGreaterThanOrEqualTo(17);
    List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
    assertThat(jvmArgs).containsAll(RepoFiles.flags(RepoFiles.pomProperty("spark.java17.opens")));
  }

  @Test
  void deltaMergeCheckConstraintAndTimeTravel() {
    String path = newFolder("delta-stack").toString();
    Dataset<Row> v0 =
        spark.sql(
            "SELECT * FROM VALUES ('r1', 'CT', 3), ('r2', 'MR', 1), ('r3', 'XR', 0)"
                + " AS t(report_id, modality, n_findings)");
    v0.write().format("delta").save(path);

    // MERGE: r2 is updated, r4 inserted, r1/r3 untouched.
    Dataset<Row> updates =
        spark.sql(
            "SELECT * FROM VALUES ('r2', 'MR', 5), ('r4', 'US', 2) AS u(report_id, modality,"
                + " n_findings)");
    DeltaTable.forPath(spark, path)
        .as("t")
        .merge(updates.as("u"), "t.report_id = u.report_id")
        .whenMatched()
        .updateAll()
        .whenNotMatched()
        .insertAll()
        .execute();
    assertThat(findingsById(spark.read().format("delta").load(path)))
        .containsExactlyEntriesOf(sorted(Map.of("r1", 3, "r2", 5, "r3", 0, "r4", 2)));

    spark.sql(
        "ALTER TABLE delta.`"
            + path
            + "` ADD CONSTRAINT n_findings_non_negative CHECK (n_findings >= 0)");

    // Delta's invariant checker must reject the violating row and commit nothing.
    // (Spark logs the failed write task at ERROR: expected.)
    Dataset<Row> bad = spark.sql("SELECT 'r5' AS report_id, 'CT' AS modality, -1 AS n_findings");
    assertThatThrownBy(() -> bad.write().format("delta").mode("append").save(path))
        .satisfies(
            e ->
                assertThat(causalChain(e))
                    .anySatisfy(
                        c ->
                            assertThat(c)
                                .isInstanceOf(DeltaInvariantViolationException.class)
                                .hasMessageContaining("n_findings_non_negative")));
    // ...while a conforming append still goes through (the constraint discriminates, not just
    // blocks).
    spark
        .sql("SELECT 'r6' AS report_id, 'CT' AS modality, 0 AS n_findings")
        .write()
        .format("delta")
        .mode("append")
        .save(path);

    List<String> operations =
        DeltaTable.forPath(spark, path)
            .history()
            .orderBy("version")
            .select("operation")
            .as(Encoders.STRING())
            .collectAsList();
    assertThat(operations).containsExactly("WRITE", "MERGE", "ADD CONSTRAINT", "WRITE");
    assertThat(findingsById(spark.read().format("delta").load(path)))
        .containsOnlyKeys("r1", "r2", "r3", "r4", "r6");

    // Time travel to version 0: the pre-MERGE rows, with r2 still at 1 finding.
    Dataset<Row> asOfV0 = spark.read().format("delta").option("versionAsOf", 0).load(path);
    assertThat(findingsById(asOfV0))
        .containsExactlyEntriesOf(sorted(Map.of("r1", 3, "r2", 1, "r3", 0)));
  }

  @Test
  void sparkNlpRuleBasedPipelineWithoutDownloadedModels() throws Exception {
    Dataset<Row> reports =
        spark
            .createDataset(
                List.of(
                    "Findings: No pneumothorax. A 4 mm nodule is seen in the right upper lobe.",
                    "Impression: Stable 1.2 cm cyst in the left kidney. No acute findings. Follow"
                        + " up in 6 months."),
                Encoders.STRING())
            .toDF("text");

    // Only approaches that are trained from parameters; nothing calls .pretrained().
    DocumentAssembler document = new DocumentAssembler();
    document.setInputCol("text");
    document.setOutputCol("document");
    SentenceDetector sentences = new SentenceDetector();
    sentences.setInputCols(new String[] {"document"});
    sentences.setOutputCol("sentence");
    Tokenizer tokens = new Tokenizer();
    tokens.setInputCols(new String[] {"sentence"});
    tokens.setOutputCol("token");
    Normalizer normalized = new Normalizer();
    normalized.setInputCols(new String[] {"token"});
    normalized.setOutputCol("normalized");
    normalized.setLowercase(true);
    RegexMatcher measurements = new RegexMatcher();
    measurements.setInputCols(new String[] {"document"});
    measurements.setOutputCol("measurement");
    measurements.setDelimiter("~");
    measurements.setRules(new String[] {"\\d+(\\.\\d+)? ?(mm|cm)~size"});
    measurements.setStrategy("MATCH_ALL");

    PipelineModel model =
        new Pipeline()
            .setStages(new PipelineStage[] {document, sentences, tokens, normalized, measurements})
            .fit(reports);
    List<Row> out =
        model
            .transform(reports)
            .selectExpr(
                "text",
                "size(sentence) AS sentences",
                "size(token) AS tokens",
                "normalized.result AS normalized",
                "measurement.result AS measurements")
            .orderBy("text")
            .collectAsList();

    assertThat(out).hasSize(2);
    Row findings = out.get(0);
    Row impression = out.get(1);
    // "Findings: No pneumothorax." | "A 4 mm nodule is seen in the right upper lobe."
    assertThat(findings.getInt(1)).isEqualTo(2);
    // Findings : No pneumothorax . (5) + A 4 mm nodule is seen in the right upper lobe . (12)
    assertThat(findings.getInt(2)).isEqualTo(17);
    assertThat(findings.<String>getList(3))
        .contains("pneumothorax", "nodule", "lobe")
        .doesNotContain("4", ".");
    assertThat(findings.<String>getList(4)).containsExactly("4 mm");
    // The decimal in "1.2 cm" must not end a sentence: 3 sentences, not 4.
    assertThat(impression.getInt(1)).isEqualTo(3);
    // Impression : Stable 1.2 cm cyst in the left kidney . (11) + No acute findings . (4)
    // + Follow up in 6 months . (6)
    assertThat(impression.getInt(2)).isEqualTo(21);
    assertThat(impression.<String>getList(4)).containsExactly("1.2 cm");

    // Spark NLP's model downloader (S3 client, ~/cache_pretrained) was never even class-loaded.
    assertThat(
            loadedClasses(
                DocumentAssembler.class.getClassLoader(),
                "com.johnsnowlabs.nlp.pretrained.ResourceDownloader",
                "com.johnsnowlabs.nlp.pretrained.ResourceDownloader$"))
        .isEmpty();
  }

  @Test
  void djlPyTorchRunsInMapPartitionsOnBundledLibtorch() throws Exception {
    // Offline makes "bundled" provable: DJL's download path (Utils.openUrl) refuses http(s).
    assertThat(Utils.isOfflineMode()).isTrue();
    assertThatThrownBy(
            () -> Utils.openUrl(new URL("https://publish.djl.ai/pytorch/2.7.1/files.txt")))
        .hasMessageContaining("Offline mode is enabled");

    Dataset<Row> features =
        spark
            .range(1, 9)
            .selectExpr(
                "id", "array(CAST(id AS FLOAT), CAST(2 * id AS FLOAT), CAST(3 * id AS FLOAT)) AS x")
            .repartition(2);
    List<TorchRow> rows =
        features
            .mapPartitions(
                (MapPartitionsFunction<Row, TorchRow>) StackClasspathTest::scorePartition,
                Encoders.bean(TorchRow.class))
            .orderBy("id")
            .collectAsList();

    assertThat(rows).extracting(TorchRow::getId).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
    for (TorchRow r : rows) {
      // x = id * [1, 2, 3], w = [0.5, -1, 2]: x.w = 4.5 id, |x| = sqrt(14) id.
      assertThat(r.getDot()).isCloseTo(4.5 * r.getId(), within(1e-4));
      assertThat(r.getNorm()).isCloseTo(Math.sqrt(14) * r.getId(), within(1e-4));
      assertThat(r.getEngineVersion()).isEqualTo(RepoFiles.pomProperty("pytorch.version"));
      assertThat(r.isOffline()).isTrue();
    }
    // Both partitions ran (two task threads), each with its own NDManager.
    assertThat(rows.stream().map(TorchRow::getPartition).distinct()).hasSize(2);

    // The only native package on the classpath is the bundled jar for the pom's version...
    List<URL> nativeProps =
        Collections.list(
            Thread.currentThread()
                .getContextClassLoader()
                .getResources("native/lib/pytorch.properties"));
    assertThat(nativeProps).hasSize(1);
    assertThat(nativeProps.get(0).toString())
        .contains(
            "pytorch-native-cpu-"
                + RepoFiles.pomProperty("pytorch.version")
                + "-linux-x86_64.jar!");
    Properties bundled = new Properties();
    try (var in = nativeProps.get(0).openStream()) {
      bundled.load(in);
    }
    assertThat(bundled.getProperty("version"))
        .startsWith(RepoFiles.pomProperty("pytorch.version") + "-");

    // ...and libtorch was unpacked from it into DJL_CACHE_DIR (surefire's env), in a folder named
    // after that jar's build-stamped version, flavor and classifier (2.7.1-20250812-cpu-...).
    String cacheDirEnv = System.getenv("DJL_CACHE_DIR");
    assertThat(cacheDirEnv).as("surefire sets DJL_CACHE_DIR").isNotBlank();
    Path expectedCache = Paths.get(cacheDirEnv).toAbsolutePath().normalize();
    assertThat(Utils.getCacheDir().toAbsolutePath().normalize()).isEqualTo(expectedCache);
    Path libtorch = Paths.get(rows.get(0).getLibtorchPath()).toAbsolutePath().normalize();
    assertThat(libtorch.getParent()).isEqualTo(expectedCache.resolve("pytorch"));
    assertThat(libtorch.getFileName().toString())
        .isEqualTo(
            bundled.getProperty("version")
                + "-"
                + bundled.getProperty("flavor")
                + "-"
                + bundled.getProperty("classifier"));
    assertThat(libtorch.resolve("libtorch_cpu.so")).isRegularFile();
  }

  /** One NDManager per partition (closed when the partition is done), a sub-manager per row. */
  private static Iterator<TorchRow> scorePartition(Iterator<Row> it) {
    Engine engine = Engine.getEngine("PyTorch");
    List<TorchRow> out = new ArrayList<>();
    try (NDManager manager = engine.newBaseManager()) {
      NDArray w = manager.create(new float[] {0.5f, -1f, 2f});
      while (it.hasNext()) {
        Row row = it.next();
        List<Float> xs = row.getList(1);
        float[] x = new float[xs.size()];
        for (int i = 0; i < x.length; i++) {
          x[i] = xs.get(i);
        }
        try (NDManager perRow = manager.newSubManager()) {
          NDArray a = perRow.create(x);
          TorchRow r = new TorchRow();
          r.setId(row.getLong(0));
          r.setDot(a.mul(w).sum().getFloat());
          r.setNorm(a.pow(2).sum().sqrt().getFloat());
          r.setEngineVersion(engine.getVersion());
          r.setLibtorchPath(LibUtils.getLibtorchPath());
          r.setOffline(Utils.isOfflineMode());
          r.setPartition(org.apache.spark.TaskContext.getPartitionId());
          out.add(r);
        }
      }
    }
    return out.iterator();
  }

  private static Map<String, Integer> findingsById(Dataset<Row> df) {
    return df.select("report_id", "n_findings").collectAsList().stream()
        .collect(
            Collectors.toMap(r -> r.getString(0), r -> r.getInt(1), (a, b) -> a, TreeMap::new));
  }

  private static Map<String, Integer> sorted(Map<String, Integer> m) {
    return new TreeMap<>(m);
  }

  private static List<Throwable> causalChain(Throwable e) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }

  /**
   * Names among {@code names} that {@code loader} has already loaded, without triggering a load.
   */
  private static List<String> loadedClasses(ClassLoader loader, String... names) throws Exception {
    Method findLoaded = ClassLoader.class.getDeclaredMethod("findLoadedClass", String.class);
    findLoaded.setAccessible(true); // java.base/java.lang is opened by spark.java17.opens
    List<String> loaded = new ArrayList<>();
    for (ClassLoader l = loader; l != null; l = l.getParent()) {
      for (String n : names) {
        if (findLoaded.invoke(l, n) != null && !loaded.contains(n)) {
          loaded.add(n);
        }
      }
    }
    return loaded;
  }

  /** Bean for Encoders.bean: one scored row plus where libtorch came from. */
  public static class TorchRow implements Serializable {
    private long id;
    private double dot;
    private double norm;
    private String engineVersion;
    private String libtorchPath;
    private boolean offline;
    private int partition;

    public long getId() {
      return id;
    }

    public void setId(long id) {
      this.id = id;
    }

    public double getDot() {
      return dot;
    }

    public void setDot(double dot) {
      this.dot = dot;
    }

    public double getNorm() {
      return norm;
    }

    public void setNorm(double norm) {
      this.norm = norm;
    }

    public String getEngineVersion() {
      return engineVersion;
    }

    public void setEngineVersion(String engineVersion) {
      this.engineVersion = engineVersion;
    }

    public String getLibtorchPath() {
      return libtorchPath;
    }

    public void setLibtorchPath(String libtorchPath) {
      this.libtorchPath = libtorchPath;
    }

    public boolean isOffline() {
      return offline;
    }

    public void setOffline(boolean offline) {
      this.offline = offline;
    }

    public int getPartition() {
      return partition;
    }

    public void setPartition(int partition) {
      this.partition = partition;
    }
  }
}
