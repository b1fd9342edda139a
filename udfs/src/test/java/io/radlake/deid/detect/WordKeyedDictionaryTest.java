package io.radlake.deid.detect;

import io.radlake.corpus.ReportGenerator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WordKeyedDictionaryTest {

    private static List<String> hits(DictionaryScanner scanner, String text) {
        DictionaryHits hits = new DictionaryHits();
        scanner.scan(text, hits);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            out.add(hits.start(i) + "-" + hits.end(i) + ":" + text.substring(hits.start(i), hits.end(i)) + ":"
                    + hits.kinds(i));
        }
        return out;
    }

    @Test
    void findsOverlappingWholeWordEntriesInEndThenStartOrder() {
        WordKeyedDictionary dictionary = new WordKeyedDictionary(Map.of("signed by", 1, "electronically signed by", 2,
                "garcia", 4, "dr.", 8, "dr", 16, "by", 32));
        assertThat(hits(dictionary, "Electronically SIGNED BY Dr. García")).containsExactly(
                "0-24:Electronically SIGNED BY:2", "15-24:SIGNED BY:1", "22-24:BY:32", "25-27:Dr:16", "25-28:Dr.:8",
                "29-35:García:4");
    }

    @Test
    void matchesWholeWordsOnlyAcrossLineBreaksAndAtTheEnds() {
        WordKeyedDictionary dictionary = new WordKeyedDictionary(Map.of("lee", 1, "ann", 2, "new york", 4,
                "m.d.", 8));
        assertThat(hits(dictionary, "sleep annex Lee-Ann")).containsExactly("12-15:Lee:1", "16-19:Ann:2");
        assertThat(hits(dictionary, "New\nYork, new 5york, New Yorker")).containsExactly("0-8:New\nYork:4");
        assertThat(hits(dictionary, "J. Lee, M.D.")).containsExactly("3-6:Lee:1", "8-12:M.D.:8");
        assertThat(hits(dictionary, "M.D")).isEmpty();
    }

    @Test
    void entriesStartingWithPunctuationMatchAnywhereTheirCharsAre() {
        WordKeyedDictionary dictionary = new WordKeyedDictionary(Map.of("(r)", 1, "#1", 2));
        assertThat(hits(dictionary, "RT(R) room #1")).containsExactly("2-5:(R):1", "11-13:#1:2");
        assertThat(hits(dictionary, "room #12")).isEmpty();
    }

    /** Word boundaries are judged on raw chars, entries on folded ones: folding must keep what a word char is. */
    @Test
    void foldingNeverChangesWhetherACharIsALetterOrDigit() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(Chars.isWordChar(Chars.fold((char) c))).as("U+%04X", c).isEqualTo(Chars.isWordChar((char) c));
        }
    }

    @Test
    void findsExactlyWhatAhoCorasickFindsOnGeneratedReports() {
        Map<String, Integer> entries = Lexicon.standard().entries();
        AhoCorasick reference = new AhoCorasick(entries);
        WordKeyedDictionary dictionary = new WordKeyedDictionary(entries);
        ReportGenerator generator = new ReportGenerator(11);
        int compared = 0;
        for (int i = 0; i < 1500; i++) {
            String text = generator.generate(i).reportText();
            List<String> expected = hits(reference, text);
            assertThat(hits(dictionary, text)).as("report %d", i).isEqualTo(expected);
            compared += expected.size();
        }
        assertThat(compared).isGreaterThan(10_000);
    }
}
