package io.radlake.eval.spark;

import io.radlake.eval.rouge.RougeScorer;
import io.radlake.eval.rouge.RougeScores;
import io.radlake.eval.rouge.RougeTokenizer;
import io.radlake.eval.rouge.RougeType;
import io.radlake.eval.rouge.Score;
import io.radlake.eval.summary.ScoredExample;
import io.radlake.eval.summary.StudyClass;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Executor side of radlake evaluate: scores each prediction against its reference with {@link RougeScorer} (built
 * once per partition; all four types) and returns numbers only, so no text leaves the executor. Also counts both
 * texts' ROUGE tokens (unstemmed) and derives {@link StudyClass} from the reference. Needs no GPU.
 *
 * <p>Input columns: {@value #MODEL_ID}, {@value #EXAMPLE_KEY}, {@value #REFERENCE}, {@value #PREDICTION}, and one
 * string column per pass-through attribute. Output: {@link #outputSchema()}.
 */
public final class RougeScoringPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    public static final String MODEL_ID = "model_id";
    public static final String EXAMPLE_KEY = "example_key";
    public static final String REFERENCE = "reference";
    public static final String PREDICTION = "generated_text";
    public static final String REFERENCE_TOKENS = "reference_tokens";
    public static final String GENERATED_TOKENS = "generated_tokens";

    private static final RougeType[] TYPES = RougeType.values();

    private final boolean useStemmer;
    private final List<String> attributes;

    /**
     * @param useStemmer whether ROUGE stems tokens (rouge-score's use_stemmer)
     * @param attributes slice attribute columns copied from input to output as they are
     */
    public RougeScoringPartition(boolean useStemmer, List<String> attributes) {
        this.useStemmer = useStemmer;
        this.attributes = List.copyOf(attributes);
        if (this.attributes.contains(StudyClass.ATTRIBUTE)) {
            throw new IllegalArgumentException(StudyClass.ATTRIBUTE + " is derived from the reference here; do not"
                    + " pass it through");
        }
    }

    /** model_id, example_key, precision / recall / fmeasure per type, token counts, the attributes, study_class. */
    public StructType outputSchema() {
        StructType schema = new StructType()
                .add(MODEL_ID, DataTypes.StringType, false)
                .add(EXAMPLE_KEY, DataTypes.StringType, false);
        for (RougeType type : TYPES) {
            schema = schema.add(column(type, "precision"), DataTypes.DoubleType, false)
                    .add(column(type, "recall"), DataTypes.DoubleType, false)
                    .add(column(type, "fmeasure"), DataTypes.DoubleType, false);
        }
        schema = schema.add(REFERENCE_TOKENS, DataTypes.IntegerType, false)
                .add(GENERATED_TOKENS, DataTypes.IntegerType, false);
        for (String attribute : attributes) {
            schema = schema.add(attribute, DataTypes.StringType, true);
        }
        return schema.add(StudyClass.ATTRIBUTE, DataTypes.StringType, false);
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        RougeScorer scorer = RougeScorer.builder().metrics(TYPES).useStemmer(useStemmer).build();
        RougeTokenizer counter = RougeTokenizer.plain();
        List<Row> out = new ArrayList<>();
        while (rows.hasNext()) {
            Row row = rows.next();
            String reference = Objects.requireNonNull(row.getAs(REFERENCE), "reference");
            String prediction = Objects.requireNonNull(row.getAs(PREDICTION), "prediction");
            RougeScores scores = scorer.score(reference, prediction);
            Object[] values = new Object[4 + 3 * TYPES.length + attributes.size() + 1];
            int i = 0;
            values[i++] = row.getAs(MODEL_ID);
            values[i++] = row.getAs(EXAMPLE_KEY);
            for (RougeType type : TYPES) {
                Score score = scores.get(type);
                values[i++] = score.precision();
                values[i++] = score.recall();
                values[i++] = score.fmeasure();
            }
            values[i++] = counter.tokenize(reference).size();
            values[i++] = counter.tokenize(prediction).size();
            for (String attribute : attributes) {
                values[i++] = row.getAs(attribute);
            }
            values[i] = StudyClass.of(reference);
            out.add(RowFactory.create(values));
        }
        return out.iterator();
    }

    /** A row of {@link #outputSchema()} back as a {@link ScoredExample} (on the driver). */
    public ScoredExample toScoredExample(Row row) {
        Map<RougeType, Score> byType = new LinkedHashMap<>();
        for (RougeType type : TYPES) {
            byType.put(type, new Score(row.getAs(column(type, "precision")), row.getAs(column(type, "recall")),
                    row.getAs(column(type, "fmeasure"))));
        }
        Map<String, String> values = new HashMap<>();
        for (String attribute : attributes) {
            values.put(attribute, row.getAs(attribute));
        }
        values.put(StudyClass.ATTRIBUTE, row.getAs(StudyClass.ATTRIBUTE));
        return new ScoredExample(row.getAs(MODEL_ID), row.getAs(EXAMPLE_KEY), new RougeScores(byType), values,
                row.<Integer>getAs(REFERENCE_TOKENS), row.<Integer>getAs(GENERATED_TOKENS));
    }

    /** The output column of a type and measure (precision, recall, fmeasure), e.g. rougeL_fmeasure. */
    public static String column(RougeType type, String measure) {
        return type.key() + "_" + measure;
    }
}
