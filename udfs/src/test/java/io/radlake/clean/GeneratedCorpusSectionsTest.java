package io.radlake.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.radlake.corpus.ReportGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Cleaning and section parsing over 2,000 synthetic reports (seed 7), against ground truth read from the raw text
 * with the generator's own label spellings (SiteStyle), independently of {@link SectionHeaders}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedCorpusSectionsTest {

    private static final int REPORTS = 2_000;

    // The generator writes every section label after a blank line, inline ("LABEL: text") or on its own line.
    private static final Pattern HAS_FINDINGS = label("FINDINGS|FINDINGS/DISCUSSION|REPORT");
    private static final Pattern HAS_IMPRESSION = label("IMPRESSION|CONCLUSION|IMPRESSION/RECOMMENDATION");
    private static final Pattern HAS_ADDENDUM = Pattern.compile("(?m)^(?:ADDENDUM:?|\\*\\*\\* ADDENDUM \\*\\*\\*)$");

    /** Any label the generator uses for a section, at a line start, followed by a colon or the line end. */
    private static final Pattern HEADER_LINE = Pattern.compile("(?i)^(?:\\*\\*\\* )?(?:INDICATION|HISTORY|CLINICAL INFO"
            + "|CLINICAL HISTORY|REASON FOR EXAM|CLINICAL INDICATION|TECHNIQUE|PROCEDURE DETAILS|EXAM TECHNIQUE"
            + "|COMPARISON|COMPARISONS|PRIOR STUDIES|FINDINGS|FINDINGS/DISCUSSION|REPORT|IMPRESSION|CONCLUSION"
            + "|IMPRESSION/RECOMMENDATION|ADDENDUM)(?::.*| \\*\\*\\*)?$");

    private static final Pattern SIGNATURE_LINE = Pattern.compile(
            "(?im)^(?:.*electronically signed|dictated by|dictated:|transcribed:|signed[: ]|read by:|resident:|attending:"
                    + "|i have personally reviewed|addendum signed|\\[\\*\\* dictated but not read)");

    private final List<String> raw = new ArrayList<>(REPORTS);
    private final List<String> cleaned = new ArrayList<>(REPORTS);
    private final List<ReportSections> fromRaw = new ArrayList<>(REPORTS);
    private final List<ReportSections> fromCleaned = new ArrayList<>(REPORTS);

    private static Pattern label(String labels) {
        return Pattern.compile("(?im)(?:^|\\n\\n)(?:" + labels + ")(?::|\\n)");
    }

    @BeforeAll
    void parseCorpus() {
        ReportGenerator generator = new ReportGenerator(7);
        TextCleaner cleaner = new TextCleaner();
        SectionParser parser = new SectionParser();
        for (int i = 0; i < REPORTS; i++) {
            String text = generator.generate(i).reportText();
            String clean = cleaner.clean(text).text();
            raw.add(text);
            cleaned.add(clean);
            fromRaw.add(parser.parse(text));
            fromCleaned.add(parser.parse(clean));
        }
    }

    @Test
    void findingsAndImpressionAreFoundInAtLeast99PercentOfReportsThatHaveThem() {
        int withFindings = 0;
        int withImpression = 0;
        int[] foundFindings = new int[2];
        int[] foundImpression = new int[2];
        for (int i = 0; i < REPORTS; i++) {
            boolean hasFindings = HAS_FINDINGS.matcher(raw.get(i)).find();
            boolean hasImpression = HAS_IMPRESSION.matcher(raw.get(i)).find();
            withFindings += hasFindings ? 1 : 0;
            withImpression += hasImpression ? 1 : 0;
            List<ReportSections> both = List.of(fromRaw.get(i), fromCleaned.get(i));
            for (int mode = 0; mode < 2; mode++) {
                foundFindings[mode] += hasFindings && both.get(mode).findings() != null ? 1 : 0;
                foundImpression[mode] += hasImpression && both.get(mode).impression() != null ? 1 : 0;
            }
        }
        System.out.printf("sections over %d generated reports: with findings header %d, with impression header %d; "
                        + "found raw %d/%d, cleaned %d/%d%n", REPORTS, withFindings, withImpression,
                foundFindings[0], foundImpression[0], foundFindings[1], foundImpression[1]);
        assertThat(withFindings).as("reports with a findings header").isGreaterThanOrEqualTo(REPORTS * 99 / 100);
        assertThat(withImpression).as("reports with an impression header").isGreaterThanOrEqualTo(REPORTS * 99 / 100);
        for (int mode = 0; mode < 2; mode++) {
            assertThat(foundFindings[mode]).isGreaterThanOrEqualTo(withFindings * 99 / 100);
            assertThat(foundImpression[mode]).isGreaterThanOrEqualTo(withImpression * 99 / 100);
        }
    }

    @Test
    void otherSectionsAndAddendaAreFoundExactlyWhereTheyExist() {
        for (int i = 0; i < REPORTS; i++) {
            boolean hasAddendum = HAS_ADDENDUM.matcher(raw.get(i)).find();
            for (ReportSections sections : List.of(fromRaw.get(i), fromCleaned.get(i))) {
                assertThat(sections.addendum() != null).as("addendum of report %d", i).isEqualTo(hasAddendum);
                assertThat(sections.indication()).as("indication of report %d", i).isNotNull();
                assertThat(sections.technique()).as("technique of report %d", i).isNotNull();
                assertThat(sections.comparison()).as("comparison of report %d", i).isNotNull();
                assertThat(sections.findingsInferred()).isFalse();
            }
        }
    }

    @Test
    void noSectionTextContainsAHeaderOrSignatureLine() {
        for (int i = 0; i < REPORTS; i++) {
            for (ReportSections sections : List.of(fromRaw.get(i), fromCleaned.get(i))) {
                for (String text : new String[] {sections.indication(), sections.technique(), sections.comparison(),
                        sections.findings(), sections.impression(), sections.addendum()}) {
                    if (text == null) {
                        continue;
                    }
                    for (String line : text.split("\n")) {
                        assertThat(HEADER_LINE.matcher(line).matches()).as("report %d line: %s", i, line).isFalse();
                        assertThat(SIGNATURE_LINE.matcher(line).find()).as("report %d line: %s", i, line).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void cleaningRemovesEverySignatureAndIsIdempotent() {
        TextCleaner cleaner = new TextCleaner();
        for (int i = 0; i < REPORTS; i++) {
            assertThat(SIGNATURE_LINE.matcher(cleaned.get(i)).find()).as("signature left in report %d", i).isFalse();
            assertThat(cleaner.clean(cleaned.get(i)).text()).as("report %d cleaned twice", i).isEqualTo(cleaned.get(i));
        }
    }

    @Test
    void cleanedSectionsHaveNoDictationArtefacts() {
        Pattern artefact = Pattern.compile("(?i)\\b(\\p{L}{2,})\\s+\\1\\b|\\bperiod\\b|new paragraph");
        for (int i = 0; i < REPORTS; i++) {
            assertThat(artefact.matcher(cleaned.get(i)).find()).as("report %d", i).isFalse();
        }
    }
}
