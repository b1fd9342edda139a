package io.radlake.deid.eval;

import io.radlake.corpus.PhiSpan;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.radlake.phi.PhiCategory.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeakCounterTest {

    //                                     0         1         2         3         4
    //                                     01234567890123456789012345678901234567890123
    private static final String TEXT = "Dr. Jane\nSmith, MRN 12345, CA, JQS 03/14/2021";
    private static final List<PhiSpan> TRUTH = List.of(new PhiSpan(NAME, 4, 14), new PhiSpan(MRN, 20, 25),
            new PhiSpan(STATE, 27, 29), new PhiSpan(NAME, 31, 34), new PhiSpan(DATE, 35, 45));

    private final LeakCounter counter = new LeakCounter();

    @Test
    void nothingLeaksFromAFullyReplacedText() {
        assertThat(counter.leaked(TEXT, TRUTH, "Dr. [NAME], MRN [MRN], [STATE], [NAME] [DATE 2021-02-01]")).isEmpty();
    }

    @Test
    void aSpanLeaksWhenItsStringSurvivesEvenAcrossChangedWhitespace() {
        // Cleaning joined the wrapped name: "Jane\nSmith" is published as "Jane  Smith".
        assertThat(counter.leaked(TEXT, TRUTH, "Dr. Jane  Smith, MRN [MRN], 03/14/2021 again"))
                .containsExactly(NAME, DATE);
    }

    @Test
    void onlyWholeTokensCount() {
        // "12345" inside a longer number and "JQS" inside a word are chance, not leaks.
        assertThat(counter.leaked(TEXT, TRUTH, "ref 9123456 and JQSX and XJQS")).isEmpty();
        assertThat(counter.leaked(TEXT, TRUTH, "ref (12345) by JQS.")).containsExactly(MRN, NAME);
    }

    @Test
    void shortSpansAreNotChecked() {
        // "CA" has two characters: it occurs by chance in any report.
        assertThat(counter.leaked(TEXT, TRUTH, "CA, CA")).isEmpty();
    }

    @Test
    void spansOutsideTheTextAreRejected() {
        assertThatThrownBy(() -> counter.leaked("short", List.of(new PhiSpan(NAME, 0, 9)), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length 5");
    }

    @Test
    void aStringTheReportAlsoUsesAsPlainTextLeaksOnlyBeyondThoseUses() {
        String text = "Patient: Baker. Ruptured Baker cyst.";
        List<PhiSpan> truth = List.of(new PhiSpan(NAME, 9, 14));
        assertThat(counter.leaked(text, truth, "Patient: Cole. Ruptured Baker cyst.")).isEmpty();
        assertThat(counter.leaked(text, truth, "Patient: Baker. Ruptured Baker cyst.")).containsExactly(NAME);
    }
}
