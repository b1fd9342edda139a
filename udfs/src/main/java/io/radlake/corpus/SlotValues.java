package io.radlake.corpus;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Slot values for one finding, drawn on first use, so its findings sentence and impression mention the
 * same side, size and date. Reused: {@link #reset} before each finding.
 */
final class SlotValues {

    private final String[] values = new String[TemplateSlot.values().length];
    private SplittableRandom random;
    private LocalDate studyDate;
    private int dateStyle;
    private String side;

    /** {@code reportSide} is shared by every finding: an extremity report talks about one side. */
    void startReport(SplittableRandom reportRandom, LocalDate reportStudyDate, int reportDateStyle, String reportSide) {
        random = reportRandom;
        studyDate = reportStudyDate;
        dateStyle = reportDateStyle;
        side = reportSide;
        reset();
    }

    void reset() {
        Arrays.fill(values, null);
        values[TemplateSlot.SIDE.ordinal()] = side;
    }

    String value(TemplateSlot slot) {
        String value = values[slot.ordinal()];
        if (value == null) {
            value = slot.draw(random, this);
            values[slot.ordinal()] = value;
        }
        return value;
    }

    LocalDate studyDate() {
        return studyDate;
    }

    int dateStyle() {
        return dateStyle;
    }
}
