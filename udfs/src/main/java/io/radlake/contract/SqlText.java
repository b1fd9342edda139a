package io.radlake.contract;

/** Spark SQL spelling of identifiers and string literals, for rule predicates and CHECK constraints. */
final class SqlText {
  private SqlText() {}

  static String identifier(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  /** Spark unescapes backslashes in literals by default, so both backslash and quote are escaped. */
  static String stringLiteral(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
