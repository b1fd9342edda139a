package io.radlake.jobs.deid;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.RegexTokenizer;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Sentence and word structure of de-identified sections, from a Spark NLP pipeline of model-free annotators
 * (DocumentAssembler, the rule-based pragmatic SentenceDetector, RegexTokenizer on whitespace): nothing is
 * downloaded. Adds, per section, {@code <section>_sentences} (array of sentence strings, what ROUGE-Lsum splits
 * on) and {@code <section>_words} (whitespace-separated words), both null where the section is. Runs on the
 * executors; no shuffle.
 *
 * <p>Spark NLP's trained {@code Tokenizer} is avoided on purpose: its rules live in broadcast "features" bound to
 * the first SparkSession of the JVM, so it breaks once that session is stopped and another started. These three
 * annotators hold plain parameters only.
 */
public final class ReportStructure {
  /** The sections that get structure: the dataset builder's input and output. */
  public static final List<String> SECTIONS = List.of("findings", "impression");

  private ReportStructure() {}

  /** {@code rows} with the structure columns added for every section in {@link #SECTIONS}. */
  public static Dataset<Row> annotate(Dataset<Row> rows) {
    List<PipelineStage> stages = new ArrayList<>();
    Dataset<Row> input = rows;
    for (String section : SECTIONS) {
      // The assembler rejects nulls; absent sections go in empty and come out null again below.
      input = input.withColumn(tmp(section, "text"), coalesce(col(section), lit("")));
      DocumentAssembler document = new DocumentAssembler();
      document.setInputCol(tmp(section, "text"));
      document.setOutputCol(tmp(section, "document"));
      SentenceDetector sentences = new SentenceDetector();
      sentences.setInputCols(new String[] {tmp(section, "document")});
      sentences.setOutputCol(tmp(section, "sentence"));
      RegexTokenizer tokens = new RegexTokenizer();
      tokens.setInputCols(new String[] {tmp(section, "sentence")});
      tokens.setOutputCol(tmp(section, "token"));
      stages.add(document);
      stages.add(sentences);
      stages.add(tokens);
    }
    // All stages are models already: fitting reads no data.
    PipelineModel model = new Pipeline().setStages(stages.toArray(PipelineStage[]::new)).fit(input.limit(0));
    Dataset<Row> out = model.transform(input);
    for (String section : SECTIONS) {
      out = out
          .withColumn(section + "_sentences",
              when(col(section).isNull(), lit(null)).otherwise(col(tmp(section, "sentence") + ".result")))
          .withColumn(section + "_words",
              when(col(section).isNull(), lit(null)).otherwise(size(col(tmp(section, "token")))))
          .drop(tmp(section, "text"), tmp(section, "document"), tmp(section, "sentence"), tmp(section, "token"));
    }
    return out;
  }

  private static String tmp(String section, String what) {
    return "_" + section + "_" + what;
  }
}
