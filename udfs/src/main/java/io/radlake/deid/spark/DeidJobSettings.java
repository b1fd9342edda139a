package io.radlake.deid.spark;

import io.radlake.clean.SectionParser;
import io.radlake.deid.DateShifter;
import io.radlake.deid.DeidMode;
import io.radlake.deid.DeidSecret;
import io.radlake.deid.Deidentifier;
import io.radlake.deid.PhiDetector;
import io.radlake.deid.Pseudonymizer;
import io.radlake.deid.Redactor;
import io.radlake.deid.RuleBasedPhiDetector;
import java.io.Serializable;
import java.util.List;

/**
 * What executors need to de-identify: the replacement mode, the attributes to keep and the secret. Serialisable
 * so it travels with the task; the secret is never printed ({@link #toString()} leaves it out).
 */
public final class DeidJobSettings implements Serializable {
  private static final long serialVersionUID = 1L;
  /** 1 MB of text: 20 times the longest report of a typical corpus, below the ingest limit. */
  public static final int DEFAULT_MAX_TEXT_CHARS = 1_000_000;
  /** Bump when detection, replacement or cleaning changes what a silver row holds. */
  public static final String DEID_VERSION = "radlake-deid/0.1.0";

  private final DeidMode mode;
  private final List<String> keepAttributes;
  private final DeidSecret secret;
  private final int maxTextChars;
  private transient Pseudonymizer pseudonymizer;

  public DeidJobSettings(DeidMode mode, List<String> keepAttributes, DeidSecret secret) {
    this(mode, keepAttributes, secret, DEFAULT_MAX_TEXT_CHARS);
  }

  private DeidJobSettings(DeidMode mode, List<String> keepAttributes, DeidSecret secret, int maxTextChars) {
    this.mode = mode;
    this.keepAttributes = List.copyOf(keepAttributes);
    this.secret = secret;
    this.maxTextChars = maxTextChars;
  }

  /** Longer reports are quarantined rather than de-identified: rules were not validated on such texts. */
  public DeidJobSettings maxTextChars(int chars) {
    if (chars < 1) {
      throw new IllegalArgumentException("--max-text-chars must be >= 1, got: " + chars);
    }
    return new DeidJobSettings(mode, keepAttributes, secret, chars);
  }

  public int maxTextChars() {
    return maxTextChars;
  }

  /** Versions of everything that shapes a silver row, stamped on each. */
  public String version() {
    return DEID_VERSION + " " + SectionParser.VERSION;
  }

  public DeidMode mode() {
    return mode;
  }

  public List<String> keepAttributes() {
    return keepAttributes;
  }

  public String secretFingerprint() {
    return secret.fingerprint();
  }

  /** One per deserialised copy (per task): its Mac is per thread, so it is safe to share within the task. */
  public Pseudonymizer pseudonymizer() {
    Pseudonymizer p = pseudonymizer;
    if (p == null) {
      p = new Pseudonymizer(secret);
      pseudonymizer = p;
    }
    return p;
  }

  public DateShifter dateShifter() {
    return new DateShifter(pseudonymizer());
  }

  /** Detector shared per JVM; redactor and keys per call (cheap). */
  public Deidentifier deidentifier() {
    return new Deidentifier(detector(), Redactor.create(mode, pseudonymizer()));
  }

  /** The detector of {@link #deidentifier()}; radlake deid-eval scores this one, which needs no secret. */
  public static PhiDetector detector() {
    return RuleBasedPhiDetector.standard();
  }

  @Override
  public String toString() {
    return "DeidJobSettings[mode=" + mode + ", keepAttributes=" + keepAttributes + ", secret=" + secret.fingerprint()
        + "]";
  }
}
