package io.radlake.jobs.deid;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;

/**
 * The strings a purge removes, read from a file (one per line) so they never appear on a command line, in a
 * log line or in a Delta commit's recorded predicate. {@link #toString()} gives only the count.
 */
public final class LeakedStrings implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int MIN_LENGTH = 3;
  static final String MASK = "[REDACTED]";

  private final List<String> strings;

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
    return new LeakedStrings(strings);
  }

  public int size() {
    return strings.size();
  }

  /** True where any of the columns contains any string, ignoring case. */
  public Column foundIn(List<String> columns) {
    Column any = functions.lit(false);
    for (String column : columns) {
      Column lower = functions.lower(functions.col(column));
      for (String s : strings) {
        any = any.or(functions.coalesce(functions.instr(lower, s.toLowerCase(Locale.ROOT)).gt(0), functions.lit(false)));
      }
    }
    return any;
  }

  /** Replaces every occurrence, ignoring case, with {@value #MASK}. */
  public String mask(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String s : strings) {
      out = Pattern.compile(Pattern.quote(s), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(out)
          .replaceAll(Matcher.quoteReplacement(MASK));
    }
    return out;
  }

  @Override
  public String toString() {
    return "LeakedStrings[" + strings.size() + " strings]";
  }
}
