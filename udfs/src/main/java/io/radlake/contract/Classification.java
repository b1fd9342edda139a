package io.radlake.contract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How sensitive a column's values are. {@link #RESTRICTED} marks PHI: report text, patient and report
 * identifiers, study dates, raw source bytes.
 */
public enum Classification {
  PUBLIC,
  INTERNAL,
  /** Quasi-identifiers (age, sex) and values derived from PHI (hashes of report text). */
  CONFIDENTIAL,
  /** PHI. Values must never reach logs, exception messages or metrics. */
  RESTRICTED;

  public static Optional<Classification> fromName(String name) {
    return Arrays.stream(values()).filter(c -> c.odcsName().equals(name)).findFirst();
  }

  public static String allowedNames() {
    return Arrays.stream(values()).map(Classification::odcsName).collect(Collectors.joining(", "));
  }

  /** The value written in a contract's {@code classification} field. */
  public String odcsName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
