package io.radlake.deid;

import io.radlake.corpus.ReportGenerator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The optimised engine finds exactly what the engine before the speed work found: every finding (category, start,
 * end, rule) of the first 3000 generated reports of seed 42 and 1500 of seed 7, hashed by
 * {@link DetectionFingerprint}.
 *
 * <p>The expected hash was produced by running {@code DetectionFingerprint.main} against the detector at commit
 * fc3eec1 (before the speed work), and reproduced unchanged by the optimised one. A deliberate change to the rules,
 * dictionaries or context logic changes it: re-baseline by running {@code DetectionFingerprint.main} (see its
 * Javadoc for the command line) and pasting the printed hash here, saying in the commit why findings changed.
 */
class DetectionEquivalenceTest {

    static final String EXPECTED = "c0151d2bfe5667dace17f5658c3925e2e70cab534fe062a713fd70d5f81ba3d5";

    @Test
    void optimisedEngineFindsExactlyWhatTheReferenceFound() {
        assertThat(DetectionFingerprint.of(RuleBasedPhiDetector.standard())).isEqualTo(EXPECTED);
    }

    @Test
    void fingerprintSeesOneChangedFinding() {
        RuleBasedPhiDetector detector = RuleBasedPhiDetector.standard();
        PhiDetector lastEndMoved = text -> {
            List<PhiFinding> findings = new ArrayList<>(detector.detect(text));
            PhiFinding last = findings.remove(findings.size() - 1);
            findings.add(new PhiFinding(last.category(), last.start(), last.end() + 1, last.rule()));
            return findings;
        };
        long[][] oneReport = {{42, 1}};
        assertThat(detector.detect(new ReportGenerator(42).generate(0).reportText())).isNotEmpty();
        assertThat(DetectionFingerprint.of(lastEndMoved, oneReport))
                .isNotEqualTo(DetectionFingerprint.of(detector, oneReport));
    }
}
