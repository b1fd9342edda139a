package io.radlake.deid.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every dictionary entry of the detector with what it is (kind bits; one entry can be, say, a first name and a
 * city). Entries are folded ({@link Chars}). The word lists live in classpath resources under
 * {@code io/radlake/deid/}, one entry per line, {@code #} starts a comment; the context words (titles, labels,
 * credentials) are here in code because the rules depend on exactly these.
 */
public final class Lexicon {

    public static final int FIRST_NAME = 1;
    public static final int LAST_NAME = 1 << 1;
    /** A name that is also an ordinary word ("Hill", "Mark"): only counts with context. */
    public static final int COMMON_WORD = 1 << 2;
    public static final int CITY = 1 << 3;
    public static final int STATE = 1 << 4;
    public static final int INSTITUTION = 1 << 5;
    /** Ends an institution name ("Hospital", "Medical Center"). */
    public static final int INSTITUTION_TAIL = 1 << 6;
    /** Starts an institution name ("University of", "Department of"). */
    public static final int INSTITUTION_HEAD = 1 << 7;
    /** Clinical term that looks like a name or place (eponyms, "mass"): never PHI by dictionary alone. */
    public static final int ALLOWED = 1 << 8;
    /** Ordinary or clinical word that ends a name ("is", "called", "lungs"). */
    public static final int STOP_WORD = 1 << 9;
    /** "Dr.", "Mrs.": a name follows. */
    public static final int TITLE = 1 << 10;
    /** "Patient", "Attending": a name follows after a colon. */
    public static final int NAME_LABEL = 1 << 11;
    /** "signed by", "discussed with": a name follows. */
    public static final int NAME_PHRASE = 1 << 12;
    /** "called", "per": a name may follow; in all-caps text only with dictionary support. */
    public static final int WEAK_NAME_PHRASE = 1 << 13;
    /** "MD", "RN": a name precedes. */
    public static final int CREDENTIAL = 1 << 14;
    /** Function word ("the", "at", "dated"): ends names, places and institution names. */
    public static final int FUNCTION_WORD = 1 << 15;
    /** Surname particle ("de", "van", "St."): joins the name word after it. */
    public static final int PARTICLE = 1 << 16;

    static final List<String> TITLES = List.of("dr", "dr.", "doctor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
            "miss", "mx.", "prof", "prof.", "professor",
            // Newborns and twins are registered as "Baby Girl Okafor", "Twin B Okafor": the surname follows.
            "baby girl", "baby boy", "twin a", "twin b");
    static final List<String> NAME_LABELS = List.of("patient", "patient name", "pt", "pt name", "name", "ref",
            "referring", "referring physician", "referring provider", "referring doctor", "referring md",
            "ordering", "ordering physician", "ordering provider", "ordering md", "attending", "attending physician",
            "attending radiologist", "resident", "fellow", "radiologist", "reading radiologist", "technologist",
            "tech", "sonographer", "cc", "pcp", "primary care physician", "primary care", "physician", "provider",
            "interpreting physician", "reading physician", "signed", "dictated", "dictating physician", "guarantor",
            "emergency contact", "next of kin", "nok", "contact", "transcriptionist", "scribe", "consultant", "nurse",
            "rn", "surgeon", "verified", "performing technologist", "clinician", "requesting physician", "mother",
            "father", "spouse", "guardian", "subscriber name", "insured", "signer",
            // Forwarded e-mail headers: "From: First Last <address>".
            "from");
    static final List<String> NAME_PHRASES = List.of("signed by", "electronically signed by", "e-signed by",
            "dictated by", "read by", "reviewed by", "interpreted by", "transcribed by", "verified by",
            "approved by", "performed by", "seen by", "referred by", "ordered by", "discussed with",
            "communicated to", "communicated with", "reported to", "conveyed to", "relayed to", "discussed by",
            "spoke with", "spoke to", "reviewed with", "d/w", "attn", "attention", "care of", "c/o", "preliminary by",
            "addendum by", "finalized by", "reported by", "cosigned by", "co-signed by", "supervised by",
            "prepared by", "entered by", "scanned by", "results given to", "called to", "called by", "paged to",
            "handed off to", "signed out to", "with dr", "per dr");
    static final List<String> WEAK_NAME_PHRASES = List.of("called", "paged", "notified", "informed", "per",
            "texted", "messaged", "contacted", "telephoned");
    static final List<String> CREDENTIALS = List.of("md", "m.d.", "m.d", "do", "d.o.", "rn", "r.n.", "np", "pa",
            "pa-c", "phd", "ph.d.", "rt", "rt(r)", "rt (r)", "rdms", "rvt", "rdcs", "mbbs", "facr", "crna", "lpn",
            "cnp", "dnp", "aprn", "fnp", "mph", "mba", "msn", "bsn", "rrt", "arrt", "cnmt", "rt(r)(ct)",
            "rt(r)(mr)", "rt(r)(m)", "dds", "dpm", "od", "pharmd", "md phd", "m.d., ph.d.", "ma", "cma", "lvn", "cnm");

    static final List<String> PARTICLES = List.of("de", "van", "von", "der", "den", "da", "del", "della", "di",
            "du", "la", "le", "ter", "ten", "bin", "ibn", "al", "el", "dos", "das", "mac", "mc", "st", "saint", "los", "las",
            "des");

    private final Map<String, Integer> entries;

    private Lexicon(Map<String, Integer> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** The word lists shipped with the detector. */
    public static Lexicon standard() {
        Map<String, Integer> entries = new LinkedHashMap<>(1 << 15);
        load(entries, "first-names.txt", FIRST_NAME);
        load(entries, "last-names.txt", LAST_NAME);
        load(entries, "name-common-words.txt", COMMON_WORD);
        load(entries, "cities.txt", CITY);
        load(entries, "states.txt", STATE);
        load(entries, "institutions.txt", INSTITUTION);
        load(entries, "institution-tails.txt", INSTITUTION_TAIL);
        load(entries, "institution-heads.txt", INSTITUTION_HEAD);
        load(entries, "allow-list.txt", ALLOWED);
        load(entries, "stop-words.txt", STOP_WORD);
        load(entries, "function-words.txt", FUNCTION_WORD);
        add(entries, TITLES, TITLE);
        add(entries, NAME_LABELS, NAME_LABEL);
        add(entries, NAME_PHRASES, NAME_PHRASE);
        add(entries, WEAK_NAME_PHRASES, WEAK_NAME_PHRASE);
        add(entries, CREDENTIALS, CREDENTIAL);
        add(entries, PARTICLES, PARTICLE);
        return new Lexicon(entries);
    }

    /** Folded entry -> kind bits. */
    public Map<String, Integer> entries() {
        return entries;
    }

    /** Kind bits of one word or phrase, 0 when it is in no list. */
    public int kindsOf(String word) {
        return entries.getOrDefault(Chars.fold(word), 0);
    }

    /** Entries of the resource {@code io/radlake/deid/<name>}, folded, in file order. */
    public static List<String> resource(String name) {
        String path = "/io/radlake/deid/" + name;
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("de-id dictionary resource is missing from the classpath: " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(Lexicon::entryOf).filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read de-id dictionary resource " + path, e);
        }
    }

    private static String entryOf(String line) {
        int comment = line.indexOf('#');
        // "#" inside an entry never happens in these lists; a leading or " #" one starts a comment.
        String content = comment >= 0 ? line.substring(0, comment) : line;
        return Chars.fold(content.trim().replaceAll("\\s+", " "));
    }

    private static void load(Map<String, Integer> entries, String resource, int kind) {
        add(entries, resource(resource), kind);
    }

    private static void add(Map<String, Integer> entries, List<String> words, int kind) {
        for (String word : words) {
            entries.merge(Chars.fold(word), kind, (a, b) -> a | b);
        }
    }
}
