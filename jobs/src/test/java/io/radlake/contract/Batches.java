package io.radlake.contract;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Builds small DataFrames for contract tests: rows as value arrays in contract column order. */
final class Batches {
  private Batches() {}

  /**
   * All columns nullable, as most computed DataFrames are: with a non-nullable schema Spark would
   * assume there are no nulls and fold the not-null checks away.
   */
  static Dataset<Row> of(SparkSession spark, StructType schema, List<Object[]> rows) {
    StructType nullable = new StructType(Arrays.stream(schema.fields())
        .map(f -> DataTypes.createStructField(f.name(), f.dataType(), true))
        .toArray(StructField[]::new));
    return spark.createDataFrame(rows.stream().map(RowFactory::create).toList(), nullable);
  }

  /** A copy of row with column set to value. */
  static Object[] with(StructType schema, Object[] row, String column, Object value) {
    Object[] copy = row.clone();
    copy[schema.fieldIndex(column)] = value;
    return copy;
  }
}
