package io.radlake.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.radlake.corpus.CorpusFormat;
import io.radlake.corpus.CorpusSpec;
import io.radlake.corpus.CorpusWriter;
import io.radlake.ingest.SourceFormat;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFilesTest {
  @Test
  void aGeneratedCorpusFolderIsReadAsItsDataShardsOnly(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("corpus");
    new CorpusWriter().write(new CorpusSpec(3, 300, CorpusFormat.JSONL, corpus, 100, 0.05, null));

    // Ground truth, the broken-record list and the manifest sit beside the shards under '_' names.
    List<String> names = SourceFiles.expand(List.of(corpus.toString()), null, new Configuration()).stream()
        .map(f -> Path.of(java.net.URI.create(f.path())).getFileName().toString()).toList();

    assertThat(names).containsExactly("reports-00000.jsonl", "reports-00001.jsonl", "reports-00002.jsonl");
  }

  @Test
  void aSourceFileSurvivesKryoWhichClustersUseForParallelizedValues() {
    // cluster-config/spark-defaults.conf sets spark.serializer to Kryo; ingest parallelizes SourceFiles.
    SerializerInstance kryo = new KryoSerializer(new SparkConf()).newInstance();
    SourceFile file = new SourceFile("file:/data/reports-00000.csv", SourceFormat.CSV, 1234);
    scala.reflect.ClassTag<SourceFile> tag = scala.reflect.ClassTag$.MODULE$.apply(SourceFile.class);

    assertThat(kryo.<SourceFile>deserialize(kryo.serialize(file, tag), tag)).isEqualTo(file);
  }
}
