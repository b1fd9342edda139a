package io.radlake.deid;

import java.util.List;
import java.util.Objects;

/** Detection plus replacement for one report at a time. Immutable and thread-safe when the detector is. */
public final class Deidentifier {

    private final PhiDetector detector;
    private final Redactor redactor;

    public Deidentifier(PhiDetector detector, Redactor redactor) {
        this.detector = Objects.requireNonNull(detector, "detector");
        this.redactor = Objects.requireNonNull(redactor, "redactor");
    }

    /** The usual assembly: one secret for pseudonyms, date shifts and surrogates. */
    public static Deidentifier create(PhiDetector detector, DeidMode mode, DeidSecret secret) {
        return new Deidentifier(detector, Redactor.create(mode, new Pseudonymizer(secret)));
    }

    public Redactor redactor() {
        return redactor;
    }

    /**
     * @param patientId keys the date shift and the surrogates, so one patient's reports stay consistent
     * @throws DeidentificationException whatever went wrong, naming the stage but never any text
     */
    public DeidResult deidentify(String text, String patientId) {
        if (text == null || patientId == null) {
            throw new DeidentificationException(DeidentificationException.Stage.INPUT,
                    new IllegalArgumentException("text and patientId must not be null"));
        }
        List<PhiFinding> findings;
        try {
            findings = detector.detect(text);
            Objects.requireNonNull(findings, "detector returned null");
        } catch (RuntimeException | StackOverflowError e) {
            throw new DeidentificationException(DeidentificationException.Stage.DETECT, e);
        }
        try {
            Redaction redaction = redactor.redact(text, findings, patientId);
            return new DeidResult(redaction.text(), findings, redaction.auditCounts());
        } catch (RuntimeException | StackOverflowError e) {
            throw new DeidentificationException(DeidentificationException.Stage.REDACT, e);
        }
    }
}
