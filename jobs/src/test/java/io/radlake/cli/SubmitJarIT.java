package io.radlake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The spark-submit jar (built in the package phase, checked by failsafe afterwards): radlake, Delta
 * and the contracts inside; Spark (the cluster's) and libtorch (shipped per cluster) not.
 */
class SubmitJarIT {
  private static final Path JAR = Path.of("target/radlake-jobs-0.1.0-SNAPSHOT-submit.jar");

  @Test
  void bundlesRadlakeAndDeltaButNeitherSparkNorLibtorch() throws IOException {
    assertThat(Files.exists(JAR)).as(JAR.toAbsolutePath() + " (built by mvn package)").isTrue();
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo(RadlakeCli.class.getName());
      assertThat(jar.getEntry("io/radlake/cli/RadlakeCli.class")).isNotNull();
      assertThat(jar.getEntry("io/radlake/ingest/CsvSourceReader.class")).isNotNull();
      assertThat(jar.getEntry("io/delta/tables/DeltaTable.class")).isNotNull();
      assertThat(jar.getEntry("data-contracts/bronze.reports_raw.odcs.yaml")).isNotNull();
      assertThat(jar.getEntry("org/apache/spark/sql/SparkSession.class")).as("Spark itself").isNull();
      assertThat(jar.getEntry("org/apache/spark/SparkContext.class")).as("Spark itself").isNull();
      assertThat(jar.stream().map(e -> e.getName()).filter(n -> n.contains("libtorch"))).as("libtorch").isEmpty();
    }
  }
}
