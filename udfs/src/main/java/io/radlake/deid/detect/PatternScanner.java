package io.radlake.deid.detect;

import java.util.List;

/** Finds the matches of all {@link PatternRule}s in one text and turns them into candidates. */
public interface PatternScanner {

    void scan(String text, List<Candidate> out);

    /**
     * The same, given the text's chars already copied out ({@code chars} must equal {@code text.toCharArray()}):
     * the engine copies once for all stages. Scanners that read chars override it.
     */
    default void scan(String text, char[] chars, List<Candidate> out) {
        scan(text, out);
    }
}
