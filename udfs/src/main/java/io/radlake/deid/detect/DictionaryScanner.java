package io.radlake.deid.detect;

/** Finds every whole-word, case- and accent-insensitive occurrence of the lexicon's entries in one text. */
public interface DictionaryScanner {

    void scan(String text, DictionaryHits out);

    /**
     * The same, given the text's chars already copied out ({@code chars} must equal {@code text.toCharArray()}):
     * the engine copies once for all stages. Scanners that read chars override it.
     */
    default void scan(String text, char[] chars, DictionaryHits out) {
        scan(text, out);
    }
}
