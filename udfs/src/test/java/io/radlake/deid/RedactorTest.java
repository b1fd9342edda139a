package io.radlake.deid;

import static io.radlake.phi.PhiCategory.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {

    private static final String TEXT = "Patient: Jane Smith  MRN: 00412345  DOB: 03/14/1931  Age: 92\n"
            + "Compared with CT from March 2, 2021 at St. Mary's. Seen at 10:22 AM.";
    private static final String PATIENT = "PAT-0000001";

    private final Pseudonymizer pseudonymizer = new Pseudonymizer(PseudonymizerTest.SECRET);
    private final DateShifter minus17 = new DateShifter(patient -> -17, NumericDateOrder.MONTH_FIRST);
    private final SurrogateGenerator surrogates = new SurrogateGenerator(pseudonymizer);
    private final Redactor tags = new Redactor(DeidMode.TAGS, minus17, surrogates);
    private final Redactor surrogate = new Redactor(DeidMode.SURROGATES, minus17, surrogates);

    private static PhiFinding at(io.radlake.phi.PhiCategory category, String value, String rule) {
        int start = TEXT.indexOf(value);
        return new PhiFinding(category, start, start + value.length(), rule);
    }

    private static List<PhiFinding> findings() {
        return List.of(at(NAME, "Jane Smith", "name.label"), at(MRN, "00412345", "id.mrn"),
                at(DATE, "03/14/1931", "date.mdy-slash"), at(AGE, "92", "age.over-89"),
                at(DATE, "March 2, 2021", "date.month-name"), at(INSTITUTION, "St. Mary's", "dict.institution"),
                at(TIME, "10:22 AM", "time.clock"));
    }

    @Test
    void tagsModeRendersCategoryTagsShiftedIsoDatesAndAggregatedAges() {
        Redaction redaction = tags.redact(TEXT, findings(), PATIENT);
        assertThat(redaction.text()).isEqualTo(
                "Patient: [NAME]  MRN: [MRN]  DOB: [DATE 1931-02-25]  Age: [AGE 90+]\n"
                        + "Compared with CT from [DATE 2021-02-13] at [INSTITUTION]. Seen at [TIME].");
    }

    @Test
    void tagsModeFallsBackToAPlainDateTagAndKeepsTheTagForYoungerAges() {
        String text = "Seen on the ides of March, aged 45.";
        List<PhiFinding> findings = List.of(new PhiFinding(DATE, 8, 25, "date.odd"), new PhiFinding(AGE, 32, 34, "age"));
        assertThat(tags.redact(text, findings, PATIENT).text()).isEqualTo("Seen on [DATE], aged [AGE].");
    }

    @Test
    void surrogatesModeShiftsDatesInTheirLayoutAndReplacesTheRest() {
        Redaction redaction = surrogate.redact(TEXT, findings(), PATIENT);
        assertThat(redaction.text())
                .contains("DOB: 02/25/1931  Age: 90+\n")
                .contains("Compared with CT from February 13, 2021 at ")
                .doesNotContain("Jane").doesNotContain("Smith").doesNotContain("00412345")
                .doesNotContain("St. Mary's").doesNotContain("10:22");
        assertThat(redaction.text()).startsWith("Patient: " + surrogates.surrogate(NAME, "Jane Smith", PATIENT) + "  ");
    }

    @Test
    void unparseableDateInSurrogatesModeBecomesATag() {
        String text = "Seen on the ides of March.";
        assertThat(surrogate.redact(text, List.of(new PhiFinding(DATE, 8, 25, "date.odd")), PATIENT).text())
                .isEqualTo("Seen on [DATE].");
    }

    @Test
    void countsPerCategoryAndRuleSorted() {
        List<PhiFinding> findings = List.of(new PhiFinding(NAME, 0, 4, "dict.last"), new PhiFinding(DATE, 5, 15, "date.a"),
                new PhiFinding(NAME, 16, 20, "dict.last"), new PhiFinding(NAME, 21, 25, "name.title"));
        Redaction redaction = tags.redact("Aaaa 03/14/2021 Bbbb Cccc", findings, PATIENT);
        assertThat(redaction.text()).isEqualTo("[NAME] [DATE 2021-02-25] [NAME] [NAME]");
        assertThat(redaction.auditCounts()).containsExactly(
                new PhiAuditCount(NAME, "dict.last", 2), new PhiAuditCount(NAME, "name.title", 1),
                new PhiAuditCount(DATE, "date.a", 1));
    }

    @Test
    void noFindingsLeavesTheTextAlone() {
        Redaction redaction = surrogate.redact(TEXT, List.of(), PATIENT);
        assertThat(redaction.text()).isEqualTo(TEXT);
        assertThat(redaction.auditCounts()).isEmpty();
    }

    @Test
    void unsortedFindingsFailClosedWithoutText() {
        List<PhiFinding> unsorted = List.of(at(MRN, "00412345", "id"), at(NAME, "Jane Smith", "name"));
        assertThatThrownBy(() -> tags.redact(TEXT, unsorted, PATIENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("findings must be sorted by start and must not overlap: finding 1 starts at 9, "
                        + "before the previous one ends at 34");
    }

    @Test
    void overlappingFindingsFailClosed() {
        List<PhiFinding> overlapping = List.of(new PhiFinding(NAME, 9, 19, "a"), new PhiFinding(NAME, 14, 19, "b"));
        assertThatThrownBy(() -> surrogate.redact(TEXT, overlapping, PATIENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not overlap")
                .hasMessageNotContaining("Jane").hasMessageNotContaining("Smith");
    }

    @Test
    void findingsPastTheEndFailClosed() {
        assertThatThrownBy(() -> tags.redact("short", List.of(new PhiFinding(NAME, 2, 9, "a")), PATIENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("finding 0 ends at 9, past the end of the text (length 5)");
    }

    @Test
    void nullArgumentsAreRejected() {
        assertThatThrownBy(() -> tags.redact(TEXT, findings(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text, findings and patientId must not be null");
    }

    @Test
    void createUsesKeyedOffsets() {
        Redactor keyed = Redactor.create(DeidMode.TAGS, pseudonymizer);
        int offset = new DateShifter(pseudonymizer).offsetDays(PATIENT);
        String expected = "[DATE " + java.time.LocalDate.of(2021, 3, 14).plusDays(offset) + "]";
        assertThat(keyed.replacement(DATE, "March 14th, 2021", PATIENT)).isEqualTo(expected);
        assertThat(keyed.mode()).isEqualTo(DeidMode.TAGS);
    }

    @Test
    void aSurrogateNeverRepeatsAnotherIdentifierOfTheSameReport() {
        // Build the worst case on purpose: the report also names a real person called like Jane Smith's surrogate.
        String usual = surrogates.surrogate(NAME, "Jane Smith", PATIENT);
        String usualMrn = surrogates.surrogate(MRN, "00412345", PATIENT);
        String text = "Patient: Jane Smith  MRN: 00412345\nRead by Dr. " + usual + ". Old MRN " + usualMrn + ".";
        List<PhiFinding> findings = List.of(
                new PhiFinding(NAME, 9, 19, "name.label"), new PhiFinding(MRN, 26, 34, "id.mrn"),
                new PhiFinding(NAME, text.indexOf(usual), text.indexOf(usual) + usual.length(), "name.title"),
                new PhiFinding(MRN, text.lastIndexOf(usualMrn), text.lastIndexOf(usualMrn) + usualMrn.length(),
                        "id.mrn"));

        String out = surrogate.redact(text, findings, PATIENT).text();

        String janesSurrogate = out.substring(9, out.indexOf("  MRN"));
        assertThat(janesSurrogate).isNotEqualTo(usual)
                .isEqualTo(surrogates.surrogate(NAME, "Jane Smith", PATIENT, 1));
        for (String word : usual.split(" ")) {
            assertThat(janesSurrogate).doesNotContain(word);
        }
        // Only the real Dr.'s own surrogate may hold a string of its kind; the real values are gone.
        assertThat(out).doesNotContain("Jane", "Smith", "00412345");
        assertThat(out.split("MRN")[1]).doesNotContain(usualMrn);
        // Without a collision the usual surrogate stands: consistency across the patient's reports.
        assertThat(surrogate.redact(TEXT, findings(), PATIENT).text()).contains(usual);
    }
}
