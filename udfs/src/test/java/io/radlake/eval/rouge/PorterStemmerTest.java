package io.radlake.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PorterStemmerTest {
    private final PorterStemmer stemmer = new PorterStemmer();

    @Test
    void matchesNltkOnTheFixtureWordList() {
        List<JsonNode> words = RougeGolden.stems();
        assertThat(words).hasSizeGreaterThan(3000);
        List<String> mismatches = new ArrayList<>();
        int changed = 0;
        for (JsonNode node : words) {
            String word = node.get("word").asText();
            String want = node.get("stem").asText();
            String got = stemmer.stem(word);
            char[] chars = word.toCharArray();
            String viaBuffer = stemmer.stem(chars, chars.length);
            if (!want.equals(got) || !want.equals(viaBuffer)) {
                mismatches.add(word + ": NLTK " + want + ", got " + got + " / " + viaBuffer);
            }
            changed += want.equals(word) ? 0 : 1;
        }
        assertThat(mismatches).isEmpty();
        assertThat(changed).as("words the stemmer changes").isGreaterThan(words.size() / 3);
    }

    @ParameterizedTest
    @CsvSource({
        // NLTK_EXTENSIONS departures from the 1980 paper
        "generously, gener", "dying, die", "lying, lie", "sky, sky", "skies, sky", "news, news",
        "proceed, proceed", "succeed, succeed", "ties, tie", "flies, fli", "died, die", "spied, spi",
        "enjoy, enjoy", "happy, happi", "conformabli, conform", "radically, radic", "geology, geolog",
        // paper examples, through all steps
        "caresses, caress", "ponies, poni", "agreed, agre", "feed, feed", "conditional, condit",
        "rational, ration", "hopeful, hope", "goodness, good", "allowance, allow", "airliner, airlin",
        "adoption, adopt", "controll, control", "roll, roll", "cease, ceas", "probate, probat", "rate, rate",
        // radiology
        "opacities, opac", "effusions, effus", "atelectasis, atelectasi", "consolidation, consolid",
        "cardiomegaly, cardiomegali", "pneumothorax, pneumothorax", "degenerative, degen", "calcified, calcifi",
        "unremarkable, unremark",
        // short words and case
        "at, at", "is, is", "Sky, ski", "RUNNING, run"
    })
    void stemsLikeNltk(String word, String stem) {
        assertThat(stemmer.stem(word)).isEqualTo(stem);
    }
}
