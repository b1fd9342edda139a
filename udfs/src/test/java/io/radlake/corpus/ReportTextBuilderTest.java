package io.radlake.corpus;

import io.radlake.phi.PhiCategory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportTextBuilderTest {

    @Test
    void recordsTheSpanOfEachIdentifier() {
        ReportTextBuilder text = new ReportTextBuilder();
        text.reset(false);
        text.append("Signed by Dr. ").phi(PhiCategory.NAME, "Jane Q. Smith").append(" on ")
                .phi(PhiCategory.DATE, "03/14/2021");

        assertThat(text.text()).isEqualTo("Signed by Dr. Jane Q. Smith on 03/14/2021");
        assertThat(text.spans()).containsExactly(new PhiSpan(PhiCategory.NAME, 14, 27),
                new PhiSpan(PhiCategory.DATE, 31, 41));
    }

    @Test
    void upperCaseModeUpperCasesIdentifiersAndKeepsOffsets() {
        ReportTextBuilder text = new ReportTextBuilder();
        text.reset(true);
        text.append("Patient: ").phi(PhiCategory.NAME, "Núñez, José").append(" seen");

        assertThat(text.text()).isEqualTo("PATIENT: NÚÑEZ, JOSÉ SEEN");
        assertThat(text.spans()).containsExactly(new PhiSpan(PhiCategory.NAME, 9, 20));
        assertThat(text.plantedValues()).containsExactly("NÚÑEZ, JOSÉ");
    }

    @Test
    void hardWrapBreaksLongLinesButNeverInsideASpan() {
        ReportTextBuilder text = new ReportTextBuilder();
        text.reset(false);
        text.append("Findings were discussed with ").phi(PhiCategory.INSTITUTION, "St. Mary's Regional Medical Center")
                .append(" radiology staff by telephone after the study was reviewed in detail.");
        text.hardWrap(40);

        String wrapped = text.text();
        PhiSpan span = text.spans().get(0);
        assertThat(wrapped.substring(span.start(), span.end())).isEqualTo("St. Mary's Regional Medical Center");
        assertThat(wrapped).contains("\n");
        assertThat(wrapped.replace('\n', ' ')).isEqualTo("Findings were discussed with St. Mary's Regional Medical "
                + "Center radiology staff by telephone after the study was reviewed in detail.");
        // Lines only overflow where a span made breaking impossible.
        for (String line : wrapped.split("\n")) {
            if (!line.contains("Mary's")) {
                assertThat(line.length()).isLessThanOrEqualTo(40);
            }
        }
    }

    @Test
    void spokenPeriodReplacesTheFinalFullStopOnlyOutsideSpans() {
        ReportTextBuilder text = new ReportTextBuilder();
        text.reset(false);
        text.append("The lungs are clear.");
        text.replaceTrailingPeriod(" period");
        assertThat(text.text()).isEqualTo("The lungs are clear period");

        text.reset(false);
        text.append("Seen by ").phi(PhiCategory.NAME, "Smith, Jane Q.");
        text.replaceTrailingPeriod(" period");
        assertThat(text.text()).isEqualTo("Seen by Smith, Jane Q.");
    }

    @Test
    void rejectsEmptyOrPaddedIdentifiers() {
        ReportTextBuilder text = new ReportTextBuilder();
        text.reset(false);

        assertThatThrownBy(() -> text.phi(PhiCategory.MRN, ""))
                .hasMessage("PHI value must be non-empty without surrounding spaces, got: ''");
        assertThatThrownBy(() -> text.phi(PhiCategory.MRN, " 123"))
                .hasMessage("PHI value must be non-empty without surrounding spaces, got: ' 123'");
    }
}
