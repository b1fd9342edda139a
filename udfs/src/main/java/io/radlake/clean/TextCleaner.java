package io.radlake.clean;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Cleans de-identified report text: Unicode and punctuation normalisation, control characters, page furniture,
 * signature blocks, disclaimers, dictation artefacts, whitespace and hard line wraps (see {@link CleaningStep}).
 * Immutable and thread-safe; never throws on odd input (null gives a null text, any other string a string).
 * Idempotent: {@code clean(clean(x).text()).text()} equals {@code clean(x).text()}.
 */
public final class TextCleaner {

    private final CleaningOptions options;

    public TextCleaner() {
        this(CleaningOptions.defaults());
    }

    public TextCleaner(CleaningOptions options) {
        this.options = Objects.requireNonNull(options, "options must not be null; use CleaningOptions.defaults()");
    }

    public CleaningOptions options() {
        return options;
    }

    public CleanedText clean(String text) {
        if (text == null) {
            return new CleanedText(null, Set.of());
        }
        Set<CleaningStep> changed = EnumSet.noneOf(CleaningStep.class);
        String out = text;
        out = apply(CleaningStep.UNICODE_NORMALIZATION, CharacterRepair::normalizeUnicode, out, changed);
        out = apply(CleaningStep.PAGE_HEADERS, PageFurniture::remove, out, changed);
        out = apply(CleaningStep.CONTROL_CHARACTERS, CharacterRepair::removeControlCharacters, out, changed);
        out = apply(CleaningStep.PUNCTUATION, CharacterRepair::normalizePunctuation, out, changed);
        out = apply(CleaningStep.SIGNATURES, BlockRemover.SIGNATURES::remove, out, changed);
        out = apply(CleaningStep.DISCLAIMERS, BlockRemover.DISCLAIMERS::remove, out, changed);
        out = apply(CleaningStep.DICTATION_ARTEFACTS, DictationArtefacts::remove, out, changed);
        out = apply(CleaningStep.WHITESPACE, WhitespaceRepair::repair, out, changed);
        out = apply(CleaningStep.LINE_WRAPS, LineWrapRepair::repair, out, changed);
        return new CleanedText(out, changed);
    }

    private String apply(CleaningStep step, UnaryOperator<String> repair, String text, Set<CleaningStep> changed) {
        if (!options.enabled(step)) {
            return text;
        }
        String repaired = repair.apply(text);
        if (!repaired.equals(text)) {
            changed.add(step);
        }
        return repaired;
    }
}
