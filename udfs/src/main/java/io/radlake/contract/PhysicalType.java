package io.radlake.contract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * The Spark SQL column types a contract may declare as {@code physicalType}, each with the ODCS
 * {@code logicalType} it must be paired with (when the contract states one).
 */
public enum PhysicalType {
  STRING("string", DataTypes.StringType, "string"),
  INT("int", DataTypes.IntegerType, "integer"),
  BIGINT("bigint", DataTypes.LongType, "integer"),
  DOUBLE("double", DataTypes.DoubleType, "number"),
  BOOLEAN("boolean", DataTypes.BooleanType, "boolean"),
  TIMESTAMP("timestamp", DataTypes.TimestampType, "timestamp"),
  // Wall-clock time without a zone (study times in source exports): never shifted by the session time zone.
  TIMESTAMP_NTZ("timestamp_ntz", DataTypes.TimestampNTZType, "timestamp"),
  DATE("date", DataTypes.DateType, "date"),
  // ODCS has no binary logical type; binary is a string with format 'binary', as in OpenAPI.
  BINARY("binary", DataTypes.BinaryType, "string"),
  MAP_STRING_STRING(
      "map<string,string>",
      DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true),
      "object"),
  ARRAY_STRING("array<string>", DataTypes.createArrayType(DataTypes.StringType, true), "array");

  private final String sqlName;
  private final DataType sparkType;
  private final String logicalType;

  PhysicalType(String sqlName, DataType sparkType, String logicalType) {
    this.sqlName = sqlName;
    this.sparkType = sparkType;
    this.logicalType = logicalType;
  }

  /** Case-insensitive, and blind to blanks inside {@code map<string, string>}. */
  public static Optional<PhysicalType> fromSqlName(String name) {
    String normalized = name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.sqlName.equals(normalized)).findFirst();
  }

  public static String allowedNames() {
    return Arrays.stream(values()).map(PhysicalType::sqlName).collect(Collectors.joining(", "));
  }

  public String sqlName() {
    return sqlName;
  }

  public DataType sparkType() {
    return sparkType;
  }

  /** The ODCS logicalType that describes this physical type. */
  public String logicalType() {
    return logicalType;
  }

  public boolean isNumeric() {
    return this == INT || this == BIGINT || this == DOUBLE;
  }

  /** Spark cannot compare or group maps, so they cannot take part in a uniqueness rule. */
  public boolean isGroupable() {
    return this != MAP_STRING_STRING;
  }
}
