package io.radlake.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhiFormatsTest {

    private static final LocalDate PI_DAY = LocalDate.of(2021, 3, 14);

    @Test
    void writesDatesInTwelveLayouts() {
        List<String> dates = new ArrayList<>();
        for (int style = 0; style < PhiFormats.DATE_STYLES; style++) {
            dates.add(PhiFormats.date(PI_DAY, style));
        }
        assertThat(dates).containsExactly("03/14/2021", "3/14/21", "2021-03-14", "March 14, 2021", "14 Mar 2021",
                "Mar. 14th 2021", "14-MAR-2021", "20210314", "03.14.2021", "3/14/2021", "14th of March 2021",
                "03-14-2021");
        assertThat(PhiFormats.date(LocalDate.of(2020, 5, 1), 5)).isEqualTo("May 1st 2020");
        assertThat(PhiFormats.date(LocalDate.of(2020, 6, 22), 10)).isEqualTo("22nd of June 2020");
        assertThatThrownBy(() -> PhiFormats.date(PI_DAY, 12)).hasMessage("date style must be 0..11, got: 12");
    }

    @Test
    void writesTimesInSixLayouts() {
        List<String> times = new ArrayList<>();
        for (int style = 0; style < PhiFormats.TIME_STYLES; style++) {
            times.add(PhiFormats.time(14, 22, style));
        }
        assertThat(times).containsExactly("2:22 PM", "14:22", "1422", "2:22 p.m.", "14:22:00", "2:22PM");
        assertThat(PhiFormats.time(0, 5, 0)).isEqualTo("12:05 AM");
        assertThat(PhiFormats.time(10, 22, 0)).isEqualTo("10:22 AM");
    }

    @Test
    void writesPhoneNumbersInFiveLayouts() {
        List<String> phones = new ArrayList<>();
        for (int style = 0; style < PhiFormats.PHONE_STYLES; style++) {
            phones.add(PhiFormats.phone("2175550143", style));
        }
        assertThat(phones).containsExactly("(217) 555-0143", "217-555-0143", "217.555.0143", "+1 217 555 0143",
                "2175550143");
    }

    @Test
    void writesIsoDateTimesWithSeconds() {
        assertThat(PhiFormats.isoDateTime(LocalDateTime.of(2021, 3, 14, 10, 22))).isEqualTo("2021-03-14T10:22:00");
    }

    @Test
    void writesNamesInTheLayoutsReportsUse() {
        PersonName name = new PersonName("Jane", "Q", "Smith");
        List<String> layouts = new ArrayList<>();
        for (int style = 0; style < PersonName.STYLES; style++) {
            layouts.add(name.format(style));
        }
        assertThat(layouts).containsExactly("Jane Smith", "Jane Q. Smith", "Smith, Jane", "Smith, Jane Q.",
                "J. Smith", "SMITH, JANE", "Jane Smith", "J.Q. Smith");
        assertThat(name.initials()).isEqualTo("JQS");
        assertThat(new PersonName("Kai", "B", "de Vries").initials()).isEqualTo("KBD");
    }
}
