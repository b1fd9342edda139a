package io.radlake.eval.rouge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * rouge-score's default tokenizer: Python's {@code text.lower()}, every run of characters outside {@code [a-z0-9]}
 * becomes a space, split on whitespace, Porter-stem tokens longer than 3 characters when stemming is on, and keep the
 * tokens that are still {@code [a-z0-9]+}.
 *
 * <p>Only ASCII letters and digits survive, so the sole non-ASCII characters that matter are the two whose Python
 * lowercase contains one: U+0130 (capital I with dot) lowers to "i" plus a combining dot, which then splits the token,
 * and U+212A (Kelvin sign) lowers to "k". Everything else outside ASCII separates tokens, as do surrogate pairs.
 *
 * <p>Thread-safe. With stemming, each instance memoizes stems of up to {@value #MAX_CACHED_STEMS} distinct words:
 * report vocabularies are small and stemming costs several times more than a lookup. The memo only ever holds
 * results of a pure function, so it changes speed, never output.
 */
public final class RougeTokenizer {

    /** Tokens of this length or shorter are never stemmed (rouge-score: {@code len(x) > 3}). */
    static final int LONGEST_UNSTEMMED = 3;
    static final int MAX_CACHED_STEMS = 1 << 16;

    private final PorterStemmer stemmer;
    private final ConcurrentHashMap<String, String> stems;

    private RougeTokenizer(PorterStemmer stemmer) {
        this.stemmer = stemmer;
        this.stems = stemmer == null ? null : new ConcurrentHashMap<>();
    }

    public static RougeTokenizer plain() {
        return new RougeTokenizer(null);
    }

    public static RougeTokenizer stemming() {
        return new RougeTokenizer(new PorterStemmer());
    }

    public static RougeTokenizer of(boolean useStemmer) {
        return useStemmer ? stemming() : plain();
    }

    public boolean usesStemmer() {
        return stemmer != null;
    }

    /** The tokens of {@code text}, as rouge-score's {@code DefaultTokenizer(use_stemmer).tokenize(text)}. */
    public List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        scan(text, (token, line) -> tokens.add(token));
        return tokens;
    }

    /**
     * Tokens as ids from {@code ids}, with line boundaries for ROUGE-Lsum: tokenizing each newline-separated line
     * alone gives the same tokens, since a newline always separates tokens.
     */
    TokenizedText tokenizeToIds(String text, TokenIds ids) {
        TokenizedText.Builder builder = new TokenizedText.Builder();
        scan(text, (token, line) -> builder.add(ids.idOf(token), line));
        return builder.build();
    }

    private String stemOf(String word, char[] token, int length) {
        String stem = stems.get(word);
        if (stem == null) {
            stem = stemmer.stem(token, length);
            if (stems.size() < MAX_CACHED_STEMS) {
                stems.putIfAbsent(word, stem);
            }
        }
        return stem;
    }

    interface TokenSink {
        void accept(String token, int line);
    }

    private void scan(String text, TokenSink sink) {
        char[] token = new char[32];
        int length = 0;
        int line = 0;
        int tokenLine = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char mapped;
            boolean splitsAfter = false;
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                mapped = c;
            } else if (c >= 'A' && c <= 'Z') {
                mapped = (char) (c + ('a' - 'A'));
            } else if (c == '\u0130') {
                mapped = 'i';
                splitsAfter = true; // the combining dot of its lowercase form is a separator
            } else if (c == '\u212A') {
                mapped = 'k';
            } else {
                if (c == '\n') {
                    line++;
                }
                if (length > 0) {
                    emit(sink, token, length, tokenLine);
                    length = 0;
                }
                continue;
            }
            if (length == 0) {
                tokenLine = line;
            }
            if (length == token.length) {
                token = Arrays.copyOf(token, length * 2);
            }
            token[length++] = mapped;
            if (splitsAfter) {
                emit(sink, token, length, tokenLine);
                length = 0;
            }
        }
        if (length > 0) {
            emit(sink, token, length, tokenLine);
        }
    }

    private void emit(TokenSink sink, char[] token, int length, int line) {
        String text = new String(token, 0, length);
        if (stemmer != null && length > LONGEST_UNSTEMMED) {
            text = stemOf(text, token, length);
        }
        // rouge-score drops tokens that are empty after stemming; Porter never empties a word this long, kept for parity.
        if (!text.isEmpty()) {
            sink.accept(text, line);
        }
    }
}
