package io.radlake.infer.baseline;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Sentences of a findings text: lines first (reports list findings line by line), then the JDK's sentence rules. */
final class Sentences {

    private Sentences() {}

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            BreakIterator it = BreakIterator.getSentenceInstance(Locale.US);
            it.setText(line);
            for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
                String sentence = line.substring(start, end).strip();
                if (!sentence.isEmpty()) {
                    out.add(sentence);
                }
            }
        }
        return out;
    }
}
