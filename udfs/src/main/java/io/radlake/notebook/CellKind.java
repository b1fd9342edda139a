package io.radlake.notebook;

/** What a notebook cell holds, from its first {@code -- MAGIC %...} line (none: SQL). */
public enum CellKind {
    /** SQL statements: a plain cell of a SQL notebook, or a {@code %sql} cell. */
    SQL,
    /** {@code %md} or {@code %md-sandbox}: documentation, never run. */
    MARKDOWN,
    /** Any other magic ({@code %python}, {@code %scala}, {@code %r}, {@code %sh}, {@code %run}, {@code %pip}, ...). */
    OTHER
}
