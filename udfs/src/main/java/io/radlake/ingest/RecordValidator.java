package io.radlake.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a source record into a {@link BronzeRecord} or the first {@link RecordProblem} found.
 * Checks, in order: required ids, text present, text not empty, text size, then typed values.
 * Messages name the field and what is allowed, never the value (it may be PHI).
 */
public final class RecordValidator {
  private static final List<DateTimeFormatter> LOCAL_DATE_TIMES =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE_TIME,
          DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSSSSS][.SSS]"),
          DateTimeFormatter.ofPattern("yyyyMMddHHmmss"),
          DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm[:ss]"));
  private static final List<DateTimeFormatter> LOCAL_DATES =
      List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.BASIC_ISO_DATE, DateTimeFormatter.ofPattern("MM/dd/yyyy"));
  private static final int MAX_AGE = 130;

  private final IngestSettings settings;

  public RecordValidator(IngestSettings settings) {
    this.settings = settings;
  }

  /** Either a bronze record or a problem, never both. */
  public record Outcome(BronzeRecord record, RecordProblem problem, String reportId) {
    public boolean accepted() {
      return record != null;
    }
  }

  public Outcome validate(SourceRecord source) {
    if (source.hasProblem()) {
      return new Outcome(null, source.problem(), null);
    }
    ColumnMapping.Resolved resolved = settings.mapping().resolve(source.fields());
    Map<String, String> v = resolved.canonical();
    String reportId = blankToNull(v.get(CanonicalColumns.REPORT_ID));
    if (reportId == null) {
      return missing(CanonicalColumns.REPORT_ID, null);
    }
    reportId = reportId.strip();
    if (blankToNull(v.get(CanonicalColumns.PATIENT_ID)) == null) {
      return missing(CanonicalColumns.PATIENT_ID, reportId);
    }
    if (!v.containsKey(CanonicalColumns.REPORT_TEXT) || v.get(CanonicalColumns.REPORT_TEXT) == null) {
      return missing(CanonicalColumns.REPORT_TEXT, reportId);
    }
    String text = v.get(CanonicalColumns.REPORT_TEXT);
    if (text.isBlank()) {
      return problem(ReasonCode.EMPTY_TEXT,
          "report_text is empty or whitespace only; a report without text cannot be used downstream", reportId);
    }
    long bytes = utf8Length(text);
    if (bytes > settings.maxTextBytes()) {
      return problem(ReasonCode.TEXT_TOO_LARGE,
          "report_text is " + bytes + " bytes, over the limit of " + settings.maxTextBytes()
              + " (--max-text-bytes); check the export (a whole batch in one field?) or raise the limit", reportId);
    }
    LocalDateTime studyDatetime;
    String rawDatetime = blankToNull(v.get(CanonicalColumns.STUDY_DATETIME));
    if (rawDatetime == null) {
      studyDatetime = null;
    } else {
      studyDatetime = parseDateTime(rawDatetime.strip());
      if (studyDatetime == null) {
        return problem(ReasonCode.INVALID_VALUE,
            "study_datetime is not a recognised date-time (value not shown: it may be PHI); allowed: ISO-8601 such as"
                + " 2021-03-14T10:22:00 or 2021-03-14 10:22:00, 20210314102200, 2021-03-14, 03/14/2021 10:22", reportId);
      }
    }
    Integer age;
    String rawAge = blankToNull(v.get(CanonicalColumns.PATIENT_AGE));
    if (rawAge == null) {
      age = null;
    } else {
      age = parseAge(rawAge.strip());
      if (age == null) {
        return problem(ReasonCode.INVALID_VALUE,
            "patient_age must be whole years between 0 and " + MAX_AGE
                + " (or a DICOM age string such as 045Y); the value is not shown", reportId);
      }
    }
    String sex = normaliseSex(v.get(CanonicalColumns.PATIENT_SEX));
    if (sex == null) {
      return problem(ReasonCode.INVALID_VALUE,
          "patient_sex must be one of F, M, O, U (also female/male/other/unknown, W, X); map other codes before ingest",
          reportId);
    }
    return new Outcome(
        new BronzeRecord(
            reportId,
            v.get(CanonicalColumns.PATIENT_ID).strip(),
            trimToNull(v.get(CanonicalColumns.ACCESSION_NUMBER)),
            studyDatetime,
            upperOrNull(v.get(CanonicalColumns.MODALITY)),
            upperOrNull(v.get(CanonicalColumns.BODY_PART)),
            trimToNull(v.get(CanonicalColumns.SITE_ID)),
            sex,
            age,
            resolved.attributes(),
            text,
            ContentHash.sha256Hex(text),
            source.sourceFile(),
            source.recordNumber(),
            source.format()),
        null,
        reportId);
  }

  private static Outcome missing(String column, String reportId) {
    return problem(ReasonCode.MISSING_REQUIRED_FIELD,
        column + " is missing or blank; fix the export, or map the source column with --map " + column + "=<column>",
        reportId);
  }

  private static Outcome problem(ReasonCode code, String message, String reportId) {
    return new Outcome(null, new RecordProblem(code, message), reportId);
  }

  static LocalDateTime parseDateTime(String s) {
    for (DateTimeFormatter f : LOCAL_DATE_TIMES) {
      try {
        return LocalDateTime.parse(s, f);
      } catch (DateTimeParseException ignored) {
        // try the next format
      }
    }
    try {
      // A zoned timestamp is stored as UTC wall-clock time.
      return OffsetDateTime.parse(s).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    } catch (DateTimeParseException ignored) {
      // fall through to date-only formats
    }
    for (DateTimeFormatter f : LOCAL_DATES) {
      try {
        return LocalDate.parse(s, f).atStartOfDay();
      } catch (DateTimeParseException ignored) {
        // try the next format
      }
    }
    return null;
  }

  static Integer parseAge(String s) {
    String digits = s;
    int divisor = 1;
    if (s.length() == 4 && Character.isLetter(s.charAt(3))) {
      // DICOM Age String: nnnD, nnnW, nnnM or nnnY.
      digits = s.substring(0, 3);
      switch (Character.toUpperCase(s.charAt(3))) {
        case 'Y' -> divisor = 1;
        case 'M' -> divisor = 12;
        case 'W' -> divisor = 52;
        case 'D' -> divisor = 365;
        default -> {
          return null;
        }
      }
    } else if (s.endsWith(".0")) {
      digits = s.substring(0, s.length() - 2);
    }
    if (digits.isEmpty() || digits.length() > 4) {
      return null;
    }
    for (int i = 0; i < digits.length(); i++) {
      if (!Character.isDigit(digits.charAt(i))) {
        return null;
      }
    }
    int age = Integer.parseInt(digits) / divisor;
    return age <= MAX_AGE ? age : null;
  }

  /** F, M, O or U; null for a code that is not understood. Absent means unknown (U). */
  static String normaliseSex(String s) {
    if (s == null || s.isBlank()) {
      return "U";
    }
    return switch (s.strip().toUpperCase(Locale.ROOT)) {
      case "F", "FEMALE", "W", "WOMAN" -> "F";
      case "M", "MALE", "MAN" -> "M";
      case "O", "OTHER", "X", "NONBINARY", "NON-BINARY" -> "O";
      case "U", "UNKNOWN", "UNK", "N/A" -> "U";
      default -> null;
    };
  }

  private static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String trimToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String upperOrNull(String s) {
    return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
  }
}
