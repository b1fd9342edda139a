package io.radlake.corpus;

import java.util.SplittableRandom;

/**
 * Radiologists, referring physicians, technologists and nurses, derived from (seed, role, number):
 * radiologist 3 of SITE-A has the same name in every report of a corpus.
 */
final class StaffDirectory {

    static final int RADIOLOGISTS_PER_SITE = 9;
    static final int REFERRERS = 400;
    static final int TECHNOLOGISTS_PER_SITE = 12;
    static final int NURSES = 150;

    private final long seed;

    StaffDirectory(long seed) {
        this.seed = seed;
    }

    PersonName radiologist(Site site, int number) {
        return person(site.index() * 1_000L + number);
    }

    PersonName referrer(int number) {
        return person(100_000L + number);
    }

    PersonName technologist(Site site, int number) {
        return person(200_000L + site.index() * 1_000L + number);
    }

    PersonName nurse(int number) {
        return person(300_000L + number);
    }

    private PersonName person(long key) {
        SplittableRandom random = Seeds.random(seed, Seeds.STAFF, key);
        boolean female = random.nextBoolean();
        var firsts = female ? Vocabulary.FEMALE_FIRST : Vocabulary.MALE_FIRST;
        return new PersonName(firsts.get(random.nextInt(firsts.size())),
                Vocabulary.MIDDLE_INITIALS.get(random.nextInt(Vocabulary.MIDDLE_INITIALS.size())),
                Vocabulary.LAST.get(random.nextInt(Vocabulary.LAST.size())));
    }
}
