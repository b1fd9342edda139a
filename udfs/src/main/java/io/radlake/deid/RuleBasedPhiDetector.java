package io.radlake.deid;

import io.radlake.deid.detect.WordKeyedDictionary;
import io.radlake.deid.detect.DetectionEngine;
import io.radlake.deid.detect.DfaPatternScanner;
import io.radlake.deid.detect.Lexicon;
import io.radlake.deid.detect.PatternRules;

import java.util.List;

/**
 * Rule-based PHI detection in one pass per stage: every shape rule (dates, times, ages over 89, labelled
 * identifiers, phones, e-mail, URLs, IP addresses, streets, ZIP codes) as one combined DFA, every dictionary
 * (first and last names, cities, states, institutions, context words, allow-list) as one hash table keyed by the
 * entries' first words, then context rules ("Dr." + name, name + "MD", "Last, First", "X Medical Center",
 * "City, ST") and overlap resolution. Building takes a moment (an automaton, a table of thousands of entries);
 * detection allocates only small per-call arrays. Immutable and thread-safe: share one instance per JVM.
 */
public final class RuleBasedPhiDetector implements PhiDetector {

    private final DetectionEngine engine;

    private RuleBasedPhiDetector(DetectionEngine engine) {
        this.engine = engine;
    }

    /** The detector with the standard rules and the dictionaries shipped in {@code io/radlake/deid/}. */
    public static RuleBasedPhiDetector standard() {
        return new RuleBasedPhiDetector(new DetectionEngine(new DfaPatternScanner(PatternRules.standard()),
                new WordKeyedDictionary(Lexicon.standard().entries())));
    }

    @Override
    public List<PhiFinding> detect(String text) {
        return engine.detect(text);
    }
}
