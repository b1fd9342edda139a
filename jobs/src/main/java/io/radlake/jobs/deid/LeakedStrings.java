package io.radlake.jobs.deid;

import static org.apache.spark.sql.functions.udf;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * The strings a purge removes, read from a file (one per line) so they never appear on a command line or in a log
 * line. Spark sees them only inside UDF closures, never as literals, so they stay out of query plans (the SQL UI,
 * event logs) and out of Delta commit predicates. {@link #toString()} gives only the count.
 */
public final class LeakedStrings implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int MIN_LENGTH = 3;
  static final String MASK = "[REDACTED]";

  private final List<String> strings;
  private transient Pattern anyOf;

  private LeakedStrings(List<String> strings) {
    this.strings = List.copyOf(strings);
  }

  /** Reads non-blank lines, trimmed; refuses strings so short that masking them would wreck every report. */
  public static LeakedStrings read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("--strings-file " + file + " cannot be read (" + e.getClass().getSimpleName()
          + "): give a readable UTF-8 file with one leaked string per line", e);
    }
    List<String> strings = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String s = lines.get(i).strip();
      if (s.isEmpty()) {
        continue;
      }
      if (s.length() < MIN_LENGTH) {
        throw new IllegalArgumentException("--strings-file " + file + " line " + (i + 1) + ": strings must be at least "
            + MIN_LENGTH + " characters, got " + s.length());
      }
      strings.add(s);
    }
    if (strings.isEmpty()) {
      throw new IllegalArgumentException("--strings-file " + file + " holds no strings: write one leaked string per line");
    }
    return new LeakedStrings(strings);
  }

  public static LeakedStrings of(List<String> strings) {
    if (strings.isEmpty() || strings.stream().anyMatch(s -> s.strip().length() < MIN_LENGTH)) {
      throw new IllegalArgumentException("leaked strings must be at least " + MIN_LENGTH + " characters, and at least one");
    }
    return new LeakedStrings(strings.stream().map(String::strip).toList());
  }

  public int size() {
    return strings.size();
  }

  /** True where any string occurs in the text, ignoring case. */
  public boolean foundIn(String text) {
    return text != null && pattern().matcher(text).find();
  }

  /** Replaces every occurrence, ignoring case, with {@value #MASK}. */
  public String mask(String text) {
    return text == null ? null : pattern().matcher(text).replaceAll(Matcher.quoteReplacement(MASK));
  }

  /** True where any of the string columns contains any string, ignoring case. */
  public Column foundIn(List<Column> columns) {
    UserDefinedFunction found = udf((UDF1<String, Boolean>) this::foundIn, DataTypes.BooleanType);
    Column any = functions.lit(false);
    for (Column column : columns) {
      any = any.or(found.apply(column));
    }
    return any;
  }

  /** {@link #mask(String)} as a Spark function. */
  public UserDefinedFunction maskFunction() {
    return udf((UDF1<String, String>) this::mask, DataTypes.StringType);
  }

  private Pattern pattern() {
    Pattern p = anyOf;
    if (p == null) {
      // Longest first so a string that contains another is masked whole.
      List<String> quoted = strings.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList();
      p = Pattern.compile(String.join("|", quoted), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      anyOf = p;
    }
    return p;
  }

  @Override
  public String toString() {
    return "LeakedStrings[" + strings.size() + " strings]";
  }
}
