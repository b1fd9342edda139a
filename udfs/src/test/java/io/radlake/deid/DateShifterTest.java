package io.radlake.deid;

import io.radlake.phi.DateText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateShifterTest {

    /** Every patient 17 days back: readable expectations. */
    private final DateShifter minus17 = new DateShifter(patient -> -17, NumericDateOrder.MONTH_FIRST);
    private final DateShifter keyed = new DateShifter(new Pseudonymizer(PseudonymizerTest.SECRET));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // the twelve layouts the corpus generator plants
        "03/14/2021|02/25/2021",
        "3/14/21|2/25/21",
        "2021-03-14|2021-02-25",
        "March 14, 2021|February 25, 2021",
        "14 Mar 2021|25 Feb 2021",
        "Mar. 14th 2021|Feb. 25th 2021",
        "14-MAR-2021|25-FEB-2021",
        "20210314|20210225",
        "03.14.2021|02.25.2021",
        "3/14/2021|2/25/2021",
        "14th of March 2021|25th of February 2021",
        "03-14-2021|02-25-2021",
        // more layouts
        "March 14th, 2021|February 25th, 2021",
        "3rd of March 2021|14th of February 2021",
        "MARCH 14, 2021|FEBRUARY 25, 2021",
        "march 14, 2021|february 25, 2021",
        "14TH OF MARCH 2021|25TH OF FEBRUARY 2021",
        "Mar 14 2021|Feb 25 2021",
        "14 Mar 21|25 Feb 21",
        "14-Mar-21|25-Feb-21",
        "2021/03/14|2021/02/25",
        "2021-Mar-14|2021-Feb-25",
        "2021-3-4|2021-2-15",
        "14/03/2021|25/02/2021",
        "Sept. 30, 2021|Sept. 13, 2021",
        "Sept. 5, 2021|Aug. 19, 2021",
        "Jun. 1st 2021|May 15th 2021",
        "04-MAY-2016|17-APR-2016",
        "4 May 2016|17 Apr 2016",
        "May 20, 2021|May 3, 2021",
        "May 20th 2021|May 3rd 2021",
        "May 20 2021|May 3 2021",
        "May 30 2021|May 13 2021",
        "June 10 2021|May 24 2021",
        "20th of May 2021|3rd of May 2021",
        "June 3, 2021|May 17, 2021",
        "March 04, 2021|February 15, 2021",
        "Monday, March 15, 2021|Friday, February 26, 2021",
        "Mon 03/15/2021|Fri 02/26/2021",
        "2021-03-14T10:22:00|2021-02-25T10:22:00",
        "03/14/2021 10:22 AM|02/25/2021 10:22 AM",
        // padding: shown digits win, ambiguous widths follow the other number or the layout's habit
        "01/05/2021|12/19/2020",
        "1/5/21|12/19/20",
        "12/25/2021|12/08/2021",
        "12/25/21|12/8/21",
        "12/25/2021 |12/08/2021 ",
        // coarser precisions
        "March 2021|February 2021",
        "Mar 2021|Feb 2021",
        "03/2021|02/2021",
        "3/2021|2/2021",
        "2021-03|2021-02",
        "March 14|February 25",
        "14 March|25 February",
        "3/14|2/25",
        "2021|2021",
        "January 2021|December 2020",
    })
    void shiftsAndKeepsTheLayout(String original, String shifted) {
        assertThat(minus17.shiftText(original, "any")).contains(shifted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "hello", "02/30/2021", "13/13/2021", "March 32, 2021", "Smarch 14, 2021",
        "03/14-2021", "03/14/2021/5", "14.3", "2021-13-01", "2/29/2021", "March14, 2021", "10:22 AM", "12345",
        "3/14/021", "3 14 2021", "Room 14, 2021"})
    void notADateGivesEmpty(String text) {
        assertThat(minus17.shiftText(text, "any")).isEmpty();
        assertThat(minus17.shiftIso(text, "any")).isEmpty();
    }

    @Test
    void nullTextGivesEmpty() {
        assertThat(minus17.shiftText(null, "any")).isEmpty();
    }

    @Test
    void ambiguousNumericDatesFollowTheConfiguredOrder() {
        DateShifter dayFirst = new DateShifter(patient -> -17, NumericDateOrder.DAY_FIRST);
        assertThat(minus17.shiftIso("03/04/2021", "p")).contains("2021-02-15"); // March 4
        assertThat(dayFirst.shiftIso("03/04/2021", "p")).contains("2021-03-17"); // 3 April
        assertThat(dayFirst.shiftText("03/04/2021", "p")).contains("17/03/2021");
        assertThat(dayFirst.shiftText("12/31/2021", "p")).contains("12/14/2021"); // only one reading
    }

    @Test
    void twoDigitYearsAndLeapDays() {
        assertThat(new DateShifter(p -> -1, NumericDateOrder.MONTH_FIRST).shiftText("3/1/00", "p"))
                .contains("2/29/00"); // 00 is 2000, a leap year
        assertThat(minus17.shiftIso("3/14/69", "p")).contains("1969-02-25");
        assertThat(minus17.shiftIso("3/14/68", "p")).contains("2068-02-26"); // 2068 has a 29 February
        assertThat(minus17.shiftText("03/08/2020", "p")).contains("02/20/2020");
        assertThat(minus17.shiftText("February 29", "p")).contains("February 12");
    }

    @Test
    void isoRenderingFollowsThePrecisionWritten() {
        assertThat(minus17.shiftIso("Mar. 14th 2021", "p")).contains("2021-02-25");
        assertThat(minus17.shiftIso("March 2021", "p")).contains("2021-02");
        assertThat(minus17.shiftIso("2021", "p")).contains("2021");
        assertThat(minus17.shiftIso("March 14", "p")).contains("--02-25");
    }

    @Test
    void keyedOffsetsAreBetweenOneAndThreeSixtyFiveDaysBackAndStable() {
        DateShifter again = new DateShifter(new Pseudonymizer(PseudonymizerTest.SECRET));
        int min = 0;
        int max = -366;
        for (int i = 0; i < 5_000; i++) {
            String patient = "PAT-" + i;
            int offset = keyed.offsetDays(patient);
            assertThat(offset).isBetween(-365, -1);
            assertThat(again.offsetDays(patient)).isEqualTo(offset);
            min = Math.min(min, offset);
            max = Math.max(max, offset);
        }
        assertThat(min).isLessThan(-350);
        assertThat(max).isGreaterThan(-15);
    }

    @Test
    void patientsGetIndependentOffsets() {
        long distinct = java.util.stream.IntStream.range(0, 200).map(i -> keyed.offsetDays("PAT-" + i))
                .distinct().count();
        assertThat(distinct).isGreaterThan(150);
    }

    @Test
    void shiftsLocalDatesAndDateTimesByTheOffset() {
        int offset = keyed.offsetDays("PAT-7");
        LocalDate date = LocalDate.of(2021, 3, 14);
        assertThat(keyed.shift(date, "PAT-7")).isEqualTo(date.plusDays(offset));
        LocalDateTime time = LocalDateTime.of(2021, 3, 14, 10, 22, 5);
        assertThat(keyed.shift(time, "PAT-7")).isEqualTo(time.plusDays(offset));
        assertThat(keyed.shift(time, "PAT-7").toLocalTime()).isEqualTo(time.toLocalTime());
        assertThatThrownBy(() -> keyed.offsetDays(null)).hasMessage("patientId must not be null");
    }

    @Test
    void intervalsOfOnePatientStayExactAcrossMonthYearAndLeapBoundaries() {
        LocalDate[] firsts = {LocalDate.of(2020, 2, 20), LocalDate.of(2021, 12, 25), LocalDate.of(2019, 2, 20),
            LocalDate.of(2000, 2, 20), LocalDate.of(2024, 12, 31), LocalDate.of(2021, 1, 20)};
        for (int p = 0; p < 200; p++) {
            String patient = "PAT-" + p;
            for (LocalDate first : firsts) {
                LocalDate second = first.plusDays(17);
                assertThat(ChronoUnit.DAYS.between(keyed.shift(first, patient), keyed.shift(second, patient)))
                        .isEqualTo(17);
                for (int style = 0; style < STYLES; style++) {
                    LocalDate a = parseIso(keyed.shiftIso(format(first, style), patient));
                    LocalDate b = parseIso(keyed.shiftIso(format(second, style), patient));
                    assertThat(ChronoUnit.DAYS.between(a, b)).as("style %d", style).isEqualTo(17);
                }
            }
        }
    }

    @Test
    void everyGeneratorLayoutIsReRenderedInItsOwnLayout() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 3_000; i++) {
            LocalDate date = LocalDate.of(1920, 1, 1).plusDays(random.nextInt(40_000));
            String patient = "PAT-" + random.nextInt(1_000);
            LocalDate shifted = date.plusDays(keyed.offsetDays(patient));
            for (int style = 0; style < STYLES; style++) {
                // "10/12/2021" could be style 0 or 9: it is read as the zero-padded style 0.
                boolean looksPadded = style == 9 && date.getMonthValue() >= 10 && date.getDayOfMonth() >= 10;
                String expected = format(shifted, looksPadded ? 0 : style);
                if (style == 5 && date.getMonthValue() == 5) {
                    expected = expected.replace(".", ""); // "May 22nd" shows no period to keep
                }
                assertThat(keyed.shiftText(format(date, style), patient)).as("style %d, %s", style, date)
                        .contains(expected);
            }
        }
    }

    @Test
    void formatsOutsideTheGeneratorRoundTripToo() {
        String[] patterns = {"MMMM d, yyyy", "d MMMM yyyy", "MMM d, yyyy", "dd-MMM-yyyy", "yyyy/MM/dd", "MM-dd-yy", "M/d/yy",
            "dd.MM.yyyy", "EEEE, MMMM d, yyyy", "EEE, MMM d, yyyy", "MM/yyyy", "MMMM yyyy"};
        DateShifter dayFirst = new DateShifter(new Pseudonymizer(PseudonymizerTest.SECRET), NumericDateOrder.DAY_FIRST);
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 500; i++) {
            LocalDate date = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(15_000));
            String patient = "PAT-" + i;
            for (String pattern : patterns) {
                DateTimeFormatter formatter = DateTimeFormatter.ofPattern(pattern, Locale.US);
                DateShifter shifter = pattern.startsWith("dd.") ? dayFirst : keyed;
                LocalDate expected = date.plusDays(shifter.offsetDays(patient));
                if (!pattern.contains("d")) {
                    expected = date.withDayOfMonth(15).plusDays(shifter.offsetDays(patient));
                }
                String actual = shifter.shiftText(formatter.format(date), patient).orElseThrow();
                if (date.getMonthValue() == 5 && pattern.contains("MMM")) {
                    // "May" does not show whether the layout abbreviates: either form is right.
                    assertThat(actual).as(pattern).isIn(formatter.format(expected), DateTimeFormatter.ofPattern(
                            pattern.replace("MMMM", "MMM"), Locale.US).format(expected), DateTimeFormatter.ofPattern(
                            pattern.replace("MMMM", "MMM").replace("MMM", "MMMM"), Locale.US).format(expected));
                } else {
                    assertThat(actual).as(pattern).isEqualTo(formatter.format(expected));
                }
            }
        }
    }

    private static LocalDate parseIso(Optional<String> iso) {
        assertThat(iso).isPresent();
        return LocalDate.parse(iso.orElseThrow());
    }

    // A copy of the corpus generator's date layouts (io.radlake.corpus.PhiFormats is package-private).
    private static final int STYLES = 12;
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private static String format(LocalDate date, int style) {
        int y = date.getYear();
        int m = date.getMonthValue();
        int d = date.getDayOfMonth();
        String abbr = MONTHS[m - 1].substring(0, 3);
        return switch (style) {
            case 0 -> two(m) + "/" + two(d) + "/" + y;
            case 1 -> m + "/" + d + "/" + two(y % 100);
            case 2 -> y + "-" + two(m) + "-" + two(d);
            case 3 -> MONTHS[m - 1] + " " + d + ", " + y;
            case 4 -> d + " " + abbr + " " + y;
            case 5 -> abbr + (m == 5 ? " " : ". ") + d + DateText.ordinalSuffix(d) + " " + y;
            case 6 -> two(d) + "-" + abbr.toUpperCase(Locale.ROOT) + "-" + y;
            case 7 -> y + two(m) + two(d);
            case 8 -> two(m) + "." + two(d) + "." + y;
            case 9 -> m + "/" + d + "/" + y;
            case 10 -> d + DateText.ordinalSuffix(d) + " of " + MONTHS[m - 1] + " " + y;
            case 11 -> two(m) + "-" + two(d) + "-" + y;
            default -> throw new IllegalArgumentException("style " + style);
        };
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
