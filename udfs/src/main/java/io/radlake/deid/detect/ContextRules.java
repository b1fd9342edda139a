package io.radlake.deid.detect;

import io.radlake.phi.PhiCategory;

import java.util.List;
import java.util.Set;

import static io.radlake.deid.detect.Lexicon.*;

/**
 * Names, institutions and places from dictionary hits and the words around them: a name after "Dr." or
 * "signed by", before "MD", "Last, First" and "First M. Last" shapes built on first-name and last-name lists,
 * institution names ending in "Hospital" or "Medical Center", "City, ST". Stateless; one call per text.
 */
final class ContextRules {

    private static final String[] CONNECTORS = {"of", "and", "for", "the"};
    private static final String[] ABBREVIATED = {"st", "mt", "ft"};
    private static final String[] PLACE_INTRODUCERS = {"from", "at", "to", "with", "of", "in", "by", "via"};
    /** Credentials that are also words ("DO", "PA"): in all-caps lines they need a dictionary name. */
    private static final String[] AMBIGUOUS_CREDENTIALS = {"do", "pa", "od", "rt", "np", "ma"};
    private static final Set<String> STATE_CODES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC",
            "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO",
            "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "PR", "RI", "SC", "SD",
            "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY");
    /** How much the context vouches for a name: a title, a label or credential, or only a dictionary. */
    private static final int STRONG = 2;
    private static final int CONTEXT = 1;
    private static final int WEAK = 0;
    private static final int ENDS_NAME = STOP_WORD | FUNCTION_WORD | CREDENTIAL | TITLE | NAME_LABEL;

    /** Per-text working state: tokens and what the dictionaries say about each. */
    private static final class Context {
        final String text;
        final Tokens tokens;
        final int[] kinds;
        final boolean[] allowed;
        /** Covered by a credential ("M.D."): never an initial. */
        final boolean[] credential;
        /** Starts a title of several words ("Baby Girl"): the name comes after it. */
        final boolean[] titleStart;
        final List<Candidate> out;

        Context(String text, Tokens tokens, List<Candidate> out) {
            this.text = text;
            this.tokens = tokens;
            this.kinds = new int[tokens.size()];
            this.allowed = new boolean[tokens.size()];
            this.credential = new boolean[tokens.size()];
            this.titleStart = new boolean[tokens.size()];
            this.out = out;
        }

        int kinds(int t) {
            return t >= 0 && t < kinds.length ? kinds[t] : 0;
        }

        boolean has(int t, int kind) {
            return (kinds(t) & kind) != 0;
        }

        String folded(int t) {
            return Chars.fold(text.substring(tokens.start(t), tokens.end(t)));
        }

        void emit(PhiCategory category, int fromToken, int toToken, String rule, int priority) {
            out.add(new Candidate(category, tokens.start(fromToken), tokens.end(toToken), rule, priority));
        }
    }

    /**
     * @param patternCandidates candidates of the pattern pass (read: a state before a ZIP anchors a city)
     */
    void apply(String text, Tokens tokens, DictionaryHits hits, List<Candidate> patternCandidates,
               List<Candidate> out) {
        Context c = new Context(text, tokens, out);
        int n = hits.size();
        int[] firstToken = new int[n];
        int[] lastToken = new int[n];
        int cursor = 0; // hits come in end order: one walk over the tokens maps them all
        for (int h = 0; h < n; h++) {
            if (h > 0 && hits.end(h) < hits.end(h - 1)) {
                cursor = 0; // a scanner that reports out of end order (the regex baseline): walk again
            }
            cursor = tokens.nextEndingAt(cursor, hits.end(h));
            boolean endsToken = cursor < tokens.size() && tokens.end(cursor) == hits.end(h);
            lastToken[h] = endsToken ? cursor : -1;
            firstToken[h] = endsToken ? tokens.startingAtOrBefore(cursor, hits.start(h)) : -1;
            if (firstToken[h] < 0 || lastToken[h] < 0) {
                continue;
            }
            if (firstToken[h] == lastToken[h]) {
                c.kinds[firstToken[h]] |= hits.kinds(h);
            }
            if ((hits.kinds(h) & ALLOWED) != 0) {
                for (int t = firstToken[h]; t <= lastToken[h]; t++) {
                    c.allowed[t] = true;
                }
            }
            if ((hits.kinds(h) & TITLE) != 0) {
                c.titleStart[firstToken[h]] = true;
            }
            if ((hits.kinds(h) & CREDENTIAL) != 0 && firstToken[h] < lastToken[h]) {
                for (int t = firstToken[h]; t <= lastToken[h]; t++) {
                    c.credential[t] = true;
                }
            }
        }
        for (int h = 0; h < n; h++) {
            int ft = firstToken[h];
            int lt = lastToken[h];
            if (ft < 0 || lt < 0) {
                continue;
            }
            int k = hits.kinds(h);
            if ((k & TITLE) != 0) {
                afterTitle(c, lt);
            }
            if ((k & (NAME_LABEL | NAME_PHRASE | WEAK_NAME_PHRASE)) != 0) {
                afterTrigger(c, ft, lt, k);
            }
            if ((k & CREDENTIAL) != 0) {
                beforeCredential(c, ft, lt);
            }
            if ((k & INSTITUTION_TAIL) != 0) {
                institutionTail(c, ft, lt);
            }
            if ((k & INSTITUTION_HEAD) != 0) {
                institutionHead(c, ft, lt);
            }
            if ((k & INSTITUTION) != 0) {
                institutionEntry(c, ft, lt);
            }
            if ((k & CITY) != 0) {
                city(c, ft, lt, k);
            }
            if ((k & STATE) != 0 && ft == lt || (k & STATE) != 0 && (k & CITY) == 0) {
                state(c, ft, lt, k);
            }
            if ((k & (FIRST_NAME | LAST_NAME)) != 0 && ft < lt && (k & COMMON_WORD) == 0
                    && capitalisedOrCaps(c, ft)) {
                c.emit(PhiCategory.NAME, ft, lt, "dict.name-phrase", Candidate.DICTIONARY);
            }
        }
        for (int t = 0; t < tokens.size(); t++) {
            if (c.has(t, FIRST_NAME)) {
                firstName(c, t);
            }
            if (c.has(t, LAST_NAME)) {
                lastName(c, t);
            }
        }
        for (Candidate pattern : patternCandidates) {
            if (pattern.category() == PhiCategory.STATE) {
                cityBeforeState(c, pattern);
            } else if (pattern.category() == PhiCategory.DATE) {
                timeAfterDate(c, pattern);
            }
        }
        for (int t = 0; t < tokens.size(); t++) {
            if (tokens.lineStart(t) || t == 0) {
                signatureLine(c, t);
                nameOpeningLine(c, t);
            }
            if (tokens.isWord(t) && tokens.length(t) == 1) {
                initialAndSurname(c, t);
            }
        }
        repeatedNames(c);
    }

    /**
     * "Mr. Okafor ... Okafor reports": a surname found with context is a name everywhere in the report. Only
     * capitalised words of three letters or more that are no ordinary, clinical or allow-listed word.
     */
    private void repeatedNames(Context c) {
        Tokens tokens = c.tokens;
        int[] names = null; // token indices of the surnames found in context
        int count = 0;
        int before = c.out.size();
        for (int i = 0; i < before; i++) {
            Candidate candidate = c.out.get(i);
            if (candidate.category() != PhiCategory.NAME || candidate.priority() != Candidate.CONTEXT) {
                continue;
            }
            for (int t = tokens.tokenStartingAt(candidate.start()); t >= 0 && t < tokens.size()
                    && tokens.end(t) <= candidate.end(); t++) {
                if (repeatable(c, t)) {
                    if (names == null) {
                        names = new int[8];
                    } else if (count == names.length) {
                        names = java.util.Arrays.copyOf(names, count * 2);
                    }
                    names[count++] = t;
                }
            }
        }
        if (names == null) {
            return;
        }
        int[] signatures = new int[count];
        for (int k = 0; k < count; k++) {
            signatures[k] = signature(c, names[k]);
        }
        for (int t = 0; t < tokens.size(); t++) {
            // Per-token tests first: most words are ordinary ones, and then no surname needs comparing.
            if (!repeatable(c, t) || !capitalisedOrCaps(c, t)) {
                continue;
            }
            int signature = signature(c, t);
            for (int k = 0; k < count; k++) {
                if (signatures[k] == signature && names[k] != t && sameWord(c, names[k], t)) {
                    c.emit(PhiCategory.NAME, t, t, "name.repeat", Candidate.DICTIONARY_SHAPE);
                    break;
                }
            }
        }
    }

    /** Length and folded first and last char of token t: equal for the same word, so most pairs differ here. */
    private static int signature(Context c, int t) {
        Tokens tokens = c.tokens;
        return (tokens.length(t) * 31 + Chars.fold(tokens.charAt(tokens.start(t)))) * 31
                + Chars.fold(tokens.charAt(tokens.end(t) - 1));
    }

    /** Tokens a and b are the same word, folded (no allocation). */
    private static boolean sameWord(Context c, int a, int b) {
        Tokens tokens = c.tokens;
        int length = tokens.length(a);
        if (length != tokens.length(b)) {
            return false;
        }
        int sa = tokens.start(a);
        int sb = tokens.start(b);
        for (int i = 0; i < length; i++) {
            if (Chars.fold(tokens.charAt(sa + i)) != Chars.fold(tokens.charAt(sb + i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean repeatable(Context c, int t) {
        return c.tokens.isWord(t) && c.tokens.length(t) >= 3 && !c.allowed[t]
                && !c.has(t, ENDS_NAME | COMMON_WORD | PARTICLE | CITY | STATE | INSTITUTION_TAIL);
    }

    // ----- times ---------------------------------------------------------------------------------

    /** "20221103 1417", "01/21/2023 2010": four digits right after a date on its line are the clock time. */
    private void timeAfterDate(Context c, Candidate date) {
        Tokens tokens = c.tokens;
        int last = tokens.tokenEndingAt(date.end());
        int t = last + 1;
        if (last < 0 || !tokens.isNumber(t) || tokens.length(t) != 4 || !tokens.sameLine(last, t)
                || tokens.start(t) - tokens.end(last) > 3 || tokens.isPunct(t + 1, '/')
                || tokens.isPunct(t + 1, '-') || tokens.isPunct(t + 1, '.') && tokens.isNumber(t + 2)) {
            return;
        }
        int s = tokens.start(t);
        int hours = (c.text.charAt(s) - '0') * 10 + c.text.charAt(s + 1) - '0';
        int minutes = (c.text.charAt(s + 2) - '0') * 10 + c.text.charAt(s + 3) - '0';
        if (hours <= 23 && minutes <= 59) {
            c.emit(PhiCategory.TIME, t, t, "time.after-date", Candidate.CONTEXT);
        }
    }

    // ----- names ---------------------------------------------------------------------------------

    /**
     * "A. Bello/T. Nguyen", "3/20/23 0450 T. Nguyen": an initial with its period, then a capitalised word that is
     * no clinical, ordinary or allow-listed word, where no word precedes it (so "Hepatitis B. Follow-up" and
     * "Kerley B. Lines" stay text).
     */
    private void initialAndSurname(Context c, int t) {
        Tokens tokens = c.tokens;
        if (!tokens.isPunct(t + 1, '.') || !tokens.adjacent(t) || !Chars.isUpper(c.text.charAt(tokens.start(t)))
                || c.credential[t] || !tokens.mixedCase(t) || tokens.isWord(t - 1) && tokens.sameLine(t - 1, t)
                || tokens.isPunct(t - 1, '.') || tokens.isPunct(t - 1, ',')
                || t > 0 && tokens.adjacent(t - 1) && (tokens.isWord(t - 1) || tokens.isNumber(t - 1))) {
            return; // "H2O. Samples": part of a formula, not an initial
        }
        int surname = t + 2;
        if (!tokens.sameLine(t, surname) || !tokens.isWord(surname) || tokens.start(surname) - tokens.end(t + 1) > 1
                || !tokens.capitalised(surname) || tokens.allUpper(surname) || tokens.length(surname) < 2
                || c.allowed[surname] || c.has(surname, ENDS_NAME | COMMON_WORD | CITY | STATE | INSTITUTION_TAIL)) {
            return;
        }
        c.emit(PhiCategory.NAME, t, surname, "name.initial-surname", Candidate.DICTIONARY_SHAPE);
    }

    /**
     * A signature on a line of its own in mixed-case text, after a sentence or a blank line: "Seshadri",
     * "F. Moretti-Hughes", "Galanis / tg", "-RMS". At most three name words and nothing else on the line.
     */
    private void signatureLine(Context c, int first) {
        Tokens tokens = c.tokens;
        if (!afterSentenceOrBlank(c, first)) {
            return;
        }
        int lineEnd = first;
        while (lineEnd + 1 < tokens.size() && !tokens.lineStart(lineEnd + 1)) {
            lineEnd++;
        }
        int t = first;
        boolean dash = false;
        while (t <= lineEnd && tokens.isPunct(t, '-')) {
            dash = true;
            t++;
        }
        if (t > lineEnd) {
            return;
        }
        if (dash && t == lineEnd && initialsWord(c, t, true)) {
            c.emit(PhiCategory.NAME, t, t, "name.signature-initials", Candidate.DICTIONARY_SHAPE);
            return;
        }
        if (!tokens.mixedCase(first)) {
            return; // all caps: no capitals to tell a name from a heading
        }
        int nameEnd = signatureName(c, t, lineEnd);
        if (nameEnd < 0) {
            return;
        }
        if (nameEnd == lineEnd) {
            c.emit(PhiCategory.NAME, t, nameEnd, "name.signature", Candidate.DICTIONARY_SHAPE);
        } else if (nameEnd + 2 == lineEnd && tokens.isPunct(nameEnd + 1, '/') && initialsWord(c, lineEnd, false)) {
            c.emit(PhiCategory.NAME, t, nameEnd, "name.signature", Candidate.DICTIONARY_SHAPE);
            c.emit(PhiCategory.NAME, lineEnd, lineEnd, "name.signature-initials", Candidate.DICTIONARY_SHAPE);
        }
    }

    /**
     * A mixed-case line that opens with a name followed by demographics or fields: "Kaito Yamashiro, 22M, ..."
     * (age and sex) or "Yellowhorse, Dorian | MRN | date" (a pipe-separated header).
     */
    private void nameOpeningLine(Context c, int t) {
        Tokens tokens = c.tokens;
        if (!tokens.isWord(t) || !tokens.mixedCase(t) || !tokens.capitalised(t) || tokens.allUpper(t)
                || c.has(t, COMMON_WORD | TITLE | NAME_LABEL) || c.titleStart[t]) {
            return;
        }
        long lastFirst = lastFirst(c, t, CONTEXT);
        if (lastFirst >= 0 && tokens.isPunct((int) lastFirst + 1, '|') && capitalisedWords(c, t, (int) lastFirst)) {
            emitName(c, lastFirst, "name.line-header");
            return;
        }
        long span = sequence(c, t, CONTEXT);
        if (span < 0) {
            return;
        }
        int end = (int) span;
        int age = end + 2;
        if (end > t && tokens.isPunct(end + 1, ',') && tokens.isNumber(age) && tokens.length(age) <= 3
                && tokens.adjacent(age) && (tokens.is(age + 1, "m") || tokens.is(age + 1, "f")
                || tokens.is(age + 1, "yo")) && capitalisedWords(c, t, end)) {
            emitName(c, span, "name.before-age-sex");
        }
    }

    /** Every word from..to is capitalised and not all upper case (initials aside). */
    private static boolean capitalisedWords(Context c, int from, int to) {
        Tokens tokens = c.tokens;
        for (int k = from; k <= to; k++) {
            if (tokens.isWord(k) && (!tokens.capitalised(k) || tokens.allUpper(k) && tokens.length(k) > 1)
                    && !isParticle(c, k)) {
                return false;
            }
        }
        return true;
    }

    /** The last token of a one-to-three word name at t ("Seshadri", "F. Moretti-Hughes"), or -1. */
    private static int signatureName(Context c, int t, int lineEnd) {
        Tokens tokens = c.tokens;
        int end = -1;
        int words = 0;
        int k = t;
        while (k <= lineEnd && words < 3) {
            int initialEnd = initialAt(c, k);
            if (initialEnd > k && initialEnd < lineEnd) {
                k = initialEnd + 1;
                continue;
            }
            if (!tokens.isWord(k) || tokens.length(k) < 2 || !tokens.capitalised(k) || tokens.allUpper(k)
                    || c.allowed[k] || c.has(k, ENDS_NAME | COMMON_WORD | CITY | STATE | INSTITUTION_TAIL
                    | INSTITUTION | INSTITUTION_HEAD)) {
                break;
            }
            end = k;
            words++;
            k++;
        }
        return end;
    }

    /** Two to four letters, all upper case (a signer) or, unless {@code upperOnly}, all lower case (a typist). */
    private static boolean initialsWord(Context c, int t, boolean upperOnly) {
        Tokens tokens = c.tokens;
        if (!tokens.isWord(t) || tokens.length(t) < 2 || tokens.length(t) > 4 || c.has(t, STOP_WORD | FUNCTION_WORD
                | CREDENTIAL)) {
            return false;
        }
        boolean upper = tokens.allUpper(t);
        boolean lower = true;
        for (int i = tokens.start(t); i < tokens.end(t); i++) {
            lower &= Chars.isLower(c.text.charAt(i));
        }
        return upper || !upperOnly && lower;
    }

    /** The line of token t follows a blank line or a line that ends a sentence. */
    private static boolean afterSentenceOrBlank(Context c, int t) {
        Tokens tokens = c.tokens;
        if (t == 0) {
            return false; // a first line is a title
        }
        int previous = t - 1;
        if (tokens.isPunct(previous, '.')) {
            return true;
        }
        int newLines = 0;
        for (int i = tokens.end(previous); i < tokens.start(t); i++) {
            if (c.text.charAt(i) == '\n') {
                newLines++;
            }
        }
        return newLines >= 2;
    }

    private void afterTitle(Context c, int titleEnd) {
        Tokens tokens = c.tokens;
        int t = titleEnd + 1;
        boolean dotted = tokens.isPunct(titleEnd, '.');
        if (tokens.isPunct(t, '.') && tokens.adjacent(titleEnd)) {
            dotted = true;
            t++;
        }
        if (t >= tokens.size() || !tokens.sameLine(titleEnd, t) && !(dotted && lastOnLine(tokens, titleEnd))) {
            return; // a hard wrap may fall right after "Dr."
        }
        int titleStart = tokens.isPunct(titleEnd, '.') ? titleEnd - 1 : titleEnd;
        if (tokens.isPunct(titleStart - 1, '/') && tokens.adjacent(titleStart - 1)) {
            return; // "JBA/mr": typist initials, not "Mr."
        }
        int title = tokens.isPunct(titleEnd, '.') ? titleEnd - 1 : titleEnd;
        boolean ambiguous = tokens.is(title, "mr") || tokens.is(title, "ms") || tokens.is(title, "dr") && !dotted;
        if (ambiguous && !dotted && (!tokens.mixedCase(t) || tokens.allUpper(t))) {
            return; // "MR KNEE", "MR ENTEROGRAPHY", "MS" (multiple sclerosis)
        }
        long span = parseName(c, t, STRONG);
        if (span >= 0) {
            emitName(c, span, "name.after-title");
        }
    }

    private static boolean lastOnLine(Tokens tokens, int t) {
        return t + 1 < tokens.size() && tokens.lineStart(t + 1);
    }

    private void afterTrigger(Context c, int ft, int lt, int kinds) {
        Tokens tokens = c.tokens;
        int t = lt + 1;
        boolean colon = false;
        // "PATIENT NAME.....: " pads the label with dot leaders in fixed-width exports.
        while (tokens.isPunct(t, ':') || tokens.isPunct(t, '#') || tokens.isPunct(t, '-')
                || tokens.isPunct(t, '.') && (tokens.isPunct(t + 1, '.') || tokens.isPunct(t + 1, ':')
                || tokens.isPunct(t - 1, '.'))) {
            colon |= tokens.isPunct(t, ':');
            t++;
        }
        if ((kinds & (NAME_PHRASE | WEAK_NAME_PHRASE)) == 0 && !colon) {
            if ((kinds & NAME_LABEL) != 0 && t == lt + 1) {
                labelWithoutColon(c, ft, t);
            }
            return; // "patient is a ..." is no label
        }
        if (lt > 0 && (kinds & NAME_LABEL) != 0 && ft > 0 && tokens.isWord(ft - 1) && tokens.sameLine(ft - 1, ft)
                && (kinds & (NAME_PHRASE | WEAK_NAME_PHRASE)) == 0 && !tokens.lineStart(ft)
                && !tokens.isPunct(ft - 1, ',') && c.has(ft - 1, FUNCTION_WORD)) {
            return; // "the patient:" is prose
        }
        if (t >= tokens.size()) {
            return;
        }
        if (c.has(t, TITLE) || c.titleStart[t]) {
            return; // the title rule takes it from here
        }
        boolean weak = (kinds & (NAME_LABEL | NAME_PHRASE)) == 0;
        if (weak && !tokens.mixedCase(t) && !c.has(t, FIRST_NAME | LAST_NAME)) {
            return;
        }
        if (weak && c.has(t, COMMON_WORD) && !c.has(t + 1, LAST_NAME) && !tokens.isPunct(t + 1, ',')) {
            return;
        }
        if (weak && tokens.mixedCase(t) && tokens.allUpper(t) && !c.has(t, FIRST_NAME | LAST_NAME)) {
            return; // "per USPSTF", "per SRU consensus": an acronym in running text is no name
        }
        long span = parseName(c, t, weak ? WEAK : CONTEXT);
        if (span >= 0) {
            emitName(c, span, "name.after-label");
        }
    }

    /**
     * "Patient Tovah Abramovich / MRN ...": a label opening a mixed-case line, without a colon, then two or more
     * capitalised name words that end the field (line end, a separator or a wide gap).
     */
    private void labelWithoutColon(Context c, int ft, int t) {
        Tokens tokens = c.tokens;
        if (!tokens.lineStart(ft) || t >= tokens.size() || !tokens.sameLine(ft, t) || !tokens.mixedCase(t)
                || !tokens.capitalised(t) || tokens.allUpper(t) || c.has(t, COMMON_WORD | TITLE)) {
            return;
        }
        long span = sequence(c, t, CONTEXT);
        if (span < 0) {
            return;
        }
        int end = (int) span;
        int words = 0;
        for (int k = t; k <= end; k++) {
            if (tokens.isWord(k) && tokens.length(k) > 1) {
                words++;
            }
        }
        if (words >= 2 && endsField(tokens, end)) {
            emitName(c, span, "name.after-label");
        }
    }

    /** Token t ends a field: the line ends, a wide gap or a separator ("/", "|", ",", "(") follows. */
    private static boolean endsField(Tokens tokens, int t) {
        int next = t + 1;
        if (next >= tokens.size() || tokens.lineStart(next) || tokens.start(next) - tokens.end(t) >= 2) {
            return true;
        }
        return tokens.isPunct(next, '/') || tokens.isPunct(next, '|') || tokens.isPunct(next, ',')
                || tokens.isPunct(next, '(');
    }

    private void beforeCredential(Context c, int ft, int lt) {
        Tokens tokens = c.tokens;
        if (tokens.isPunct(lt + 1, ':')) {
            return; // "RN: Timothy ...": a role label, so the word before it is no name
        }
        if (tokens.isNumber(lt + 1) && tokens.length(lt + 1) == 5 && tokens.sameLine(lt, lt + 1)) {
            return; // "Worcester, MA 01605": a state before its ZIP code
        }

        boolean upper = true;
        for (int t = ft; t <= lt; t++) {
            upper &= !tokens.isWord(t) || tokens.allUpper(t) || tokens.is(t, "phd");
        }
        if (!upper) {
            return;
        }
        int e = ft - 1;
        if (tokens.isPunct(e, ',')) {
            e--;
        }
        if (e < 0 || !tokens.sameLine(e, ft) || !tokens.isWord(e)) {
            return;
        }
        boolean needDictionary = isOneOf(tokens, ft, AMBIGUOUS_CREDENTIALS) && !tokens.mixedCase(ft);
        for (int s = Math.max(0, e - 6); s <= e; s++) {
            if (!tokens.sameLine(s, e) || !(tokens.isWord(s))) {
                continue;
            }
            long span = parseName(c, s, CONTEXT);
            if (span >= 0 && (int) span == e) {
                if (needDictionary && !anyName(c, s, e)) {
                    return;
                }
                emitName(c, span, "name.before-credential");
                return;
            }
        }
    }

    private void firstName(Context c, int t) {
        Tokens tokens = c.tokens;
        if (c.allowed[t] || !capitalisedOrCaps(c, t) || tokens.length(t) < 2) {
            return;
        }
        boolean common = c.has(t, COMMON_WORD);
        // "Lindqvist, Joseph C."
        if (tokens.isPunct(t - 1, ',') && tokens.sameLine(t - 2, t)) {
            for (int s = Math.max(0, t - 3); s <= t - 2; s++) {
                long span = lastFirst(c, s, WEAK);
                if (span >= 0 && (int) span >= t && !(common && c.has(t - 2, COMMON_WORD))) {
                    emitName(c, span, "dict.last-first");
                    return;
                }
            }
        }
        long span = sequence(c, t, WEAK);
        if (span >= 0 && (int) span > t) {
            int last = (int) span;
            if (!common || c.has(last, LAST_NAME) && !c.has(last, COMMON_WORD)) {
                emitName(c, span, "dict.first-last");
                return;
            }
        }
        if (!common && !c.has(t, ENDS_NAME) && !afterNumber(c, t)) {
            c.emit(PhiCategory.NAME, t, t, "dict.first-name", Candidate.DICTIONARY);
        }
    }

    private void lastName(Context c, int t) {
        Tokens tokens = c.tokens;
        if (c.allowed[t] || !capitalisedOrCaps(c, t) || tokens.length(t) < 2 || c.has(t, ENDS_NAME)) {
            return;
        }
        boolean common = c.has(t, COMMON_WORD);
        if (tokens.isPunct(t + 1, ',')) {
            long span = lastFirst(c, t, WEAK);
            if (span >= 0 && (!common || c.has((int) span, FIRST_NAME) || c.has(t + 2, FIRST_NAME))) {
                emitName(c, span, "dict.last-first");
                return;
            }
        }
        if (!common && !afterNumber(c, t)) {
            c.emit(PhiCategory.NAME, t, t, "dict.last-name", Candidate.DICTIONARY);
        }
    }

    /** "5 French": a listed name right after a number is a size or unit, not a person. */
    private static boolean afterNumber(Context c, int t) {
        return c.tokens.isNumber(t - 1) && c.tokens.sameLine(t - 1, t);
    }

    /** Past a run of particles ("de la", "van der") at t: the first token after it, or t when there is none. */
    private static int afterParticles(Context c, int t) {
        Tokens tokens = c.tokens;
        int next = t;
        while (isParticle(c, next) && next + 1 < tokens.size() && tokens.sameLine(next, next + 1)) {
            next = tokens.isPunct(next + 1, '.') ? next + 2 : next + 1;
        }
        return next;
    }

    /** A name starting at token {@code t}: "Last, First M." or "First M. Last"; (start << 32 | end) or -1. */
    private long parseName(Context c, int t, int level) {
        long lastFirst = lastFirst(c, t, level);
        return lastFirst >= 0 ? lastFirst : sequence(c, t, level);
    }

    private long lastFirst(Context c, int t0, int level) {
        Tokens tokens = c.tokens;
        int t = t0;
        int words = 0;
        while (words < 2) {
            if (isParticle(c, t)) {
                int next = afterParticles(c, t);
                if (nameWord(c, next, level) && tokens.sameLine(t, next)) {
                    t = next;
                }
            }
            if (nameWord(c, t, level) && tokens.sameLine(t0, t)) {
                t++;
                words++;
            } else {
                break;
            }
        }
        if (words == 0 || !tokens.isPunct(t, ',') || !tokens.sameLine(t0, t + 1) || !near(tokens, t)) {
            return -1;
        }
        int first = t + 1;
        int end;
        int initialEnd = initialAt(c, first);
        if (initialEnd >= 0) {
            end = initialEnd;
        } else if (nameWord(c, first, level)) {
            end = first;
            int middle = initialAt(c, first + 1);
            if (middle >= 0 && tokens.sameLine(first, middle)) {
                end = middle;
            } else if (c.has(first + 1, FIRST_NAME) && nameWord(c, first + 1, level)
                    && tokens.sameLine(first, first + 1)) {
                end = first + 1;
            }
            if (level >= CONTEXT) {
                end = moreGivenNames(c, end, level);
            }
        } else {
            return -1;
        }
        return ((long) t0 << 32) | end;
    }

    /**
     * After a label: "Vo, Thi Hong Nhung", "Gutierrez, Maria de los Angeles": further given names and particles
     * on the same line, a space apart, up to four words in all.
     */
    private static int moreGivenNames(Context c, int end, int level) {
        Tokens tokens = c.tokens;
        for (int added = 0; added < 3 && near(tokens, end) && tokens.sameLine(end, end + 1); added++) {
            int next = afterParticles(c, end + 1);
            if (!tokens.sameLine(end, next) || !nameWord(c, next, level) || c.has(next, COMMON_WORD)) {
                break;
            }
            int middle = initialAt(c, next + 1);
            end = middle >= 0 && tokens.sameLine(next, middle) ? middle : next;
        }
        return end;
    }

    private long sequence(Context c, int t0, int level) {
        Tokens tokens = c.tokens;
        int t = t0;
        int lastWord = -1;
        int parts = 0;
        while (parts < 5 && t < tokens.size() && tokens.sameLine(t0, t) && (t == t0 || near(tokens, t - 1))) {
            int initialEnd = initialAt(c, t);
            if (initialEnd >= 0 && (nameWord(c, initialEnd + 1, level) || initialAt(c, initialEnd + 1) >= 0
                    || isParticle(c, initialEnd + 1))) {
                t = initialEnd + 1;
                parts++;
                continue;
            }
            if (isParticle(c, t)) {
                int next = afterParticles(c, t);
                if (nameWord(c, next, level) && tokens.sameLine(t, next)) {
                    lastWord = next;
                    t = next + 1;
                    parts++;
                    continue;
                }
            }
            if (t > t0 && isQuote(tokens, t) && nameWord(c, t + 1, level) && isQuote(tokens, t + 2)
                    && nameWord(c, t + 3, level) && tokens.sameLine(t, t + 3)) {
                t += 3; // a quoted nickname: Guadalupe "Lupe" Arredondo
                parts++;
                continue;
            }
            if (nameWord(c, t, level)) {
                lastWord = t;
                t++;
                parts++;
                continue;
            }
            break;
        }
        return lastWord < 0 ? -1 : ((long) t0 << 32) | lastWord;
    }

    private static boolean isQuote(Tokens tokens, int t) {
        return tokens.isPunct(t, '"') || tokens.isPunct(t, '\u201C') || tokens.isPunct(t, '\u201D');
    }

    /** At most two spaces between token t and the next: wider gaps separate the fields of a header line. */
    private static boolean near(Tokens tokens, int t) {
        return t + 1 < tokens.size() && tokens.start(t + 1) - tokens.end(t) <= 2;
    }

    /** "J." or "J.Q." (or a bare capital before a name word); returns the last token of the initial, or -1. */
    private static int initialAt(Context c, int t) {
        Tokens tokens = c.tokens;
        if (!tokens.isWord(t) || tokens.length(t) != 1 || !Chars.isUpper(c.text.charAt(tokens.start(t)))
                || c.credential[t]) {
            return -1;
        }
        if (tokens.isPunct(t + 1, '.') && tokens.adjacent(t)) {
            int end = t + 1;
            if (tokens.adjacent(end) && tokens.isWord(end + 1) && tokens.length(end + 1) == 1
                    && tokens.isPunct(end + 2, '.')) {
                end += 2;
            }
            return end;
        }
        return t;
    }

    private static boolean isParticle(Context c, int t) {
        return c.has(t, PARTICLE);
    }

    private static boolean isOneOf(Tokens tokens, int t, String[] words) {
        if (!tokens.isWord(t)) {
            return false;
        }
        for (String word : words) {
            if (tokens.is(t, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean nameWord(Context c, int t, int level) {
        Tokens tokens = c.tokens;
        if (!tokens.isWord(t) || tokens.length(t) < 2) {
            return false;
        }
        boolean mixed = tokens.mixedCase(t);
        if (mixed && !tokens.capitalised(t)) {
            return false;
        }
        int k = c.kinds(t);
        if ((k & ENDS_NAME) != 0) {
            // "Dr. Long", "Dr. Stone": a listed name after a title beats the stop list.
            boolean rescued = level == STRONG && mixed && (k & (FIRST_NAME | LAST_NAME)) != 0
                    && (k & (FUNCTION_WORD | CREDENTIAL | TITLE)) == 0;
            if (!rescued) {
                return false;
            }
        }
        return !c.allowed[t] || level > WEAK;
    }

    private static boolean anyName(Context c, int from, int to) {
        for (int t = from; t <= to; t++) {
            if (c.has(t, FIRST_NAME | LAST_NAME)) {
                return true;
            }
        }
        return false;
    }

    private static boolean capitalisedOrCaps(Context c, int t) {
        return !c.tokens.mixedCase(t) || c.tokens.capitalised(t);
    }

    private static void emitName(Context c, long span, String rule) {
        int from = (int) (span >>> 32);
        int to = (int) span;
        c.emit(PhiCategory.NAME, from, to, rule, rule.startsWith("dict.") ? Candidate.DICTIONARY_SHAPE
                : Candidate.CONTEXT);
    }

    // ----- institutions --------------------------------------------------------------------------

    private void institutionTail(Context c, int ft, int lt) {
        Tokens tokens = c.tokens;
        if (c.allowed[ft] || c.allowed[lt]) {
            return; // "GE Healthcare", "Canon Medical Systems" make scanners
        }
        for (int k = ft; k <= lt; k++) {
            if (tokens.isWord(k) && tokens.mixedCase(k) && !tokens.capitalised(k)) {
                return; // "PET center", "Dynamic imaging": a lower-case tail names a service, not a place
            }
        }
        int start = ft;
        boolean onlyClinical = true;
        int t = ft - 1;
        int words = 0;
        while (t >= 0 && tokens.sameLine(t, ft) && words < 7 && closeTo(tokens, t)) {
            if (institutionWord(c, t)) {
                onlyClinical &= c.has(t, STOP_WORD);
                start = t;
                words++;
                t--;
            } else if (isOneOf(tokens, t, CONNECTORS) && institutionWord(c, t - 1)) {
                t--;
            } else if (tokens.isPunct(t, '&') && institutionWord(c, t - 1)) {
                t--;
            } else if (tokens.isPunct(t, '.') && isOneOf(tokens, t - 1, ABBREVIATED)) {
                start = t - 1;
                t -= 2;
                words++;
            } else if (tokens.isPunct(t, '-') && tokens.adjacent(t - 1) && institutionWord(c, t - 1)) {
                t--;
            } else {
                break;
            }
        }
        if (words == 0) {
            return;
        }
        for (int k = start; k < ft; k++) {
            if (c.allowed[k]) {
                return; // "Color Doppler Imaging" is a technique
            }
        }
        if (onlyClinical && !followsInstitution(c, start)) {
            return; // "Interventional Radiology" in a sentence or under a signature is a service, not a place
        }
        if (!tokens.mixedCase(start) && !introducesPlace(c, start)) {
            return; // all caps: no capitals to go by, so the name must stand where names stand
        }
        int end = extendForward(c, lt);
        c.emit(PhiCategory.INSTITUTION, start, end, "institution.keyword", Candidate.PLACE);
    }

    /**
     * "St. Mary's Medical Center - Department of Radiology" or the same on the next line: a letterhead names the
     * institution's department, which identifies the place as much as its name.
     */
    private static boolean followsInstitution(Context c, int start) {
        Tokens tokens = c.tokens;
        int before = start - 1;
        if (tokens.isPunct(before, '-')) {
            before--;
        } else if (!tokens.lineStart(start)) {
            return false;
        }
        if (before < 0) {
            return false;
        }
        int end = tokens.end(before);
        for (Candidate candidate : c.out) {
            if (candidate.category() == PhiCategory.INSTITUTION && candidate.end() == end) {
                return true;
            }
        }
        return false;
    }

    private void institutionHead(Context c, int ft, int lt) {
        Tokens tokens = c.tokens;
        if (!capitalisedOrCaps(c, ft)) {
            return;
        }
        int t = lt + 1;
        int end = -1;
        int words = 0;
        while (t < tokens.size() && tokens.sameLine(lt, t) && words < 5) {
            if (institutionWord(c, t)) {
                end = t;
                words++;
                t++;
            } else if (isOneOf(tokens, t, CONNECTORS) && institutionWord(c, t + 1)) {
                t++;
            } else {
                break;
            }
        }
        if (end >= 0) {
            int start = ft;
            // "Henry Ford Department of ..." is rare; the head usually starts the name.
            c.emit(PhiCategory.INSTITUTION, start, end, "institution.head", Candidate.PLACE);
        }
    }

    private void institutionEntry(Context c, int ft, int lt) {
        if (!capitalisedOrCaps(c, ft) || ft == lt && c.allowed[ft]) {
            return;
        }
        int end = extendForward(c, lt);
        c.emit(PhiCategory.INSTITUTION, ft, end, "dict.institution", Candidate.PLACE);
    }


    /** Line start, after a separator, or after "from", "at", "to" ...: where a place name stands. */
    private static boolean introducesPlace(Context c, int start) {
        Tokens tokens = c.tokens;
        if (start == 0 || tokens.lineStart(start)) {
            return true;
        }
        int before = start - 1;
        if (tokens.isPunct(before, '-') || tokens.isPunct(before, ':') || tokens.isPunct(before, '|')
                || tokens.isPunct(before, ',') || tokens.isPunct(before, '*') || tokens.isPunct(before, '(')) {
            return true;
        }
        return isOneOf(tokens, before, PLACE_INTRODUCERS);
    }

    /** "Mayo Clinic Rochester", "Mount Sinai West": capitalised place words right after the name. */
    private static int extendForward(Context c, int lt) {
        Tokens tokens = c.tokens;
        int end = lt;
        for (int t = lt + 1; t < tokens.size() && t <= lt + 2 && tokens.sameLine(lt, t) && closeTo(tokens, t - 1); t++) {
            if (institutionWord(c, t) && !c.has(t, STOP_WORD | CITY_BREAKERS)) {
                end = t;
            } else {
                break;
            }
        }
        return end;
    }

    /** Token t and the next one are at most one space apart: columns in a header are separate fields. */
    private static boolean closeTo(Tokens tokens, int t) {
        return t + 1 >= tokens.size() || tokens.start(t + 1) - tokens.end(t) <= 1;
    }

    private static final int CITY_BREAKERS = TITLE | NAME_LABEL | NAME_PHRASE | CREDENTIAL;

    private static boolean institutionWord(Context c, int t) {
        Tokens tokens = c.tokens;
        if (!tokens.isWord(t) || c.has(t, FUNCTION_WORD | TITLE | NAME_LABEL)) {
            return false;
        }
        return tokens.mixedCase(t) ? tokens.capitalised(t) : true;
    }

    // ----- places --------------------------------------------------------------------------------

    private void city(Context c, int ft, int lt, int kinds) {
        Tokens tokens = c.tokens;
        if (!capitalisedOrCaps(c, ft) || c.allowed[ft] && ft == lt) {
            return;
        }
        if (tokens.isPunct(lt + 1, ',')) {
            int stateEnd = stateAt(c, lt + 2);
            // "Jane Smith, MD" and "Beatriz Albuquerque, MD": a credential after a name, not a state after a city.
            boolean credentialAfterName = c.has(lt + 2, CREDENTIAL) && (c.has(ft, FIRST_NAME | LAST_NAME)
                    || ft > 0 && tokens.isWord(ft - 1) && tokens.sameLine(ft - 1, ft) && tokens.capitalised(ft - 1)
                    && !c.has(ft - 1, FUNCTION_WORD | STOP_WORD) && !tokens.isNumber(lt + 3));
            if (stateEnd >= 0 && !credentialAfterName) {
                c.emit(PhiCategory.CITY, ft, lt, "address.city-state", Candidate.PLACE);
                c.emit(PhiCategory.STATE, lt + 2, stateEnd, "address.state-after-city", Candidate.PLACE);
                return;
            }
        }
        if ((kinds & (COMMON_WORD | STOP_WORD | FUNCTION_WORD)) == 0 && (ft < lt || (c.kinds(ft) & COMMON_WORD) == 0)) {
            c.emit(PhiCategory.CITY, ft, lt, "dict.city", Candidate.DICTIONARY);
        }
    }

    private void state(Context c, int ft, int lt, int kinds) {
        if (!capitalisedOrCaps(c, ft) || (kinds & (COMMON_WORD | STOP_WORD)) != 0 || c.allowed[ft]) {
            return;
        }
        c.emit(PhiCategory.STATE, ft, lt, "dict.state", Candidate.DICTIONARY);
    }

    /** A state code ("IL", upper case) or a state name at token t; its last token, or -1. */
    private static int stateAt(Context c, int t) {
        Tokens tokens = c.tokens;
        if (!tokens.isWord(t)) {
            return -1;
        }
        if (tokens.length(t) == 2 && STATE_CODES.contains(c.text.substring(tokens.start(t), tokens.end(t)))) {
            return t;
        }
        if (c.has(t, STATE)) {
            return t;
        }
        if (c.has(t, FUNCTION_WORD | STOP_WORD)) {
            return -1;
        }
        // Two-word state names ("New York") are single hits spanning two tokens; look them up directly.
        if (tokens.isWord(t + 1) && tokens.sameLine(t, t + 1)) {
            String two = Chars.fold(c.text.substring(tokens.start(t), tokens.end(t + 1)));
            if (TWO_WORD_STATES.contains(two)) {
                return t + 1;
            }
        }
        return -1;
    }

    private static final Set<String> TWO_WORD_STATES = Set.of("new hampshire", "new jersey", "new mexico",
            "new york", "north carolina", "north dakota", "rhode island", "south carolina", "south dakota",
            "west virginia", "puerto rico");

    /** "Springfield, IL 62702": the capitalised words between the comma before the state and the line start. */
    private void cityBeforeState(Context c, Candidate state) {
        Tokens tokens = c.tokens;
        int st = tokens.tokenStartingAt(state.start());
        if (st < 2 || !tokens.isPunct(st - 1, ',')) {
            return;
        }
        int end = st - 2;
        int start = -1;
        for (int t = end; t >= 0 && t > end - 3 && tokens.sameLine(t, end) && (t == end || closeTo(tokens, t)); t--) {
            if (institutionWord(c, t) && (!c.has(t, STOP_WORD) || t < end && isOneOf(tokens, t, PLACE_PREFIXES))) {
                start = t;
            } else if (tokens.isPunct(t, '.') && isOneOf(tokens, t - 1, ABBREVIATED)) {
                continue;
            } else {
                break;
            }
        }
        if (start >= 0) {
            c.emit(PhiCategory.CITY, start, end, "address.city-before-state", Candidate.PLACE);
            streetBeforeCity(c, start);
        }
    }

    /** Words that begin many place names ("New Kensington", "North Platte") although they are ordinary words. */
    private static final String[] PLACE_PREFIXES = {"new", "north", "south", "east", "west", "fort", "port", "mount",
        "lake", "grand", "upper", "lower", "old", "san", "santa", "los", "las", "el", "la", "saint", "glen", "palm"};

    /**
     * "3300 El Camino Real, Building B\nPalo Alto, CA" or "1 Camino de Salud NE, Albuquerque, NM": a house number
     * and capitalised words before a "City, ST" are the street line, with or without a street-type word.
     */
    private void streetBeforeCity(Context c, int cityStart) {
        Tokens tokens = c.tokens;
        int end;
        if (tokens.lineStart(cityStart)) {
            end = cityStart - 1; // the street is the whole line before
        } else if (tokens.isPunct(cityStart - 1, ',') || tokens.isPunct(cityStart - 1, '|')) {
            end = cityStart - 2;
        } else if (cityStart > 0 && tokens.start(cityStart) - tokens.end(cityStart - 1) >= 2) {
            end = cityStart - 1; // "1400 RIVER ROAD  NEW KENSINGTON, PA": a wide gap separates the fields
        } else {
            return;
        }
        if (end < 1) {
            return;
        }
        int start = end;
        int words = 0;
        while (start > 0 && !tokens.lineStart(start) && !tokens.isPunct(start - 1, '|') && end - start < 10) {
            start--;
            if (tokens.isWord(start)) {
                words++;
            }
        }
        if (tokens.isPunct(start, '|')) {
            start++;
        }
        if (!tokens.isNumber(start) || tokens.length(start) > 6 || !tokens.isWord(start + 1) || words == 0
                || words > 7 || !tokens.sameLine(start, end)) {
            return;
        }
        for (int t = start + 1; t <= end; t++) {
            if (tokens.isWord(t) && tokens.mixedCase(t) && !tokens.capitalised(t) && !isParticle(c, t)
                    && !c.has(t, FUNCTION_WORD)) {
                return; // "2 cm lesion, Springfield": prose, not an address line
            }
            if (tokens.isPunct(t, ':') || tokens.isPunct(t, '@')) {
                return;
            }
        }
        if (!tokens.capitalised(start + 1)) {
            return;
        }
        c.emit(PhiCategory.STREET_ADDRESS, start, end, "address.street-before-city", Candidate.PLACE);
    }
}
