package io.radlake.deid;

import io.radlake.phi.DateText;
import io.radlake.phi.PhiCategory;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Realistic, format-preserving stand-ins for identifiers. Every choice is keyed: it comes from HMAC(secret, patient,
 * category, normalised value), so the same value of a patient (ignoring case, spacing and punctuation) always gets
 * the same surrogate in every report, while other patients get independent ones; nothing is stored. A surrogate
 * never equals its original. Stateless and thread-safe.
 *
 * <p>What each category becomes: names keep their layout ("Smith, Jane" to "Marlowe, Clara", "J. Smith" to
 * "R. Marlowe", initials "JQS" to three letters), each part mapped on its own so "Ms. Smith" and "Jane Smith" agree;
 * MRN, accession, SSN (area 9xx, never issued), other ids, ZIP codes and device serials keep length, punctuation and
 * character classes; phone and fax keep their punctuation with a fictional 555-01xx number; e-mail goes to
 * example.org, URLs to example.org, IPv4 to TEST-NET-1 (192.0.2.x) and IPv6 to 2001:db8::; streets, cities, states
 * and institutions come from built-in lists; ages over 89 become "90+"; clock times keep their layout with a keyed
 * time. Dates are not handled here: {@link DateShifter} shifts them.
 */
public final class SurrogateGenerator {

    private static final int MAX_ATTEMPTS = 16;
    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    private static final Set<String> NAME_PARTICLES = Set.of("de", "del", "della", "der", "van", "von", "da", "di",
            "du", "dos", "das", "la", "le", "st", "ste", "ten", "ter", "bin", "ibn", "al", "el", "mac", "mc");

    private static final Pattern NAME_TITLE = Pattern.compile("^(?i)(?:dr|mr|mrs|ms|mx|miss|prof|rev)(?:\\.\\s*|\\s+)");
    /** Case-sensitive, and "DO" only after a comma: "Minh Do" is a name. */
    private static final Pattern NAME_CREDENTIALS = Pattern.compile(
            "(?:,?\\s+(?:M\\.D\\.|MD|RN|R\\.N\\.|NP|PA-C|Ph\\.?D\\.?|PHD|RT\\(R\\)|FACR|MPH|DDS)|,\\s*D\\.?O\\.?)+$");
    private static final Pattern TIME = Pattern.compile(
            "(\\d{1,2})(?:(:?)(\\d{2}))?(?::(\\d{2}))?(\\s*)([AaPp])(\\.?\\s?)([Mm])(\\.?)|(\\d{1,2})(:?)(\\d{2})(?::(\\d{2}))?");
    private static final Pattern EXTENSION = Pattern.compile("(?i)(\\s*(?:x|ext\\.?|extension)\\s*)(\\d+)$");
    private static final Pattern URL_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("^(\\d+[A-Za-z]?)(\\s+)");
    private static final Pattern UNIT = Pattern.compile("(?i)(\\s*,?\\s+)(apt\\.?|apartment|unit|suite|ste\\.?|#)(\\s*)"
            + "([A-Za-z0-9-]+)$");

    private final Pseudonymizer pseudonymizer;
    private final SurrogateLists lists;

    public SurrogateGenerator(Pseudonymizer pseudonymizer) {
        this(pseudonymizer, SurrogateLists.builtIn());
    }

    SurrogateGenerator(Pseudonymizer pseudonymizer, SurrogateLists lists) {
        this.pseudonymizer = Objects.requireNonNull(pseudonymizer, "pseudonymizer");
        this.lists = Objects.requireNonNull(lists, "lists");
    }

    /**
     * The surrogate for {@code original}, an identifier of {@code category} in a report of {@code patientId}.
     *
     * @throws IllegalArgumentException for {@link PhiCategory#DATE} (use {@link DateShifter}) or null arguments
     */
    public String surrogate(PhiCategory category, String original, String patientId) {
        return surrogate(category, original, patientId, 0);
    }

    /**
     * Round {@code round} of the surrogate: round 0 is {@link #surrogate(PhiCategory, String, String)}; later rounds
     * are other, equally consistent draws, used when round 0 happens to repeat another identifier of the report.
     */
    public String surrogate(PhiCategory category, String original, String patientId, int round) {
        if (category == null || original == null || patientId == null) {
            throw new IllegalArgumentException("category, original and patientId must not be null");
        }
        if (round < 0) {
            throw new IllegalArgumentException("round must be >= 0, got: " + round);
        }
        Keyed keyed = new Keyed(patientId, round == 0 ? category.name() : category.name() + "#" + round);
        return switch (category) {
            case DATE -> throw new IllegalArgumentException(
                    "DATE values are shifted with DateShifter, not replaced by SurrogateGenerator");
            case NAME -> name(original, keyed);
            case TIME -> time(original, keyed);
            case AGE -> age(original);
            case MRN, ACCESSION, OTHER_ID, DEVICE_SERIAL, ZIP -> distinct(original,
                    attempt -> shaped(original, keyed.random(compact(original), attempt)));
            case SSN -> distinct(original, attempt -> ssn(original, keyed.random(compact(original), attempt)));
            case PHONE, FAX -> phone(original, keyed);
            case EMAIL -> email(original, keyed);
            case URL -> url(original, keyed);
            case IP_ADDRESS -> ip(original, keyed);
            case STREET_ADDRESS -> street(original, keyed);
            case CITY -> fromList(lists.cities(), original, keyed);
            case STATE -> state(original, keyed);
            case INSTITUTION -> fromList(lists.institutions(), original, keyed);
        };
    }

    /** Keyed randomness for one patient and one label (category or name part). */
    private final class Keyed {
        private final String patientId;
        private final String label;

        Keyed(String patientId, String label) {
            this.patientId = patientId;
            this.label = label;
        }

        Keyed sub(String part) {
            return new Keyed(patientId, label + "." + part);
        }

        /** A PRNG seeded from 64 keyed bits: predictable only to holders of the secret. */
        SplittableRandom random(String normalisedValue, int attempt) {
            return new SplittableRandom(pseudonymizer.derive("surrogate", patientId, label, normalisedValue,
                    Integer.toString(attempt)));
        }
    }

    // ----- names --------------------------------------------------------------------------------

    private record Segment(String text, boolean word) {
    }

    /**
     * Titles and credentials are not identifiers and normally stay outside NAME spans; when a detector includes them
     * they are kept as written around the replaced name.
     */
    private String name(String original, Keyed keyed) {
        Matcher title = NAME_TITLE.matcher(original);
        if (title.find() && title.end() < original.length()) {
            return title.group() + name(original.substring(title.end()), keyed);
        }
        Matcher credentials = NAME_CREDENTIALS.matcher(original);
        if (credentials.find() && credentials.start() > 0) {
            return name(original.substring(0, credentials.start()), keyed) + credentials.group();
        }
        List<Segment> segments = nameSegments(original);
        List<Integer> words = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).word()) {
                words.add(i);
            }
        }
        if (words.isEmpty()) {
            return distinct(original, attempt -> shaped(original, keyed.random(compact(original), attempt)));
        }
        if (words.size() == 1 && segments.size() == 1 && isInitials(original)) { // "JQS", "ab"
            StringBuilder out = new StringBuilder(original.length());
            for (int i = 0; i < original.length(); i++) {
                out.append(initial(original.substring(i, i + 1), keyed));
            }
            return out.toString();
        }
        // The family-name unit: before a comma ("Smith, Jane"), else the last full word with its particles.
        int comma = -1;
        for (int i = 1; i < segments.size() && comma < 0; i++) {
            if (!segments.get(i).word() && segments.get(i).text().contains(",") && words.get(0) < i) {
                comma = i;
            }
        }
        int familyFrom = -1;
        int familyTo = -1;
        if (comma > 0) {
            familyFrom = words.get(0);
            familyTo = lastWordBefore(segments, comma);
        } else {
            int last = words.size() - 1;
            while (last >= 0 && segments.get(words.get(last)).text().length() == 1) {
                last--; // trailing initials ("Smith J") are not the family name
            }
            if (last >= 0) { // else only initials: "J.Q."
                int from = last;
                while (from > 0 && NAME_PARTICLES.contains(
                        segments.get(words.get(from - 1)).text().toLowerCase(Locale.ROOT))) {
                    from--; // "Jane de Vries", "Anne St. Clair": the particle belongs to the family name
                }
                familyFrom = words.get(from);
                familyTo = words.get(last);
            }
        }
        StringBuilder out = new StringBuilder(original.length() + 8);
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            if (i == familyFrom) {
                StringBuilder unit = new StringBuilder();
                for (int j = familyFrom; j <= familyTo; j++) {
                    unit.append(segments.get(j).text());
                }
                String family = unit.toString();
                out.append(LetterCase.of(family).apply(
                        pickDistinct(lists.lastNames(), family, keyed.sub("last"))));
                i = familyTo;
            } else if (!segment.word()) {
                out.append(segment.text());
            } else if (segment.text().length() == 1) {
                out.append(initial(segment.text(), keyed));
            } else {
                out.append(LetterCase.of(segment.text()).apply(
                        pickDistinct(lists.firstNames(), segment.text(), keyed.sub("first"))));
            }
        }
        return out.toString();
    }

    /** The last word before {@code index}; callers make sure there is one. */
    private static int lastWordBefore(List<Segment> segments, int index) {
        int i = index - 1;
        while (!segments.get(i).word()) {
            i--;
        }
        return i;
    }

    /** Words (letters with inner apostrophes or hyphens: "O'Brien", "Smith-Jones") and what lies between. */
    private static List<Segment> nameSegments(String text) {
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int j = i;
            if (Character.isLetter(text.charAt(i))) {
                while (j < text.length() && (Character.isLetter(text.charAt(j)) || isInnerJoiner(text, j))) {
                    j++;
                }
                segments.add(new Segment(text.substring(i, j), true));
            } else {
                while (j < text.length() && !Character.isLetter(text.charAt(j))) {
                    j++;
                }
                segments.add(new Segment(text.substring(i, j), false));
            }
            i = j;
        }
        return segments;
    }

    private static boolean isInnerJoiner(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '\u2019' || c == '-') && i > 0 && i + 1 < text.length()
                && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
    }

    /** "JQS" or "ab": two to four letters, all one case, nothing else. */
    private static boolean isInitials(String text) {
        if (text.length() < 2 || text.length() > 4) {
            return false;
        }
        LetterCase letterCase = LetterCase.of(text);
        return letterCase == LetterCase.UPPER || letterCase == LetterCase.LOWER && text.length() <= 3;
    }

    /** A different letter in the same case, the same for this letter of this patient everywhere. */
    private String initial(String letter, Keyed keyed) {
        char original = letter.charAt(0);
        if (!Character.isLetter(original)) {
            return letter;
        }
        char base = Character.toLowerCase(stripAccents(letter).charAt(0));
        int index = (int) Math.floorMod(keyed.sub("initial").random(String.valueOf(base), 0).nextLong(), 25L);
        char chosen = (char) ('a' + index);
        if (base >= 'a' && base <= 'z' && chosen >= base) {
            chosen++; // skip the original letter
        }
        return String.valueOf(Character.isUpperCase(original) ? Character.toUpperCase(chosen) : chosen);
    }

    // ----- other categories ---------------------------------------------------------------------

    private String time(String original, Keyed keyed) {
        Matcher m = TIME.matcher(original.trim());
        if (!m.matches()) {
            return "[TIME]";
        }
        boolean twelveHour = m.group(1) != null;
        String hourText = twelveHour ? m.group(1) : m.group(10);
        String minuteText = twelveHour ? m.group(3) : m.group(12);
        String secondText = twelveHour ? m.group(4) : m.group(13);
        int hour = Integer.parseInt(hourText);
        int minute = minuteText == null ? 0 : Integer.parseInt(minuteText);
        boolean pm = twelveHour && Character.toLowerCase(m.group(6).charAt(0)) == 'p';
        if (twelveHour && (hour < 1 || hour > 12) || !twelveHour && hour > 23 || minute > 59
                || secondText != null && Integer.parseInt(secondText) > 59) {
            return "[TIME]";
        }
        int hour24 = twelveHour ? hour % 12 + (pm ? 12 : 0) : hour;
        int originalMinuteOfDay = hour24 * 60 + minute;
        boolean hourOnly = minuteText == null;
        String leading = original.substring(0, original.indexOf(original.trim()));
        String trailing = original.substring(leading.length() + original.trim().length());
        return distinct(original, attempt -> {
            SplittableRandom random = keyed.random(Integer.toString(originalMinuteOfDay), attempt);
            int minuteOfDay = random.nextInt(24 * 60);
            int h24 = minuteOfDay / 60;
            int min = hourOnly ? 0 : minuteOfDay % 60;
            StringBuilder out = new StringBuilder(leading);
            if (twelveHour) {
                int h12 = h24 % 12 == 0 ? 12 : h24 % 12;
                out.append(hourText.length() == 2 && hourText.charAt(0) == '0' ? DateText.twoDigits(h12) : h12);
                if (!hourOnly) {
                    out.append(m.group(2)).append(DateText.twoDigits(min));
                }
                if (secondText != null) {
                    out.append(':').append(seconds(secondText, random));
                }
                char a = m.group(6).charAt(0);
                char marker = h24 < 12 ? 'a' : 'p';
                out.append(m.group(5)).append(Character.isUpperCase(a) ? Character.toUpperCase(marker) : marker)
                        .append(m.group(7)).append(m.group(8)).append(m.group(9));
            } else {
                out.append(hourText.length() == 2 ? DateText.twoDigits(h24) : Integer.toString(h24));
                out.append(m.group(11)).append(DateText.twoDigits(min));
                if (secondText != null) {
                    out.append(':').append(seconds(secondText, random));
                }
            }
            return out.append(trailing).toString();
        });
    }

    private static String seconds(String original, SplittableRandom random) {
        return original.equals("00") ? "00" : DateText.twoDigits(random.nextInt(60));
    }

    /** Safe Harbor aggregates ages over 89; younger ages are not identifiers and stay. */
    private static String age(String original) {
        String trimmed = original.trim();
        if (!trimmed.isEmpty() && trimmed.length() <= 3 && trimmed.chars().allMatch(c -> c >= '0' && c <= '9')
                && Integer.parseInt(trimmed) <= 89) {
            return original;
        }
        return "90+";
    }

    private String ssn(String original, SplittableRandom random) {
        char[] out = shaped(original, random).toCharArray();
        for (int i = 0; i < out.length; i++) {
            if (Character.isDigit(original.charAt(i))) {
                out[i] = '9'; // area numbers 900-999 are never issued as SSNs
                break;
            }
        }
        return new String(out);
    }

    private String phone(String original, Keyed keyed) {
        Matcher extension = EXTENSION.matcher(original);
        String main = original;
        String extensionDigits = "";
        String extensionLabel = "";
        if (extension.find() && digitCount(original.substring(0, extension.start())) >= 7) {
            main = original.substring(0, extension.start());
            extensionLabel = extension.group(1);
            extensionDigits = extension.group(2);
        }
        String digits = digitsOf(main);
        String key = (digits.length() == 11 && digits.charAt(0) == '1' ? digits.substring(1) : digits) + "x"
                + extensionDigits;
        String mainPart = main;
        String label = extensionLabel;
        String ext = extensionDigits;
        return distinct(original, attempt -> {
            SplittableRandom random = keyed.random(key, attempt);
            String newDigits = phoneDigits(digits, random);
            StringBuilder out = new StringBuilder(original.length());
            int k = 0;
            for (int i = 0; i < mainPart.length(); i++) {
                char c = mainPart.charAt(i);
                out.append(c >= '0' && c <= '9' ? newDigits.charAt(k++) : c);
            }
            if (!ext.isEmpty()) {
                out.append(label).append(randomDigits(random, ext.length()));
            }
            return out.toString();
        });
    }

    /** The last seven digits become 555-01xx (reserved for fiction); a 3-digit area code stays a valid-looking one. */
    private static String phoneDigits(String digits, SplittableRandom random) {
        int n = digits.length();
        if (n < 7) {
            return randomDigits(random, n);
        }
        StringBuilder out = new StringBuilder(n);
        int prefix = n - 7;
        int areaStart = 0;
        if (prefix == 4 && digits.charAt(0) == '1') {
            out.append('1');
            areaStart = 1;
        }
        if (prefix - areaStart == 3) {
            char second = (char) ('0' + random.nextInt(10));
            char third = (char) ('0' + random.nextInt(10));
            if (second == '1' && third == '1') {
                third = '0'; // N11 codes are service numbers
            }
            out.append((char) ('2' + random.nextInt(8))).append(second).append(third);
        } else {
            out.append(randomDigits(random, prefix - areaStart));
        }
        return out.append("55501").append(randomDigits(random, 2)).toString();
    }

    private String email(String original, Keyed keyed) {
        String key = original.trim().toLowerCase(Locale.ROOT);
        LetterCase letterCase = LetterCase.of(original);
        return distinct(original, attempt -> {
            SplittableRandom random = keyed.random(key, attempt);
            String local = asciiLower(pick(lists.firstNames(), random)) + "." + asciiLower(pick(lists.lastNames(),
                    random));
            String address = local + "@example.org";
            return letterCase == LetterCase.UPPER ? address.toUpperCase(Locale.ROOT) : address;
        });
    }

    private String url(String original, Keyed keyed) {
        String trimmed = original.trim();
        Matcher scheme = URL_SCHEME.matcher(trimmed);
        String prefix = scheme.find() ? scheme.group() : "";
        String rest = trimmed.substring(prefix.length());
        int hostEnd = 0;
        while (hostEnd < rest.length() && "/?#".indexOf(rest.charAt(hostEnd)) < 0) {
            hostEnd++;
        }
        boolean www = rest.regionMatches(true, 0, "www.", 0, 4);
        boolean hasPath = hostEnd < rest.length() && rest.length() - hostEnd > 1;
        String key = trimmed.toLowerCase(Locale.ROOT);
        LetterCase letterCase = LetterCase.of(trimmed);
        return distinct(original, attempt -> {
            StringBuilder out = new StringBuilder(prefix).append(www ? "www." : "").append("example.org");
            if (hasPath) {
                // The path may hold ids or names: a keyed token replaces all of it.
                out.append('/').append(Long.toHexString(keyed.random(key, attempt).nextLong() >>> 32));
            }
            String url = out.toString();
            return letterCase == LetterCase.UPPER ? url.toUpperCase(Locale.ROOT) : url;
        });
    }

    private String ip(String original, Keyed keyed) {
        String key = original.trim().toLowerCase(Locale.ROOT);
        return distinct(original, attempt -> {
            SplittableRandom random = keyed.random(key, attempt);
            if (original.indexOf(':') >= 0) {
                return "2001:db8::" + Integer.toHexString(1 + random.nextInt(0xfffe)); // RFC 3849 documentation range
            }
            return "192.0.2." + (1 + random.nextInt(254)); // RFC 5737 TEST-NET-1
        });
    }

    private String street(String original, Keyed keyed) {
        String trimmed = original.trim();
        Matcher number = HOUSE_NUMBER.matcher(trimmed);
        String house = number.find() ? number.group(1) : null;
        String afterNumber = house == null ? trimmed : trimmed.substring(number.end());
        Matcher unit = UNIT.matcher(afterNumber);
        boolean hasUnit = unit.find() && unit.start() > 0;
        String key = normalise(trimmed);
        LetterCase letterCase = LetterCase.of(trimmed);
        return distinct(original, attempt -> {
            SplittableRandom random = keyed.random(key, attempt);
            StringBuilder out = new StringBuilder(trimmed.length() + 8);
            if (house != null) {
                out.append(shaped(house, random)).append(number.group(2));
            }
            out.append(pick(lists.streetNames(), random)).append(' ').append(pick(lists.streetSuffixes(), random));
            if (hasUnit) {
                out.append(unit.group(1)).append(unit.group(2)).append(unit.group(3))
                        .append(shaped(unit.group(4), random));
            }
            return letterCase == LetterCase.UPPER ? out.toString().toUpperCase(Locale.ROOT) : out.toString();
        });
    }

    private String state(String original, Keyed keyed) {
        String trimmed = original.trim();
        boolean code = trimmed.length() == 2 && Character.isLetter(trimmed.charAt(0))
                && Character.isLetter(trimmed.charAt(1));
        if (code) {
            String picked = pickDistinct(lists.stateCodes(), trimmed, keyed);
            return trimmed.equals(trimmed.toLowerCase(Locale.ROOT)) ? picked.toLowerCase(Locale.ROOT) : picked;
        }
        return fromList(lists.stateNames(), original, keyed);
    }

    private String fromList(List<String> options, String original, Keyed keyed) {
        return LetterCase.of(original).apply(pickDistinct(options, original, keyed));
    }

    /** A keyed entry of {@code options} for {@code original}, never the original itself. */
    private String pickDistinct(List<String> options, String original, Keyed keyed) {
        String key = normalise(original);
        int index = keyed.random(key, 0).nextInt(options.size());
        if (normalise(options.get(index)).equals(key)) {
            index = (index + 1) % options.size();
        }
        return options.get(index);
    }

    // ----- helpers ------------------------------------------------------------------------------

    /** The first candidate that differs from the original (after normalisation); candidates are keyed by attempt. */
    private static String distinct(String original, IntFunction<String> candidate) {
        String normalised = normalise(original);
        String last = original;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            last = candidate.apply(attempt);
            if (!normalise(last).equals(normalised)) {
                return last;
            }
        }
        return last; // only for values without letters or digits, which identify nothing
    }

    /**
     * Same length and punctuation; digits stay digits (a leading non-zero stays non-zero), letters stay letters of
     * their case. One draw per letter or digit, so "123-45-6789" and "123456789" get the same characters.
     */
    private static String shaped(String original, SplittableRandom random) {
        StringBuilder out = new StringBuilder(original.length());
        boolean first = true;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(first && c != '0' ? (char) ('1' + random.nextInt(9)) : (char) ('0' + random.nextInt(10)));
                first = false;
            } else if (Character.isLetter(c)) {
                String alphabet = Character.isLowerCase(c) ? LOWER : UPPER;
                out.append(alphabet.charAt(random.nextInt(alphabet.length())));
                first = false;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String randomDigits(SplittableRandom random, int count) {
        char[] out = new char[count];
        for (int i = 0; i < count; i++) {
            out[i] = (char) ('0' + random.nextInt(10));
        }
        return new String(out);
    }

    private static <T> T pick(List<T> options, SplittableRandom random) {
        return options.get(random.nextInt(options.size()));
    }

    private static int digitCount(String text) {
        return digitsOf(text).length();
    }

    private static String digitsOf(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    /** Case, accents, spacing and punctuation removed: "SMITH,  Jane" and "smith jane" are one value. */
    static String normalise(String value) {
        String lower = stripAccents(value).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean pendingSpace = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c);
            } else {
                pendingSpace = true;
            }
        }
        return out.toString();
    }

    /** Letters and digits only: "123-45-6789" and "123456789" are one id. */
    private static String compact(String value) {
        return normalise(value).replace(" ", "");
    }

    private static String stripAccents(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    }

    private static String asciiLower(String value) {
        return stripAccents(value).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
