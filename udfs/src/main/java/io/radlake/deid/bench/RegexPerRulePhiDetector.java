package io.radlake.deid.bench;

import io.radlake.deid.PhiDetector;
import io.radlake.deid.PhiFinding;
import io.radlake.deid.detect.DetectionEngine;
import io.radlake.deid.detect.Lexicon;
import io.radlake.deid.detect.PatternRules;
import io.radlake.deid.detect.RegexDictionaryScanner;
import io.radlake.deid.detect.RegexPatternScanner;

import java.util.List;

/**
 * Benchmark baseline: the same rules, dictionaries and context logic as
 * {@link io.radlake.deid.RuleBasedPhiDetector}, but matched the naive way: one java.util.regex pass per pattern
 * rule and one alternation regex per dictionary group. Immutable and thread-safe.
 */
public final class RegexPerRulePhiDetector implements PhiDetector {

    private final DetectionEngine engine;

    private RegexPerRulePhiDetector(DetectionEngine engine) {
        this.engine = engine;
    }

    public static RegexPerRulePhiDetector standard() {
        return new RegexPerRulePhiDetector(new DetectionEngine(new RegexPatternScanner(PatternRules.standard()),
                new RegexDictionaryScanner(Lexicon.standard().entries())));
    }

    @Override
    public List<PhiFinding> detect(String text) {
        return engine.detect(text);
    }
}
