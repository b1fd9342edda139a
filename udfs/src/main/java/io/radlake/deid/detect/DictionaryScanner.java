package io.radlake.deid.detect;

/** Finds every whole-word, case- and accent-insensitive occurrence of the lexicon's entries in one text. */
public interface DictionaryScanner {

    void scan(String text, DictionaryHits out);
}
