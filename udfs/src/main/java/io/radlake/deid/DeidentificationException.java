package io.radlake.deid;

/**
 * De-identification of one report failed; the caller quarantines the report (fail closed). The message names the
 * stage and the exception class only. The original exception's message could quote report text, so it is dropped:
 * the cause attached here carries its class name and stack trace, nothing else.
 */
public final class DeidentificationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Where it failed. */
    public enum Stage {
        /** The text or patient id was missing. */
        INPUT,
        /** The detector threw. */
        DETECT,
        /** Findings were invalid or replacement threw. */
        REDACT
    }

    private final Stage stage;
    private final String causeClass;

    public DeidentificationException(Stage stage, Throwable cause) {
        super("de-identification failed at stage " + stage + ": " + cause.getClass().getName()
                + " (message withheld: it may contain report text)", sanitized(cause));
        this.stage = stage;
        this.causeClass = cause.getClass().getName();
    }

    public Stage stage() {
        return stage;
    }

    /** Fully qualified class name of the original exception. */
    public String causeClass() {
        return causeClass;
    }

    private static Throwable sanitized(Throwable cause) {
        RuntimeException copy = new RuntimeException(cause.getClass().getName());
        copy.setStackTrace(cause.getStackTrace());
        return copy;
    }
}
