package io.radlake.phi;

/**
 * Pieces of English date and time text that the generator writes and the de-identification engine re-renders:
 * one definition, so a shifted date comes out in exactly the layout the generator (or a hospital) used.
 */
public final class DateText {
    private DateText() {}

    /** 7 -> "07", 12 -> "12". */
    public static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    /** The English ordinal suffix of a day of the month: 1 -> "st", 12 -> "th", 22 -> "nd". */
    public static String ordinalSuffix(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
