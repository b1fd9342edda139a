package io.radlake.corpus;

import static io.radlake.phi.DateText.ordinalSuffix;
import static io.radlake.phi.DateText.twoDigits;

import java.time.LocalDate;

/**
 * Hand-written formatters for dates, times and numbers: real exports mix many layouts, and these avoid
 * java.time formatters and String.format in the hot path.
 */
final class PhiFormats {

    static final int DATE_STYLES = 12;
    static final int TIME_STYLES = 6;
    static final int PHONE_STYLES = 5;

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] MONTH_ABBR = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
        "Oct", "Nov", "Dec"};
    private static final String[] MONTH_UPPER = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
        "OCT", "NOV", "DEC"};

    private PhiFormats() {
    }

    /**
     * 0 03/14/2021, 1 3/14/21, 2 2021-03-14, 3 March 14, 2021, 4 14 Mar 2021, 5 Mar. 14th 2021,
     * 6 14-MAR-2021, 7 20210314, 8 03.14.2021, 9 3/14/2021, 10 14th of March 2021, 11 03-14-2021.
     */
    static String date(LocalDate date, int style) {
        int y = date.getYear();
        int m = date.getMonthValue();
        int d = date.getDayOfMonth();
        StringBuilder out = new StringBuilder(18);
        switch (style) {
            case 0 -> out.append(twoDigits(m)).append('/').append(twoDigits(d)).append('/').append(y);
            case 1 -> out.append(m).append('/').append(d).append('/').append(twoDigits(y % 100));
            case 2 -> out.append(y).append('-').append(twoDigits(m)).append('-').append(twoDigits(d));
            case 3 -> out.append(MONTHS[m - 1]).append(' ').append(d).append(", ").append(y);
            case 4 -> out.append(d).append(' ').append(MONTH_ABBR[m - 1]).append(' ').append(y);
            case 5 -> out.append(MONTH_ABBR[m - 1]).append(m == 5 ? " " : ". ").append(d).append(ordinalSuffix(d))
                    .append(' ').append(y);
            case 6 -> out.append(twoDigits(d)).append('-').append(MONTH_UPPER[m - 1]).append('-').append(y);
            case 7 -> out.append(y).append(twoDigits(m)).append(twoDigits(d));
            case 8 -> out.append(twoDigits(m)).append('.').append(twoDigits(d)).append('.').append(y);
            case 9 -> out.append(m).append('/').append(d).append('/').append(y);
            case 10 -> out.append(d).append(ordinalSuffix(d)).append(" of ").append(MONTHS[m - 1]).append(' ').append(y);
            case 11 -> out.append(twoDigits(m)).append('-').append(twoDigits(d)).append('-').append(y);
            default -> throw new IllegalArgumentException(
                    "date style must be 0.." + (DATE_STYLES - 1) + ", got: " + style);
        }
        return out.toString();
    }

    /** 0 10:22 AM, 1 10:22, 2 1022 (used before "hours"), 3 10:22 a.m., 4 10:22:00, 5 10:22AM. */
    static String time(int hour, int minute, int style) {
        int hour12 = hour % 12 == 0 ? 12 : hour % 12;
        String amPm = hour < 12 ? "AM" : "PM";
        return switch (style) {
            case 0 -> hour12 + ":" + twoDigits(minute) + " " + amPm;
            case 1 -> twoDigits(hour) + ":" + twoDigits(minute);
            case 2 -> twoDigits(hour) + twoDigits(minute);
            case 3 -> hour12 + ":" + twoDigits(minute) + (hour < 12 ? " a.m." : " p.m.");
            case 4 -> twoDigits(hour) + ":" + twoDigits(minute) + ":00";
            case 5 -> hour12 + ":" + twoDigits(minute) + amPm;
            default -> throw new IllegalArgumentException(
                    "time style must be 0.." + (TIME_STYLES - 1) + ", got: " + style);
        };
    }

    /** {@code digits} is 10 digits; 0 (217) 555-0143, 1 217-555-0143, 2 217.555.0143, 3 +1 217 555 0143, 4 2175550143. */
    static String phone(String digits, int style) {
        String area = digits.substring(0, 3);
        String exchange = digits.substring(3, 6);
        String line = digits.substring(6);
        return switch (style) {
            case 0 -> "(" + area + ") " + exchange + "-" + line;
            case 1 -> area + "-" + exchange + "-" + line;
            case 2 -> area + "." + exchange + "." + line;
            case 3 -> "+1 " + area + " " + exchange + " " + line;
            case 4 -> digits;
            default -> throw new IllegalArgumentException(
                    "phone style must be 0.." + (PHONE_STYLES - 1) + ", got: " + style);
        };
    }

    /** ISO-8601 local date-time with seconds, e.g. 2021-03-14T10:22:00 (LocalDateTime.toString drops ":00"). */
    static String isoDateTime(java.time.LocalDateTime t) {
        return t.getYear() + "-" + twoDigits(t.getMonthValue()) + "-" + twoDigits(t.getDayOfMonth()) + "T" + twoDigits(t.getHour())
                + ":" + twoDigits(t.getMinute()) + ":" + twoDigits(t.getSecond());
    }



    /** Zero-padded decimal of {@code width} digits (value must fit). */
    static String padded(long value, int width) {
        String digits = Long.toString(value);
        if (digits.length() >= width) {
            return digits;
        }
        StringBuilder out = new StringBuilder(width);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits).toString();
    }

    /** {@code count} random decimal digits. */
    static String digits(java.util.SplittableRandom random, int count) {
        char[] out = new char[count];
        for (int i = 0; i < count; i++) {
            out[i] = (char) ('0' + random.nextInt(10));
        }
        return new String(out);
    }

    /** {@code count} random upper-case letters, skipping I and O (as ID schemes do). */
    static String letters(java.util.SplittableRandom random, int count) {
        final String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        char[] out = new char[count];
        for (int i = 0; i < count; i++) {
            out[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(out);
    }
}
