package io.radlake.deid.detect;

import io.radlake.phi.PhiCategory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DfaPatternScannerTest {

    private static final DfaPatternScanner STANDARD = new DfaPatternScanner(PatternRules.standard());

    private static List<String> scan(PatternScanner scanner, String text) {
        List<Candidate> out = new ArrayList<>();
        scanner.scan(text, out);
        List<String> found = new ArrayList<>();
        for (Candidate c : out) {
            found.add(c.rule() + "=" + text.substring(c.start(), c.end()));
        }
        return found;
    }

    @Test
    void longestMatchWinsAndNumberGroupsAreNotSplit() {
        // "on 01/21" is a month-day with context, but the whole date is longer and a date must not be cut.
        assertThat(scan(STANDARD, "signed on 01/21/2023 at 1422 hours"))
                .containsExactly("date.mdy-numeric=01/21/2023", "time.military-at=1422");
    }

    @Test
    void labelsStayOutsideTheValueAndAcrossLineBreaks() {
        assertThat(scan(STANDARD, "Medical Record Number:\n60062953")).containsExactly("id.mrn-label=60062953");
        assertThat(scan(STANDARD, "IL 62702-1234"))
                .containsExactly("zip.after-state.prefix=IL", "zip.after-state=62702-1234");
    }

    @Test
    void matchesNeverStartOrEndInsideAWord() {
        assertThat(scan(STANDARD, "X1234567890Y abc@ HL7 v2.5")).isEmpty();
    }

    @Test
    void regexBaselineFindsTheSameWithTheSameRules() {
        String text = "MRN: 59560442 DOB: March 3, 1930 Phone (217) 555-0143 fax 217-555-0199 ip 10.1.2.3";
        AhoCorasick dictionary = new AhoCorasick(java.util.Map.of("dob", Lexicon.STOP_WORD));
        assertThat(new DetectionEngine(new RegexPatternScanner(PatternRules.standard()), dictionary).detect(text))
                .isEqualTo(new DetectionEngine(STANDARD, dictionary).detect(text))
                .hasSize(5);
    }

    @Test
    void invalidExpressionsNameTheirRule() {
        PatternRule broken = new PatternRule("broken.rule", PhiCategory.DATE, null, "([0-9]", null, null,
                PatternRule.Check.NONE);
        assertThatThrownBy(() -> new DfaPatternScanner(List.of(broken)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("broken.rule");
    }
}
