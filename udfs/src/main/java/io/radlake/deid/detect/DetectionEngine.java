package io.radlake.deid.detect;

import io.radlake.deid.PhiFinding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The detection pipeline: the pattern pass and the dictionary pass over the text, context rules over tokens and
 * dictionary hits, then overlap resolution. The two passes are pluggable so that the DFA/word-keyed engine and
 * the regex-per-rule baseline share everything else. Immutable and thread-safe.
 */
public final class DetectionEngine {

    private final PatternScanner patterns;
    private final DictionaryScanner dictionary;
    private final ContextRules context = new ContextRules();

    public DetectionEngine(PatternScanner patterns, DictionaryScanner dictionary) {
        this.patterns = Objects.requireNonNull(patterns, "patterns");
        this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    }

    public List<PhiFinding> detect(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            return List.of();
        }
        char[] chars = text.toCharArray(); // one copy, read by every stage
        List<Candidate> patternCandidates = new ArrayList<>(32);
        patterns.scan(text, chars, patternCandidates);
        DictionaryHits hits = new DictionaryHits();
        dictionary.scan(text, chars, hits);
        List<Candidate> all = new ArrayList<>(patternCandidates.size() + 32);
        all.addAll(patternCandidates);
        context.apply(text, new Tokens(text, chars), hits, patternCandidates, all);
        return SpanResolver.resolve(text, all);
    }
}
