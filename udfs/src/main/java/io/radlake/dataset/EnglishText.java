package io.radlake.dataset;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A cheap, dependency-free guess whether a report is English, good enough to keep German, French, Spanish, Italian,
 * Portuguese, Dutch and non-Latin-script reports out of an English dataset. Two rules:
 * <ol>
 *   <li><b>Script</b>: of the letters, at least {@value #MIN_ASCII_LETTER_SHARE} must be ASCII a-z/A-Z. This catches
 *       Cyrillic, Greek, CJK, Arabic and others; accented Latin languages keep 95%+ ASCII letters and pass this
 *       rule.</li>
 *   <li><b>Function words</b>: count the words that are common only in English (articles, prepositions, auxiliaries,
 *       frequent report words such as "there", "with", "seen", "noted") and those common only in the other
 *       languages ("der", "und", "keine", "los", "sin", "avec", "pas", "della", "geen", ...; words spelled the same
 *       in English, like "in", "no", "de", "normal", count for neither). The text is non-English when at least
 *       {@value #MIN_FOREIGN_WORDS} foreign words occur and they outnumber the English ones.</li>
 * </ol>
 * Telegraphic English ("Lungs clear. Heart normal.") has few function words but also no foreign ones, so it passes;
 * a text with no letters passes (other rules judge it). Known limits: a short foreign text with one foreign
 * function word passes; mixed-language reports are judged by their majority.
 */
public final class EnglishText {

    /** Minimum share of ASCII letters among all letters. */
    public static final double MIN_ASCII_LETTER_SHARE = 0.9;
    /** Foreign function words needed before the word rule can call a text foreign. */
    public static final int MIN_FOREIGN_WORDS = 2;

    private static final Set<String> ENGLISH = words(
            "the", "of", "and", "is", "are", "was", "were", "be", "been", "being", "with", "without", "there", "this",
            "these", "that", "those", "which", "has", "have", "had", "to", "for", "on", "at", "by", "from", "as", "an",
            "or", "not", "into", "within", "than", "other", "otherwise", "any", "seen", "noted", "identified",
            "evidence", "consistent", "suggest", "suggests", "suggestive", "likely", "small", "large", "mild",
            "moderate", "severe", "right", "left", "both", "bilateral", "lungs", "lung", "heart", "size", "clear",
            "acute", "findings", "impression", "unremarkable", "stable", "again", "measuring", "measures", "change",
            "changes", "prior", "compared", "study", "exam", "appears", "appear", "demonstrated", "visualized",
            "effusion", "fracture", "mass", "lesion", "limits", "process", "abnormality", "significant", "interval",
            "may", "can", "only", "also", "new", "it", "its", "we", "please", "recommend");
    // Frequent words of each language that are neither English words nor common tokens of English reports:
    // "non" (non-specific), "os" (os trigonum), "si" (SI joint), "im", "er", "ao", "op", "para", "met", "plus" and
    // "no", "de", "in", "a", "normal" are left out on purpose.
    private static final Set<String> FOREIGN = words(
            // German
            "der", "die", "das", "und", "ist", "sind", "mit", "ohne", "kein", "keine", "keiner", "keinen", "nicht",
            "ein", "eine", "einer", "eines", "zu", "von", "bei", "auf", "den", "dem", "des", "sich", "wird",
            "befund", "beurteilung", "regelrecht", "rechts", "links", "unauffällig", "unauffaellig", "nachweis",
            "hinweis", "lunge", "herz", "zeichen", "oder", "auch", "noch", "vom", "zum", "zur", "beidseits",
            // French
            "le", "les", "et", "avec", "sans", "est", "une", "du", "pas", "au", "aux", "dans", "pour", "sur",
            "droit", "droite", "gauche", "poumons", "aucun", "aucune", "signe", "qui", "lésion", "épanchement",
            "examen", "ou", "ce", "cette", "il", "elle", "sont", "était",
            // Spanish
            "el", "los", "las", "y", "con", "sin", "se", "del", "que", "por", "una", "es", "derecho", "derecha",
            "izquierdo", "izquierda", "hallazgos", "signos", "pulmonar", "pulmones", "observa", "observan",
            "evidencia", "imágenes", "tamaño", "aumento", "lesión", "derrame", "muestra", "presenta", "estudio",
            "sugestivo", "como", "son", "hay", "más",
            // Italian
            "lo", "gli", "della", "dello", "delle", "degli", "nella", "nel", "senza", "sono", "destro", "destra",
            "sinistro", "sinistra", "polmonare", "reperti", "segni", "alcun", "alcuna", "versamento", "lesioni",
            "esame", "anche",
            // Portuguese
            "dos", "das", "com", "em", "não", "uma", "sem", "pelo", "pela", "lesão", "achados", "direito",
            "esquerdo", "esquerda", "exame",
            // Dutch
            "het", "en", "van", "een", "geen", "zonder", "niet", "bij", "longen", "beiderzijds", "afwijkingen",
            "onderzoek", "naar", "ook", "wel", "dan");

    private EnglishText() {
    }

    /** True when the text passes both rules (or has no letters at all). */
    public static boolean looksEnglish(String text) {
        if (text == null) {
            return true;
        }
        int letters = 0;
        int asciiLetters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                    asciiLetters++;
                }
            }
        }
        if (letters == 0) {
            return true;
        }
        if (asciiLetters < MIN_ASCII_LETTER_SHARE * letters) {
            return false;
        }
        List<String> words = TextWords.of(text);
        int english = 0;
        int foreign = 0;
        for (String word : words) {
            if (ENGLISH.contains(word)) {
                english++;
            } else if (FOREIGN.contains(word)) {
                foreign++;
            }
        }
        return foreign < MIN_FOREIGN_WORDS || foreign <= english;
    }

    private static Set<String> words(String... words) {
        // The lists share words across languages; Set.of would reject the repeats.
        return Set.copyOf(Arrays.asList(words));
    }
}
