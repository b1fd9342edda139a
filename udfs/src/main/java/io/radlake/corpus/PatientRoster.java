package io.radlake.corpus;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Maps report index to patient and derives patients from hashes, in constant memory.
 *
 * <p>Reports are grouped in blocks of {@value #BLOCK_REPORTS}; each report of a block picks one of the
 * block's {@value #BLOCK_PATIENTS} patients at random, so reports per patient follow roughly a Poisson
 * distribution with mean 3.5, and a patient's reports sit near each other in the corpus, as in exports
 * sorted by time. The mapping does not depend on corpus size. Not thread-safe (memo of recent patients).
 */
final class PatientRoster {

    static final int BLOCK_REPORTS = 70;
    static final int BLOCK_PATIENTS = 20;

    private static final LocalDate EARLIEST_FIRST_STUDY = LocalDate.of(2012, 1, 1); // studies then end by 2025
    private static final int FIRST_STUDY_RANGE_DAYS = 3650;
    private static final int MAX_AGE = 105;

    private static final Weighted<String> SEX = Weighted.<String>builder()
            .add(50, "F").add(47.5, "M").add(1.2, "O").add(1.3, "U").build();
    private static final Weighted<String> RACE;
    private static final Weighted<String> INSURANCE_UNDER_65 = Weighted.<String>builder()
            .add(55, "Commercial").add(24, "Medicaid").add(8, "Self-pay").add(5, "VA/Military").add(8, "Other")
            .build();
    private static final Weighted<Integer> HOME_SITE = Weighted.<Integer>builder()
            .add(24, 0).add(16, 1).add(12, 2).add(18, 3).add(10, 4).add(20, 5).build();

    static {
        double[] weights = {58, 13, 17, 6, 1.2, 0.5, 2.8, 1.5};
        Weighted.Builder<String> race = Weighted.builder();
        for (int i = 0; i < weights.length; i++) {
            race.add(weights[i], Vocabulary.RACE_ETHNICITY.get(i));
        }
        RACE = race.build();
    }

    private static final int RECENT_SLOTS = 32; // > BLOCK_PATIENTS, power of two

    private final long seed;
    private final long mrnOffset;
    private final Patient[] recent = new Patient[RECENT_SLOTS];

    PatientRoster(long seed) {
        this.seed = seed;
        this.mrnOffset = Long.remainderUnsigned(Seeds.derive(seed, Seeds.PATIENT, -1), 100_000_000L);
    }

    long patientIndexOf(long reportIndex) {
        long block = reportIndex / BLOCK_REPORTS;
        return block * BLOCK_PATIENTS + Seeds.pick(seed, Seeds.PATIENT_PICK, reportIndex, BLOCK_PATIENTS);
    }

    /**
     * The patient with this index. Consecutive reports mostly revisit the same few patients, so a small
     * direct-mapped memo of recent ones saves re-deriving them; it only ever holds pure-function results.
     */
    Patient patient(long index) {
        int slot = (int) (index & (RECENT_SLOTS - 1));
        Patient cached = recent[slot];
        if (cached != null && cached.index() == index) {
            return cached;
        }
        Patient derived = derive(index);
        recent[slot] = derived;
        return derived;
    }

    private Patient derive(long index) {
        SplittableRandom random = Seeds.random(seed, Seeds.PATIENT, index);
        String sex = SEX.pick(random);
        boolean female = "F".equals(sex) || ("O".equals(sex) || "U".equals(sex)) && random.nextBoolean();
        String first = female ? pick(random, Vocabulary.FEMALE_FIRST) : pick(random, Vocabulary.MALE_FIRST);
        PersonName name = new PersonName(first, pick(random, Vocabulary.MIDDLE_INITIALS), pick(random, Vocabulary.LAST));

        int ageAtFirst = drawAgeAtFirstStudy(random);
        // Cap the span so the oldest patients never pass MAX_AGE on their last study.
        int maxSpanYears = Math.max(0, Math.min(4, MAX_AGE - 1 - ageAtFirst));
        int studySpanDays = maxSpanYears == 0 ? random.nextInt(200) : 180 + random.nextInt(maxSpanYears * 365 - 179);
        LocalDate firstStudy = EARLIEST_FIRST_STUDY.plusDays(random.nextInt(FIRST_STUDY_RANGE_DAYS));
        LocalDate birthDate = firstStudy.minusYears(ageAtFirst).minusDays(1 + random.nextInt(364));

        Vocabulary.City city = pick(random, Vocabulary.CITIES);
        String street = (1 + random.nextInt(9899)) + " " + pick(random, Vocabulary.STREET_NAMES) + " "
                + pick(random, Vocabulary.STREET_SUFFIXES)
                + (random.nextInt(5) == 0 ? " " + pick(random, Vocabulary.UNIT_PREFIXES) + " "
                        + (1 + random.nextInt(40)) + (char) ('A' + random.nextInt(4)) : "");
        String zip = city.zipPrefix() + PhiFormats.digits(random, 2);
        String zipPlusFour = PhiFormats.digits(random, 4);
        String phone = city.areaCode() + (200 + random.nextInt(800)) + PhiFormats.digits(random, 4);
        String email = emailFor(name, random);
        String ssn = drawSsn(random);
        String memberId = PhiFormats.letters(random, 3) + PhiFormats.digits(random, 9);
        String race = RACE.pick(random);
        String insurance = INSURANCE_UNDER_65.pick(random);
        boolean medicare = random.nextInt(100) < 85;
        int homeSite = HOME_SITE.pick(random);
        // MRN: index times a unit mod 10^8 plus an offset is a bijection, so MRNs never collide.
        String mrn = PhiFormats.padded((index * 61_803_399L + mrnOffset) % 100_000_000L, 8);
        return new Patient(index, "PAT-" + PhiFormats.padded(index + 1, 7), name, sex, birthDate, mrn, ssn, street,
                city, zip, zipPlusFour, phone, email, race, insurance, medicare, memberId, homeSite, firstStudy,
                studySpanDays);
    }

    /** Mostly adults, some children, and about 5% over 89 (whose ages are PHI). */
    private static int drawAgeAtFirstStudy(SplittableRandom random) {
        int bucket = random.nextInt(1000);
        if (bucket < 50) {
            return random.nextInt(18);
        }
        if (bucket < 105) {
            return 90 + random.nextInt(11);
        }
        return 18 + (int) ((random.nextDouble() + random.nextDouble()) * 36);
    }

    private static String drawSsn(SplittableRandom random) {
        int area = 1 + random.nextInt(898);
        if (area == 666) {
            area = 667;
        }
        return PhiFormats.padded(area, 3) + "-" + PhiFormats.padded(1 + random.nextInt(99), 2) + "-"
                + PhiFormats.padded(1 + random.nextInt(9999), 4);
    }

    private static String emailFor(PersonName name, SplittableRandom random) {
        String first = asciiLetters(name.first());
        String last = asciiLetters(name.last());
        String local = switch (random.nextInt(4)) {
            case 0 -> first + "." + last;
            case 1 -> first.charAt(0) + last + (random.nextInt(90) + 10);
            case 2 -> last + "_" + first + random.nextInt(10);
            default -> first + last.charAt(0) + (1950 + random.nextInt(60));
        };
        return local + "@" + pick(random, Vocabulary.EMAIL_DOMAINS);
    }

    /** "Núñez" -> "nunez", "O'Brien" -> "obrien": e-mail local parts are plain ASCII. */
    static String asciiLetters(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c < 128 && Character.isLetter(c)) {
                out.append(c);
            }
        }
        return out.length() == 0 ? "x" : out.toString().toLowerCase(Locale.ROOT);
    }

    private static <T> T pick(SplittableRandom random, java.util.List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
