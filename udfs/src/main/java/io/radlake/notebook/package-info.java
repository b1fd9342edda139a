/**
 * Databricks source-format SQL notebooks without Spark: cells ({@link NotebookSource}), statements and
 * parameter markers ({@link SqlScript}), widgets ({@link Widget}) and the text table query results are
 * printed as ({@link TextTable}). {@code radlake notebook} and {@code radlake sql} run them on Spark.
 */
package io.radlake.notebook;
