package io.radlake.deid;

import static io.radlake.phi.PhiCategory.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeidentifierTest {

    private static final String TEXT = "Dr. Quux Zebulon reviewed MRN 00412345.";
    private static final String PATIENT = "PAT-0000001";

    private final Redactor tags = Redactor.create(DeidMode.TAGS, new Pseudonymizer(PseudonymizerTest.SECRET));

    @Test
    void detectsAndRedacts() {
        PhiDetector detector = text -> List.of(new PhiFinding(NAME, 4, 16, "name.after-title"),
                new PhiFinding(MRN, 30, 38, "id.mrn"));
        DeidResult result = new Deidentifier(detector, tags).deidentify(TEXT, PATIENT);
        assertThat(result.text()).isEqualTo("Dr. [NAME] reviewed MRN [MRN].");
        assertThat(result.findings()).extracting(PhiFinding::start).containsExactly(4, 30);
        assertThat(result.auditCounts()).containsExactly(new PhiAuditCount(NAME, "name.after-title", 1),
                new PhiAuditCount(MRN, "id.mrn", 1));
    }

    @Test
    void failingDetectorIsWrappedWithoutAnyText() {
        PhiDetector failing = text -> {
            throw new IllegalStateException("cannot parse near: " + text);
        };
        DeidentificationException e = catchThrowableOfType(
                () -> new Deidentifier(failing, tags).deidentify(TEXT, PATIENT), DeidentificationException.class);
        assertThat(e.stage()).isEqualTo(DeidentificationException.Stage.DETECT);
        assertThat(e.causeClass()).isEqualTo("java.lang.IllegalStateException");
        assertThat(e.getMessage()).contains("DETECT").contains("java.lang.IllegalStateException")
                .doesNotContain("Zebulon");
        assertThat(stackTraceOf(e)).doesNotContain("Zebulon").doesNotContain("00412345")
                .contains("DeidentifierTest"); // the detector's frames survive for debugging
    }

    @Test
    void invalidFindingsFailAtTheRedactStage() {
        PhiDetector overlapping = text -> List.of(new PhiFinding(NAME, 4, 16, "a"), new PhiFinding(NAME, 9, 16, "b"));
        DeidentificationException e = catchThrowableOfType(
                () -> new Deidentifier(overlapping, tags).deidentify(TEXT, PATIENT), DeidentificationException.class);
        assertThat(e.stage()).isEqualTo(DeidentificationException.Stage.REDACT);
        assertThat(e.causeClass()).isEqualTo("java.lang.IllegalArgumentException");
        assertThat(stackTraceOf(e)).doesNotContain("Zebulon");
    }

    @Test
    void nullFindingsOrInputFailClosed() {
        assertThatThrownBy(() -> new Deidentifier(text -> null, tags).deidentify(TEXT, PATIENT))
                .isInstanceOf(DeidentificationException.class).hasMessageContaining("DETECT");
        assertThatThrownBy(() -> new Deidentifier(text -> List.of(), tags).deidentify(null, PATIENT))
                .isInstanceOf(DeidentificationException.class).hasMessageContaining("INPUT");
    }

    @Test
    void createAssemblesTheUsualPipeline() {
        Deidentifier deidentifier = Deidentifier.create(text -> List.of(new PhiFinding(MRN, 30, 38, "id.mrn")),
                DeidMode.SURROGATES, PseudonymizerTest.SECRET);
        String text = deidentifier.deidentify(TEXT, PATIENT).text();
        assertThat(text).startsWith("Dr. Quux Zebulon reviewed MRN ").doesNotContain("00412345").hasSize(TEXT.length());
        assertThat(deidentifier.deidentify(TEXT, PATIENT).text()).isEqualTo(text);
    }

    private static String stackTraceOf(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
