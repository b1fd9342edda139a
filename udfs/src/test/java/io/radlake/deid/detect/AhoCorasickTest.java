package io.radlake.deid.detect;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AhoCorasickTest {

    private static List<String> hits(AhoCorasick automaton, String text) {
        DictionaryHits hits = new DictionaryHits();
        automaton.scan(text, hits);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            out.add(text.substring(hits.start(i), hits.end(i)) + ":" + hits.kinds(i));
        }
        return out;
    }

    @Test
    void findsOverlappingWholeWordEntriesIgnoringCaseAndAccents() {
        AhoCorasick automaton = new AhoCorasick(Map.of("signed by", 1, "electronically signed by", 2, "garcia", 4,
                "dr.", 8));
        assertThat(hits(automaton, "Electronically SIGNED BY Dr. García"))
                .containsExactlyInAnyOrder("SIGNED BY:1", "Electronically SIGNED BY:2", "Dr.:8", "García:4");
    }

    @Test
    void ignoresMatchesInsideWords() {
        AhoCorasick automaton = new AhoCorasick(Map.of("lee", 1, "ann", 2));
        assertThat(hits(automaton, "sleep annex Lee-Ann")).containsExactly("Lee:1", "Ann:2");
    }

    @Test
    void charsOutsideTheAlphabetResetTheMatch() {
        AhoCorasick automaton = new AhoCorasick(Map.of("new york", 1));
        assertThat(hits(automaton, "new 5york New York")).containsExactly("New York:1");
    }
}
