package io.radlake.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.radlake.corpus.GeneratedReport;
import io.radlake.corpus.ReportGenerator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DuplicateKeysTest {

    @Test
    void exactKeyIgnoresCaseSpacingLineBreaksAndPunctuation() {
        String key = DuplicateKeys.exactKey("FINDINGS: The lungs are clear.\n\nIMPRESSION: Normal.");
        assertThat(key).matches("[0-9a-f]{64}");
        assertThat(DuplicateKeys.exactKey("findings the lungs are clear impression normal")).isEqualTo(key);
        assertThat(DuplicateKeys.exactKey("  Findings -- the LUNGS are clear;\r\n  Impression:\tnormal!!")).isEqualTo(key);
        assertThat(DuplicateKeys.exactKey("FINDINGS: The lungs are not clear.\n\nIMPRESSION: Normal.")).isNotEqualTo(key);
    }

    @Test
    void exactKeyIsTheSha256OfTheNormalisedText() {
        // sha256("abc") from FIPS 180-2.
        assertThat(DuplicateKeys.exactKey("ABC.")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void digitsAndTagsAreKept() {
        assertThat(DuplicateKeys.exactKey("Nodule 4.0 cm")).isNotEqualTo(DuplicateKeys.exactKey("Nodule 40 cm"));
        assertThat(DuplicateKeys.normalize("Seen by [NAME] on [DATE 2019-03-02], Name: x"))
                .isEqualTo("seen by [name] on [date 2019-03-02] name x");
        assertThat(DuplicateKeys.exactKey("Dr. [NAME] called")).isNotEqualTo(DuplicateKeys.exactKey("Dr. Name called"));
    }

    @Test
    void oddInput() {
        assertThat(DuplicateKeys.exactKey(null)).isNull();
        assertThat(DuplicateKeys.exactKey("")).isEqualTo(DuplicateKeys.exactKey(" ... \n"));
        assertThat(DuplicateKeys.shingles(null)).isEmpty();
        assertThat(DuplicateKeys.shingles(" -- ")).isEmpty();
        assertThat(DuplicateKeys.normalize(null)).isEmpty();
        assertThatThrownBy(() -> DuplicateKeys.shingles("a b", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("shingle size n must be >= 1, got: 0");
    }

    @Test
    void shinglesAreDistinctWordNGramsInOrder() {
        assertThat(DuplicateKeys.shingles("No acute fracture. No acute fracture, no effusion.", 3))
                .containsExactly("no acute fracture", "acute fracture no", "fracture no acute", "fracture no effusion");
        assertThat(DuplicateKeys.shingles("Lungs clear.", 3)).containsExactly("lungs clear");
        assertThat(DuplicateKeys.shingles("a b c", 3)).containsExactly("a b c");
        assertThat(DuplicateKeys.shingles("a b c d")).containsExactly("a b c", "b c d");
        assertThat(DuplicateKeys.shingles("A b", 1)).containsExactly("a", "b");
    }

    @Test
    void jaccard() {
        assertThat(DuplicateKeys.jaccard(Set.of("a", "b", "c"), Set.of("b", "c", "d"))).isEqualTo(0.5);
        assertThat(DuplicateKeys.jaccard(Set.of("a"), Set.of("a"))).isEqualTo(1.0);
        assertThat(DuplicateKeys.jaccard(Set.of("a"), Set.of("b"))).isEqualTo(0.0);
        assertThat(DuplicateKeys.jaccard(Set.of(), Set.of())).isEqualTo(1.0);
        assertThat(DuplicateKeys.jaccard(Set.of("a"), null)).isEqualTo(0.0);
    }

    /** The measurement behind DEFAULT_SHINGLE_SIZE, on a smaller sample. */
    @Test
    void defaultShinglesSeparateEditedCopiesFromOtherReportsOfTheSameExam() {
        ReportGenerator generator = new ReportGenerator(7);
        TextCleaner cleaner = new TextCleaner();
        List<String> texts = new ArrayList<>();
        List<String> exams = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            GeneratedReport report = generator.generate(i);
            texts.add(cleaner.clean(report.reportText()).text());
            exams.add(report.siteId() + report.modality() + report.bodyPart());
        }
        SplittableRandom random = new SplittableRandom(1);
        int copiesAbove = 0;
        int distinctPairs = 0;
        int distinctAbove = 0;
        for (int i = 0; i < texts.size(); i++) {
            String[] words = texts.get(i).split(" ");
            for (int edit = 0; edit < 5; edit++) {
                int k = random.nextInt(words.length);
                words[k] = edit % 2 == 0 ? "xyzzy" : words[k] + " inserted";
            }
            Set<String> original = new HashSet<>(DuplicateKeys.shingles(texts.get(i)));
            if (DuplicateKeys.jaccard(original, new HashSet<>(DuplicateKeys.shingles(String.join(" ", words)))) >= 0.5) {
                copiesAbove++;
            }
            for (int j = i + 1; j < texts.size(); j++) {
                if (exams.get(j).equals(exams.get(i)) && !texts.get(j).equals(texts.get(i))) {
                    distinctPairs++;
                    if (DuplicateKeys.jaccard(original, new HashSet<>(DuplicateKeys.shingles(texts.get(j)))) >= 0.5) {
                        distinctAbove++;
                    }
                }
            }
        }
        assertThat(copiesAbove).isEqualTo(texts.size());
        assertThat(distinctPairs).isGreaterThan(500);
        assertThat(distinctAbove).isLessThanOrEqualTo(distinctPairs / 1000);
    }
}
