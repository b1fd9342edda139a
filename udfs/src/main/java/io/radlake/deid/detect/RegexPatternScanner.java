package io.radlake.deid.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The naive way to run the pattern rules, kept as a benchmark baseline: one java.util.regex pass over the text per
 * rule, with the same expressions and boundaries as {@link DfaPatternScanner}. Immutable and thread-safe.
 */
public final class RegexPatternScanner implements PatternScanner {

    private final List<PatternRule> rules;
    private final List<Pattern> patterns;

    public RegexPatternScanner(List<PatternRule> rules) {
        this.rules = List.copyOf(rules);
        List<Pattern> compiled = new ArrayList<>(rules.size());
        for (PatternRule rule : rules) {
            String expression = Boundaries.REGEX_START + (rule.prefix() == null ? "" : "(?:" + rule.prefix() + ")")
                    + "(?<v>" + rule.value() + ")" + (rule.suffix() == null ? "" : "(?:" + rule.suffix() + ")")
                    + Boundaries.REGEX_END;
            compiled.add(Pattern.compile(expression));
        }
        this.patterns = List.copyOf(compiled);
    }

    @Override
    public void scan(String text, List<Candidate> out) {
        String folded = Chars.fold(text);
        for (int r = 0; r < rules.size(); r++) {
            Matcher matcher = patterns.get(r).matcher(folded);
            while (matcher.find()) {
                PatternEmitter.emit(rules.get(r), text, matcher.start(), matcher.start("v"), matcher.end("v"), out);
            }
        }
    }
}
