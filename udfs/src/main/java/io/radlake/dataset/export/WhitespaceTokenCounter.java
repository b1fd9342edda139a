package io.radlake.dataset.export;

/**
 * The documented fallback when no {@code tokenizer.json} is given: a token is a maximal run of code points that are
 * not Unicode whitespace. Whitespace here is {@link Character#isWhitespace(int)} (ASCII and Unicode space
 * separators, line and paragraph separators, tabs, line breaks) or {@link Character#isSpaceChar(int)} (which adds
 * the no-break spaces U+00A0, U+2007, U+202F). Punctuation stays attached to its word, so counts are lower than a
 * subword tokenizer's: use them for relative lengths and filters, not for a model's context budget.
 */
public final class WhitespaceTokenCounter implements TokenCounter {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(String text) {
        if (text == null) {
            return 0;
        }
        int tokens = 0;
        boolean inToken = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean space = Character.isWhitespace(cp) || Character.isSpaceChar(cp);
            if (!space && !inToken) {
                tokens++;
            }
            inToken = !space;
            i += Character.charCount(cp);
        }
        return tokens;
    }

    @Override
    public String description() {
        return "whitespace";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WhitespaceTokenCounter;
    }

    @Override
    public int hashCode() {
        return WhitespaceTokenCounter.class.hashCode();
    }

    @Override
    public String toString() {
        return "WhitespaceTokenCounter";
    }
}
