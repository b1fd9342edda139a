package io.radlake.deid.detect;

import java.util.List;

/** Finds the matches of all {@link PatternRule}s in one text and turns them into candidates. */
public interface PatternScanner {

    void scan(String text, List<Candidate> out);
}
