package io.radlake.deid;

import static io.radlake.phi.DateText.ordinalSuffix;
import static io.radlake.phi.DateText.twoDigits;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One date as written in a report: the date it names, how precise it is, and its layout, so that another date can
 * be written the same way ("Mar. 14th 2021" in, "Feb. 25th 2021" out). Immutable.
 *
 * <p>Understood: numeric day-month-year in either order with "/", "-" or "." and 2- or 4-digit years; ISO
 * year-month-day; compact yyyyMMdd; month names and abbreviations (any case, "Sept", optional period) before or after
 * the day, with or without ordinals and "of"; month-year ("March 2021", "03/2021", "2021-03"); month-day without a
 * year ("March 14"); a bare 4-digit year; an optional leading weekday ("Mon, ...") and an optional trailing clock
 * time ("T10:22:00", " 10:22 AM"), which is kept as written.
 */
final class DateExpression {

    /** What the expression pins down; coarser dates are shifted from a mid-period anchor. */
    enum Precision { DAY, MONTH, YEAR, MONTH_DAY }

    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};
    private static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday"};
    /** Two-digit years as POSIX strptime reads them: 69-99 are 19xx, 00-68 are 20xx. */
    private static final int TWO_DIGIT_PIVOT = 69;

    private static final Pattern TIME_SUFFIX = Pattern.compile(
            "(?:T|\\s+|,\\s*|\\s+at\\s+|\\s*@\\s*)\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?"
                    + "(?:\\s*[AaPp]\\.?\\s?[Mm]\\.?)?(?:Z|[+-]\\d{2}:?\\d{2})?$");
    private static final Pattern WEEKDAY_PREFIX = Pattern.compile(
            "^(?i)(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat"
                    + "|sun)(\\.?)(,?\\s+)");

    private final LocalDate date;
    private final Precision precision;
    private final List<Part> parts;

    private DateExpression(LocalDate date, Precision precision, List<Part> parts) {
        this.date = date;
        this.precision = precision;
        this.parts = List.copyOf(parts);
    }

    /** The date named; for coarser precisions the anchor (15th of the month, 2 July, year 2001 or 2000). */
    LocalDate date() {
        return date;
    }

    Precision precision() {
        return precision;
    }

    /** {@code other} in this expression's layout, at this expression's precision. */
    String render(LocalDate other) {
        StringBuilder out = new StringBuilder(24);
        for (Part part : parts) {
            part.render(other, out);
        }
        return out.toString();
    }

    /** {@code other} as ISO 8601 at this precision: 2021-03-14, 2021-03, 2021 or --03-14. */
    String iso(LocalDate other) {
        String month = twoDigits(other.getMonthValue());
        return switch (precision) {
            case DAY -> year4(other.getYear()) + "-" + month + "-" + twoDigits(other.getDayOfMonth());
            case MONTH -> year4(other.getYear()) + "-" + month;
            case YEAR -> year4(other.getYear());
            case MONTH_DAY -> "--" + month + "-" + twoDigits(other.getDayOfMonth());
        };
    }

    // ----- parsing ------------------------------------------------------------------------------

    static Optional<DateExpression> parse(String text, NumericDateOrder order) {
        if (text == null || text.isBlank() || text.length() > 64) {
            return Optional.empty();
        }
        List<Part> prefix = new ArrayList<>(3);
        List<Part> suffix = new ArrayList<>(1);
        int begin = 0;
        int end = text.length();
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (begin > 0) {
            prefix.add(new Literal(text.substring(0, begin)));
        }
        String trailingSpace = text.substring(end);
        String core = text.substring(begin, end);

        Matcher weekday = WEEKDAY_PREFIX.matcher(core);
        if (weekday.find()) {
            String word = weekday.group(1);
            prefix.add(new WeekdayName(isFullWeekday(word), LetterCase.of(word), !weekday.group(2).isEmpty()));
            prefix.add(new Literal(weekday.group(3)));
            core = core.substring(weekday.end());
        }
        Matcher time = TIME_SUFFIX.matcher(core);
        if (time.find() && time.start() > 0) {
            suffix.add(new Literal(core.substring(time.start())));
            core = core.substring(0, time.start());
        }
        if (!trailingSpace.isEmpty()) {
            suffix.add(new Literal(trailingSpace));
        }
        List<Token> tokens = tokenize(core);
        if (tokens == null) {
            return Optional.empty();
        }
        Optional<DateExpression> parsed = new CoreParser(tokens, order).parse();
        return parsed.map(p -> {
            List<Part> all = new ArrayList<>(prefix);
            all.addAll(p.parts);
            all.addAll(suffix);
            return new DateExpression(p.date, p.precision, all);
        });
    }

    private static boolean isFullWeekday(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String day : WEEKDAYS) {
            if (day.equals(lower)) {
                return true;
            }
        }
        return false;
    }

    private enum Kind { DIGITS, LETTERS, SEP }

    private record Token(Kind kind, String text) {
    }

    /** Digits, letters and separators; null when the text holds anything a date never does. */
    private static List<Token> tokenize(String core) {
        List<Token> tokens = new ArrayList<>(8);
        int i = 0;
        while (i < core.length()) {
            char c = core.charAt(i);
            Kind kind;
            if (c >= '0' && c <= '9') {
                kind = Kind.DIGITS;
            } else if (Character.isLetter(c)) {
                kind = Kind.LETTERS;
            } else if (c == ' ' || c == ',' || c == '.' || c == '/' || c == '-') {
                kind = Kind.SEP;
            } else {
                return null;
            }
            int j = i + 1;
            while (j < core.length() && kindOf(core.charAt(j)) == kind) {
                j++;
            }
            tokens.add(new Token(kind, core.substring(i, j)));
            i = j;
        }
        return tokens;
    }

    private static Kind kindOf(char c) {
        if (c >= '0' && c <= '9') {
            return Kind.DIGITS;
        }
        if (Character.isLetter(c)) {
            return Kind.LETTERS;
        }
        return c == ' ' || c == ',' || c == '.' || c == '/' || c == '-' ? Kind.SEP : null;
    }

    /** One number or month word of the core, with the separator text that follows it. */
    private static final class Value {
        final String text;
        final boolean number;
        String ordinal; // "th" etc. as written, numbers only
        String sepAfter = "";

        Value(String text, boolean number) {
            this.text = text;
            this.number = number;
        }

        int length() {
            return text.length();
        }

        int intValue() {
            return Integer.parseInt(text);
        }

        boolean plainNumber() {
            return number && ordinal == null;
        }
    }

    /** Matches the value sequence against the known layouts. */
    private static final class CoreParser {
        private final List<Token> tokens;
        private final NumericDateOrder order;
        private final List<Value> values = new ArrayList<>(3);
        private String leadingSep = "";

        CoreParser(List<Token> tokens, NumericDateOrder order) {
            this.tokens = tokens;
            this.order = order;
        }

        Optional<DateExpression> parse() {
            if (!collectValues()) {
                return Optional.empty();
            }
            try {
                return Optional.ofNullable(match());
            } catch (DateTimeException | NumberFormatException e) {
                return Optional.empty(); // 02/30/2021, month 13: not a date
            }
        }

        private boolean collectValues() {
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                Value last = values.isEmpty() ? null : values.get(values.size() - 1);
                switch (token.kind()) {
                    case SEP -> {
                        if (last == null) {
                            leadingSep += token.text();
                        } else {
                            last.sepAfter += token.text();
                        }
                    }
                    case DIGITS -> {
                        if (last != null && last.sepAfter.isEmpty()) {
                            return false; // "March14": letters glued to digits other than an ordinal suffix
                        }
                        values.add(new Value(token.text(), true));
                    }
                    case LETTERS -> {
                        String lower = token.text().toLowerCase(Locale.ROOT);
                        if (last != null && last.number && last.sepAfter.isEmpty() && last.ordinal == null
                                && isOrdinalSuffix(lower)) {
                            last.ordinal = token.text();
                        } else if (lower.equals("of") && last != null && last.number && !last.sepAfter.isEmpty()) {
                            last.sepAfter += token.text(); // "14th of March": "of" joins the separator
                        } else if (last != null && last.sepAfter.isEmpty()) {
                            return false;
                        } else {
                            values.add(new Value(token.text(), false));
                        }
                    }
                }
            }
            return !values.isEmpty() && values.size() <= 3;
        }

        private DateExpression match() {
            int n = values.size();
            Value a = values.get(0);
            if (n == 1) {
                return single(a);
            }
            Value b = values.get(1);
            if (n == 2) {
                return pair(a, b);
            }
            return triple(a, b, values.get(2));
        }

        private DateExpression single(Value a) {
            if (!a.plainNumber()) {
                return null;
            }
            if (a.length() == 8) { // yyyyMMdd
                int y = Integer.parseInt(a.text.substring(0, 4));
                int m = Integer.parseInt(a.text.substring(4, 6));
                int d = Integer.parseInt(a.text.substring(6, 8));
                LocalDate date = LocalDate.of(y, m, d);
                return build(date, Precision.DAY, List.of(new YearNumber(4), new MonthNumber(true),
                        new DayNumber(true)), a);
            }
            if (a.length() == 4 && a.intValue() >= 1000) {
                return build(LocalDate.of(a.intValue(), 7, 2), Precision.YEAR, List.of(new YearNumber(4)), a);
            }
            return null;
        }

        private DateExpression pair(Value a, Value b) {
            if (!a.number && b.number) { // March 2021 | March 14 | March 14th
                int month = monthOf(a.text);
                if (month < 0) {
                    return null;
                }
                MonthName name = monthName(a);
                if (b.plainNumber() && b.length() == 4) {
                    return build(LocalDate.of(b.intValue(), month, 15), Precision.MONTH,
                            List.of(name, sepLiteral(a), new YearNumber(4)), b);
                }
                if (b.length() <= 2) {
                    int day = b.intValue();
                    return build(monthDayAnchor(month, day), Precision.MONTH_DAY,
                            dayParts(List.of(name, sepLiteral(a)), b, null, a.sepAfter), b);
                }
                return null;
            }
            if (a.number && !b.number) { // 14 March | 14th of March | 2021 March
                int month = monthOf(b.text);
                if (month < 0) {
                    return null;
                }
                if (a.plainNumber() && a.length() == 4) {
                    return build(LocalDate.of(a.intValue(), month, 15), Precision.MONTH,
                            List.of(new YearNumber(4), sepLiteral(a), monthName(b)), b);
                }
                if (a.length() <= 2) {
                    return build(monthDayAnchor(month, a.intValue()), Precision.MONTH_DAY,
                            dayParts(List.of(), a, List.of(sepLiteral(a), monthName(b)), a.sepAfter), b);
                }
                return null;
            }
            if (!a.plainNumber() || !b.plainNumber() || !isNumericSep(a.sepAfter)) {
                return null;
            }
            if (a.length() == 4 && b.length() <= 2) { // 2021-03
                return build(LocalDate.of(a.intValue(), b.intValue(), 15), Precision.MONTH,
                        List.of(new YearNumber(4), sepLiteral(a), new MonthNumber(padded(b.text, true))), b);
            }
            if (a.length() <= 2 && b.length() == 4) { // 03/2021
                return build(LocalDate.of(b.intValue(), a.intValue(), 15), Precision.MONTH,
                        List.of(new MonthNumber(padded(a.text, true)), sepLiteral(a), new YearNumber(4)), b);
            }
            if (a.length() <= 2 && b.length() <= 2 && !a.sepAfter.equals(".")) { // 3/14: month and day, no year
                return numericDayMonth(a, b, null, false);
            }
            return null;
        }

        private DateExpression triple(Value a, Value b, Value c) {
            if (a.number && b.number && c.number) {
                if (!a.plainNumber() || !b.plainNumber() || !c.plainNumber() || !isNumericSep(a.sepAfter)
                        || !a.sepAfter.equals(b.sepAfter)) {
                    return null;
                }
                if (a.length() == 4 && b.length() <= 2 && c.length() <= 2) { // ISO order
                    LocalDate date = LocalDate.of(a.intValue(), b.intValue(), c.intValue());
                    boolean[] pad = resolvePadding(b.text, c.text, true);
                    return build(date, Precision.DAY, List.of(new YearNumber(4), sepLiteral(a),
                            new MonthNumber(pad[0]), sepLiteral(b), new DayNumber(pad[1])), c);
                }
                if (a.length() <= 2 && b.length() <= 2 && (c.length() == 2 || c.length() == 4)) {
                    return numericDayMonth(a, b, c, true);
                }
                return null;
            }
            if (!a.number && b.number && c.plainNumber()) { // March 14, 2021
                int month = monthOf(a.text);
                if (month < 0 || b.length() > 2 || (c.length() != 2 && c.length() != 4)) {
                    return null;
                }
                int year = fullYear(c);
                LocalDate date = LocalDate.of(year, month, b.intValue());
                List<Part> parts = dayParts(List.of(monthName(a), sepLiteral(a)), b,
                        List.of(sepLiteral(b), new YearNumber(c.length())), a.sepAfter + b.sepAfter);
                return build(date, Precision.DAY, parts, c);
            }
            if (a.number && !b.number && c.plainNumber()) {
                int month = monthOf(b.text);
                if (month < 0) {
                    return null;
                }
                if (a.plainNumber() && a.length() == 4 && c.length() <= 2) { // 2021-Mar-14
                    LocalDate date = LocalDate.of(a.intValue(), month, c.intValue());
                    boolean pad = padded(c.text, a.sepAfter.contains("-"));
                    return build(date, Precision.DAY, List.of(new YearNumber(4), sepLiteral(a), monthName(b),
                            sepLiteral(b), new DayNumber(pad)), c);
                }
                if (a.length() <= 2 && (c.length() == 2 || c.length() == 4)) { // 14 Mar 2021, 14th of March 2021
                    LocalDate date = LocalDate.of(fullYear(c), month, a.intValue());
                    List<Part> parts = dayParts(List.of(), a, List.of(sepLiteral(a), monthName(b), sepLiteral(b),
                            new YearNumber(c.length())), a.sepAfter + b.sepAfter);
                    return build(date, Precision.DAY, parts, c);
                }
            }
            return null;
        }

        /** Two numbers of month and day (in either order) and an optional year. */
        private DateExpression numericDayMonth(Value a, Value b, Value year, boolean withYear) {
            int first = a.intValue();
            int second = b.intValue();
            boolean monthFirst;
            if (order == NumericDateOrder.MONTH_FIRST) {
                monthFirst = first >= 1 && first <= 12 || !(second >= 1 && second <= 12);
            } else {
                monthFirst = !(second >= 1 && second <= 12) && first >= 1 && first <= 12;
            }
            Value month = monthFirst ? a : b;
            Value day = monthFirst ? b : a;
            int yearDigits = withYear ? year.length() : 0;
            // Ambiguous widths ("12/14/2021") follow the other number; failing that, the usual habit of the layout.
            boolean defaultPad = yearDigits == 4 || (yearDigits == 2 && !a.sepAfter.equals("/"));
            boolean[] pad = resolvePadding(month.text, day.text, defaultPad);
            Part monthPart = new MonthNumber(pad[0]);
            Part dayPart = new DayNumber(pad[1]);
            List<Part> parts = new ArrayList<>(5);
            parts.add(monthFirst ? monthPart : dayPart);
            parts.add(sepLiteral(a));
            parts.add(monthFirst ? dayPart : monthPart);
            if (withYear) {
                parts.add(sepLiteral(b));
                parts.add(new YearNumber(yearDigits));
                LocalDate date = LocalDate.of(fullYear(year), month.intValue(), day.intValue());
                return build(date, Precision.DAY, parts, year);
            }
            return build(monthDayAnchor(month.intValue(), day.intValue()), Precision.MONTH_DAY, parts, b);
        }

        /** The day number with its ordinal suffix between {@code before} and {@code after}. */
        private List<Part> dayParts(List<Part> before, Value day, List<Part> after, String seps) {
            List<Part> parts = new ArrayList<>(before);
            parts.add(new DayNumber(padded(day.text, seps.contains("-"))));
            if (day.ordinal != null) {
                parts.add(new Ordinal(LetterCase.of(day.ordinal)));
            }
            if (after != null) {
                parts.addAll(after);
            }
            return parts;
        }

        /**
         * "Mar." keeps its period through the month name part, so "May" can drop it. "May" itself could be either
         * form: it counts as abbreviated between dashes ("04-MAY-2016"), after a day without "of" ("4 May 2016") and
         * first in a layout without a comma ("May 4th 2016"); as the full name otherwise ("May 4, 2016").
         */
        private MonthName monthName(Value word) {
            String lower = word.text.toLowerCase(Locale.ROOT);
            int index = values.indexOf(word);
            Value before = index > 0 ? values.get(index - 1) : null;
            boolean anyComma = values.stream().anyMatch(v -> v.sepAfter.contains(","));
            boolean mayAbbreviated = word.sepAfter.contains("-") || before == null && !anyComma
                    || before != null && (before.sepAfter.contains("-")
                    || before.number && before.length() <= 2 && !before.sepAfter.toLowerCase(Locale.ROOT).contains("of"));
            MonthName.Form form = lower.equals("sept") ? MonthName.Form.SEPT
                    : lower.length() == 3 && (!lower.equals("may") || mayAbbreviated) ? MonthName.Form.ABBREVIATED
                    : MonthName.Form.FULL;
            boolean dotted = form != MonthName.Form.FULL && word.sepAfter.startsWith(".");
            if (dotted) {
                word.sepAfter = word.sepAfter.substring(1);
            }
            return new MonthName(form, LetterCase.of(word.text), dotted);
        }

        private DateExpression build(LocalDate date, Precision precision, List<Part> core, Value last) {
            List<Part> parts = new ArrayList<>(core.size() + 2);
            if (!leadingSep.isEmpty()) {
                parts.add(new Literal(leadingSep));
            }
            parts.addAll(core);
            if (!last.sepAfter.isEmpty()) {
                parts.add(new Literal(last.sepAfter));
            }
            return new DateExpression(date, precision, parts);
        }
    }

    private static Literal sepLiteral(Value value) {
        return new Literal(value.sepAfter);
    }

    private static boolean isNumericSep(String sep) {
        return sep.equals("/") || sep.equals("-") || sep.equals(".");
    }

    private static boolean isOrdinalSuffix(String lower) {
        return lower.equals("st") || lower.equals("nd") || lower.equals("rd") || lower.equals("th");
    }

    private static int monthOf(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(lower) || lower.length() == 3 && MONTHS[i].startsWith(lower)) {
                return i + 1;
            }
        }
        return lower.equals("sept") ? 9 : -1;
    }

    /** Month-day without a year: a non-leap year, or 2000 for 29 February. */
    private static LocalDate monthDayAnchor(int month, int day) {
        return LocalDate.of(month == 2 && day == 29 ? 2000 : 2001, month, day);
    }

    private static int fullYear(Value year) {
        int value = year.intValue();
        if (year.length() == 4) {
            return value;
        }
        return value >= TWO_DIGIT_PIVOT ? 1900 + value : 2000 + value;
    }

    /** True for "03", false for "3", {@code otherwise} for "14" (cannot tell). */
    private static boolean padded(String digits, boolean otherwise) {
        if (digits.length() == 1) {
            return false;
        }
        return digits.charAt(0) == '0' || otherwise;
    }

    private static Boolean paddingShown(String digits) {
        if (digits.length() == 1) {
            return false;
        }
        return digits.charAt(0) == '0' ? Boolean.TRUE : null;
    }

    /** Padding of month and day: each as shown, an unclear one like the other, both unclear: the default. */
    private static boolean[] resolvePadding(String month, String day, boolean defaultPad) {
        Boolean m = paddingShown(month);
        Boolean d = paddingShown(day);
        if (m == null) {
            m = d != null ? d : defaultPad;
        }
        if (d == null) {
            d = m;
        }
        return new boolean[] {m, d};
    }


    private static String year4(int year) {
        String digits = Integer.toString(year);
        return digits.length() >= 4 ? digits : "0".repeat(4 - digits.length()) + digits;
    }


    // ----- layout parts -------------------------------------------------------------------------

    private sealed interface Part permits Literal, YearNumber, MonthNumber, DayNumber, MonthName, Ordinal,
            WeekdayName {
        void render(LocalDate date, StringBuilder out);
    }

    private record Literal(String text) implements Part {
        public void render(LocalDate date, StringBuilder out) {
            out.append(text);
        }
    }

    private record YearNumber(int digits) implements Part {
        public void render(LocalDate date, StringBuilder out) {
            out.append(digits == 2 ? twoDigits(Math.floorMod(date.getYear(), 100)) : year4(date.getYear()));
        }
    }

    private record MonthNumber(boolean padded) implements Part {
        public void render(LocalDate date, StringBuilder out) {
            int m = date.getMonthValue();
            out.append(padded ? twoDigits(m) : Integer.toString(m));
        }
    }

    private record DayNumber(boolean padded) implements Part {
        public void render(LocalDate date, StringBuilder out) {
            int d = date.getDayOfMonth();
            out.append(padded ? twoDigits(d) : Integer.toString(d));
        }
    }

    private record Ordinal(LetterCase letterCase) implements Part {
        public void render(LocalDate date, StringBuilder out) {
            out.append(letterCase.apply(ordinalSuffix(date.getDayOfMonth())));
        }
    }

    private record MonthName(Form form, LetterCase letterCase, boolean dotted) implements Part {
        enum Form { FULL, ABBREVIATED, SEPT }

        public void render(LocalDate date, StringBuilder out) {
            int m = date.getMonthValue();
            String full = MONTHS[m - 1];
            String name = switch (form) {
                case FULL -> full;
                case ABBREVIATED -> full.substring(0, 3);
                case SEPT -> m == 9 ? "sept" : full.substring(0, 3);
            };
            out.append(letterCase.apply(title(name)));
            if (dotted && name.length() < full.length()) {
                out.append('.'); // "Mar." but "May"
            }
        }
    }

    private record WeekdayName(boolean full, LetterCase letterCase, boolean dotted) implements Part {
        public void render(LocalDate date, StringBuilder out) {
            String name = WEEKDAYS[date.getDayOfWeek().getValue() - 1];
            out.append(letterCase.apply(title(full ? name : name.substring(0, 3))));
            if (dotted) {
                out.append('.');
            }
        }
    }

    private static String title(String lower) {
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
