package io.radlake.contract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * How an actual schema differs from a contract's, by column name. Types are compared without
 * nullability, which is reported apart: a batch may well be nullable where the contract is not.
 *
 * @param typeMismatches e.g. "patient_age is string, contract says int"
 * @param nullabilityMismatches e.g. "report_id is nullable, contract says required"
 */
record SchemaDiff(
    List<String> missingColumns,
    List<String> unexpectedColumns,
    List<String> mistypedColumns,
    List<String> typeMismatches,
    List<String> nullabilityMismatches) {

  static SchemaDiff between(StructType expected, StructType actual) {
    Map<String, StructField> actualByName =
        java.util.Arrays.stream(actual.fields())
            .collect(Collectors.toMap(StructField::name, Function.identity(), (a, b) -> a));
    Set<String> expectedNames = new HashSet<>();
    List<String> missing = new ArrayList<>();
    List<String> mistyped = new ArrayList<>();
    List<String> typeMismatches = new ArrayList<>();
    List<String> nullability = new ArrayList<>();
    for (StructField want : expected.fields()) {
      expectedNames.add(want.name());
      StructField have = actualByName.get(want.name());
      if (have == null) {
        missing.add(want.name());
      } else if (!sameTypeIgnoringNullability(want.dataType(), have.dataType())) {
        mistyped.add(want.name());
        typeMismatches.add(want.name() + " is " + have.dataType().simpleString()
            + ", contract says " + want.dataType().simpleString());
      } else if (want.nullable() != have.nullable()) {
        nullability.add(want.name() + " is " + (have.nullable() ? "nullable" : "not nullable")
            + ", contract says " + (want.nullable() ? "nullable" : "required"));
      }
    }
    Set<String> unexpected = new LinkedHashSet<>();
    for (StructField have : actual.fields()) {
      if (!expectedNames.contains(have.name())) {
        unexpected.add(have.name());
      }
    }
    return new SchemaDiff(missing, List.copyOf(unexpected), mistyped, typeMismatches, nullability);
  }

  /** Missing, unexpected and mistyped columns as violations; nullability is for the row rules. */
  List<SchemaViolation> violations() {
    List<SchemaViolation> violations = new ArrayList<>();
    if (!missingColumns.isEmpty()) {
      violations.add(new SchemaViolation(SchemaViolation.COLUMNS_PRESENT,
          "missing column(s) " + String.join(", ", missingColumns)));
    }
    if (!unexpectedColumns.isEmpty()) {
      violations.add(new SchemaViolation(SchemaViolation.NO_UNEXPECTED_COLUMNS,
          "column(s) not in the contract: " + String.join(", ", unexpectedColumns)));
    }
    if (!typeMismatches.isEmpty()) {
      violations.add(new SchemaViolation(SchemaViolation.COLUMN_TYPES, String.join("; ", typeMismatches)));
    }
    return violations;
  }

  /** Columns no rule can be evaluated on. */
  Set<String> unusableColumns() {
    Set<String> unusable = new HashSet<>(missingColumns);
    unusable.addAll(mistypedColumns);
    return unusable;
  }

  boolean matchesIncludingNullability() {
    return missingColumns.isEmpty() && unexpectedColumns.isEmpty() && typeMismatches.isEmpty()
        && nullabilityMismatches.isEmpty();
  }

  static boolean sameTypeIgnoringNullability(DataType expected, DataType actual) {
    if (expected instanceof MapType want && actual instanceof MapType have) {
      return sameTypeIgnoringNullability(want.keyType(), have.keyType())
          && sameTypeIgnoringNullability(want.valueType(), have.valueType());
    }
    if (expected instanceof ArrayType want && actual instanceof ArrayType have) {
      return sameTypeIgnoringNullability(want.elementType(), have.elementType());
    }
    if (expected instanceof StructType want && actual instanceof StructType have) {
      if (want.fields().length != have.fields().length) {
        return false;
      }
      for (int i = 0; i < want.fields().length; i++) {
        StructField w = want.fields()[i];
        StructField h = have.fields()[i];
        if (!w.name().equals(h.name()) || !sameTypeIgnoringNullability(w.dataType(), h.dataType())) {
          return false;
        }
      }
      return true;
    }
    return expected.equals(actual);
  }
}
