package io.radlake.contract;

import java.util.Objects;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/** One column of a contracted table: an ODCS {@code schema[].properties[]} entry. */
public record ContractColumn(
    String name,
    PhysicalType type,
    boolean required,
    Classification classification,
    String description) {

  public ContractColumn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(classification, "classification");
    Objects.requireNonNull(description, "description");
  }

  /** Nullable unless required; the description becomes the column comment. */
  public StructField toStructField() {
    return DataTypes.createStructField(name, type.sparkType(), !required).withComment(description);
  }

  public boolean isRestricted() {
    return classification == Classification.RESTRICTED;
  }
}
