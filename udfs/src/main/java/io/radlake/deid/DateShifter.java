package io.radlake.deid;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Moves every date of a patient back by the same keyed number of days (1 to 365), so intervals between a
 * patient's dates stay exactly true while the calendar dates are no longer the real ones. Different patients get
 * independent offsets. Thread-safe and immutable.
 *
 * <p>Dates in text are re-written in their own layout (see {@link #shiftText}). Coarser dates are shifted from a
 * mid-period anchor: "March 2021" as 15 March, a bare year as 2 July, and a month-day without a year as a day of
 * 2001 (2000 for 29 February), so they move consistently with the patient's full dates.
 */
public final class DateShifter {

    /** Largest backward shift in days; offsets are 1..MAX_OFFSET_DAYS days into the past, never 0. */
    public static final int MAX_OFFSET_DAYS = 365;

    private final ToIntFunction<String> offsets;
    private final NumericDateOrder order;

    /** US month/day order for ambiguous numeric dates. */
    public DateShifter(Pseudonymizer pseudonymizer) {
        this(pseudonymizer, NumericDateOrder.MONTH_FIRST);
    }

    public DateShifter(Pseudonymizer pseudonymizer, NumericDateOrder order) {
        this(keyedOffsets(Objects.requireNonNull(pseudonymizer, "pseudonymizer")), order);
    }

    /** Fixed offsets for readable tests. */
    DateShifter(ToIntFunction<String> offsets, NumericDateOrder order) {
        this.offsets = Objects.requireNonNull(offsets, "offsets");
        this.order = Objects.requireNonNull(order, "order");
    }

    private static ToIntFunction<String> keyedOffsets(Pseudonymizer pseudonymizer) {
        return patientId -> -1 - (int) Math.floorMod(pseudonymizer.derive("date-shift", patientId), MAX_OFFSET_DAYS);
    }

    public NumericDateOrder order() {
        return order;
    }

    /** The patient's shift in days: between -365 and -1, the same on every call. */
    public int offsetDays(String patientId) {
        if (patientId == null) {
            throw new IllegalArgumentException("patientId must not be null");
        }
        return offsets.applyAsInt(patientId);
    }

    public LocalDate shift(LocalDate date, String patientId) {
        Objects.requireNonNull(date, "date");
        return date.plusDays(offsetDays(patientId));
    }

    /** Shifts the date; the clock time stays. */
    public LocalDateTime shift(LocalDateTime dateTime, String patientId) {
        Objects.requireNonNull(dateTime, "dateTime");
        return dateTime.plusDays(offsetDays(patientId));
    }

    /**
     * The shifted date written in the layout of {@code dateText}: "03/14/2021" stays MM/dd/yyyy, "14-MAR-21" stays
     * dd-MMM-yy in capitals, "March 14th, 2021" keeps its ordinal, a leading weekday is recomputed and a trailing
     * clock time is kept as written. Ambiguous numeric dates follow {@link #order()}.
     *
     * @return empty when the text is not a date this class understands (the caller then redacts it as a tag)
     */
    public Optional<String> shiftText(String dateText, String patientId) {
        return DateExpression.parse(dateText, order).map(e -> e.render(shift(e.date(), patientId)));
    }

    /**
     * The shifted date as ISO 8601 at the precision written: "2020-11-02", "2020-11" (month and year), "2020" (year
     * only) or "--11-02" (month and day without a year); empty when not understood.
     */
    public Optional<String> shiftIso(String dateText, String patientId) {
        return DateExpression.parse(dateText, order).map(e -> e.iso(shift(e.date(), patientId)));
    }
}
