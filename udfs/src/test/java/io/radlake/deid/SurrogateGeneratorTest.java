package io.radlake.deid;

import static io.radlake.phi.PhiCategory.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.radlake.phi.PhiCategory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SurrogateGeneratorTest {

    private static final String PATIENT = "PAT-0000001";
    private static final String OTHER_PATIENT = "PAT-0000002";

    private final SurrogateGenerator surrogates = new SurrogateGenerator(new Pseudonymizer(PseudonymizerTest.SECRET));
    private final SurrogateLists lists = SurrogateLists.builtIn();

    private String of(PhiCategory category, String original) {
        return surrogates.surrogate(category, original, PATIENT);
    }

    @ParameterizedTest(name = "{0} {1} ~ {2}")
    @CsvSource(delimiter = ';', value = {
        "NAME;Smith, Jane;[A-Z][A-Za-z'-]+, [A-Z][a-z]+",
        "NAME;Smith, Jane Q.;[A-Z][A-Za-z'-]+, [A-Z][a-z]+ [A-Z]\\.",
        "NAME;SMITH, JANE;[A-Z'-]+, [A-Z]+",
        "NAME;Jane Smith;[A-Z][a-z]+ [A-Z][A-Za-z'-]+",
        "NAME;Jane Q. Smith;[A-Z][a-z]+ [A-Z]\\. [A-Z][A-Za-z'-]+",
        "NAME;J. Smith;[A-Z]\\. [A-Z][A-Za-z'-]+",
        "NAME;J.Q. Smith;[A-Z]\\.[A-Z]\\. [A-Z][A-Za-z'-]+",
        "NAME;JQS;[A-Z]{3}",
        "NAME;ab;[a-z]{2}",
        "NAME;O'Brien;[A-Z][A-Za-z'-]+",
        "NAME;Dr. Jane Smith;Dr\\. [A-Z][a-z]+ [A-Z][A-Za-z'-]+",
        "NAME;Mrs Smith;Mrs [A-Z][A-Za-z'-]+",
        "NAME;Jane Smith, MD;[A-Z][a-z]+ [A-Z][A-Za-z'-]+, MD",
        "NAME;Smith, Jane, M.D.;[A-Z][A-Za-z'-]+, [A-Z][a-z]+, M\\.D\\.",
        "NAME;Jane Smith RN;[A-Z][a-z]+ [A-Z][A-Za-z'-]+ RN",
        "NAME;Jane Smith, DO;[A-Z][a-z]+ [A-Z][A-Za-z'-]+, DO",
        "NAME;Minh Do;[A-Z][a-z]+ [A-Z][A-Za-z'-]+",
        "NAME;Anne de Vries;[A-Z][a-z]+ [A-Z][A-Za-z'-]+",
        "NAME;Hye-jin St. Clair;[A-Z][a-z]+ [A-Z][A-Za-z'-]+",
        "MRN;00412345;[0-9]{8}",
        "MRN;MR-12345-A;[A-Z]{2}-[0-9]{5}-[A-Z]",
        "ACCESSION;ACC-2021-12345678;[A-Z]{3}-[0-9]{4}-[0-9]{8}",
        "OTHER_ID;abc123456789;[a-z]{3}[0-9]{9}",
        "DEVICE_SERIAL;GEMR434339;[A-Z]{4}[0-9]{6}",
        "SSN;605-23-4080;9[0-9]{2}-[0-9]{2}-[0-9]{4}",
        "SSN;605234080;9[0-9]{8}",
        "ZIP;62702;[1-9][0-9]{4}",
        "ZIP;62702-1234;[1-9][0-9]{4}-[0-9]{4}",
        "PHONE;(217) 555-0143;\\([2-9][0-9]{2}\\) 555-01[0-9]{2}",
        "PHONE;217-981-4254;[2-9][0-9]{2}-555-01[0-9]{2}",
        "PHONE;217.981.4254;[2-9][0-9]{2}\\.555\\.01[0-9]{2}",
        "PHONE;+1 217 981 4254;\\+1 [2-9][0-9]{2} 555 01[0-9]{2}",
        "PHONE;2179814254;[2-9][0-9]{2}55501[0-9]{2}",
        "PHONE;217-981-4254 ext. 42;[2-9][0-9]{2}-555-01[0-9]{2} ext\\. [0-9]{2}",
        "FAX;(217) 555-0199;\\([2-9][0-9]{2}\\) 555-01[0-9]{2}",
        "EMAIL;jane.smith@gmail.com;[a-z]+\\.[a-z]+@example\\.org",
        "EMAIL;JANE.SMITH@GMAIL.COM;[A-Z]+\\.[A-Z]+@EXAMPLE\\.ORG",
        "URL;https://pacs.stmarys-health.org/viewer?id=123;https://example\\.org/[0-9a-f]{1,8}",
        "URL;www.lakesideimaging.com;www\\.example\\.org",
        "IP_ADDRESS;10.24.3.7;192\\.0\\.2\\.[0-9]{1,3}",
        "IP_ADDRESS;fe80::1ff:fe23:4567:890a;2001:db8::[0-9a-f]{1,4}",
        "STREET_ADDRESS;1200 N. Walnut Street;[1-9][0-9]{3} [A-Z][a-z]+( Run)? [A-Z][a-z]+",
        "STREET_ADDRESS;77 Oak Ave Apt. 4B;[1-9][0-9] [A-Z][a-z]+( Run)? [A-Z][a-z]+ Apt\\. [0-9][A-Z]",
        "STREET_ADDRESS;2650 RIDGE AVENUE;[1-9][0-9]{3} [A-Z]+( RUN)? [A-Z]+",
        "STATE;IL;[A-Z]{2}",
        "STATE;Illinois;[A-Z][a-z]+( [A-Z][a-z]+)?",
        "TIME;10:22 AM;([1-9]|1[0-2]):[0-5][0-9] [AP]M",
        "TIME;10:22;([01][0-9]|2[0-3]):[0-5][0-9]",
        "TIME;1022;([01][0-9]|2[0-3])[0-5][0-9]",
        "TIME;10:22 a.m.;([1-9]|1[0-2]):[0-5][0-9] [ap]\\.m\\.",
        "TIME;10:22:00;([01][0-9]|2[0-3]):[0-5][0-9]:00",
        "TIME;10:22AM;([1-9]|1[0-2]):[0-5][0-9][AP]M",
        "TIME;9 pm;([1-9]|1[0-2]) [ap]m",
        "AGE;92;90\\+",
        "AGE;104;90\\+",
    })
    void keepsTheShapeAndNeverTheValue(PhiCategory category, String original, String shape) {
        String surrogate = of(category, original);
        assertThat(surrogate).matches(shape);
        assertThat(SurrogateGenerator.normalise(surrogate)).isNotEqualTo(SurrogateGenerator.normalise(original));
    }

    @Test
    void listBasedCategoriesDrawFromTheBuiltInLists() {
        assertThat(lists.cities()).contains(of(CITY, "Springfield"));
        assertThat(lists.institutions()).contains(of(INSTITUTION, "St. Mary's Regional Medical Center"));
        assertThat(lists.stateNames()).contains(of(STATE, "Illinois"));
        assertThat(lists.stateCodes()).contains(of(STATE, "IL"));
        assertThat(of(CITY, "ST. PAUL")).isEqualTo(of(CITY, "St. Paul").toUpperCase(java.util.Locale.ROOT));
        String name = of(NAME, "Jane Smith");
        assertThat(lists.firstNames()).contains(name.substring(0, name.indexOf(' ')));
        assertThat(lists.lastNames()).contains(name.substring(name.indexOf(' ') + 1));
    }

    @Test
    void sameValueOfOnePatientGetsTheSameSurrogateWhateverTheSpelling() {
        assertThat(of(MRN, "00412345")).isEqualTo(of(MRN, "00412345"));
        assertThat(of(INSTITUTION, "Good Samaritan Hospital"))
                .isEqualToIgnoringCase(of(INSTITUTION, "good  samaritan hospital"));
        assertThat(of(NAME, "SMITH, JANE")).isEqualToIgnoringCase(of(NAME, "Smith, Jane"));
        assertThat(of(SSN, "605-23-4080").replace("-", "")).isEqualTo(of(SSN, "605234080"));
        assertThat(of(PHONE, "(217) 981-4254").replaceAll("[^0-9]", ""))
                .isEqualTo(of(PHONE, "+1 217 981 4254").replaceAll("[^0-9]", "").substring(1));
        assertThat(of(TIME, "3:35 PM")).isEqualTo(of(TIME, "3:35PM").replace("M", " M").replace("P M", " PM")
                .replace("A M", " AM").replace("  ", " "));
    }

    @Test
    void namePartsAreMappedOnTheirOwnSoLayoutsAgree() {
        String full = of(NAME, "Jane Smith");
        String family = full.substring(full.indexOf(' ') + 1);
        String given = full.substring(0, full.indexOf(' '));
        assertThat(of(NAME, "Smith")).isEqualTo(family);
        assertThat(of(NAME, "Smith, Jane")).isEqualTo(family + ", " + given);
        assertThat(of(NAME, "J. Smith")).endsWith(" " + family);
        assertThat(of(NAME, "SMITH, JANE")).isEqualTo((family + ", " + given).toUpperCase(java.util.Locale.ROOT));
    }

    @Test
    void timesOfOnePatientMapTheSameClockTimeInEveryLayout() {
        String twelve = of(TIME, "10:22 AM");
        String military = of(TIME, "1022");
        int hour = Integer.parseInt(military.substring(0, 2));
        int hour12 = hour % 12 == 0 ? 12 : hour % 12;
        assertThat(twelve).isEqualTo(hour12 + ":" + military.substring(2) + (hour < 12 ? " AM" : " PM"));
        assertThat(of(TIME, "10:22")).isEqualTo(military.substring(0, 2) + ":" + military.substring(2));
    }

    @Test
    void differentPatientsGetIndependentSurrogates() {
        List<String> values = List.of("Smith, Jane", "Good Samaritan Hospital", "00412345", "(217) 981-4254",
                "jane@gmail.com", "Springfield", "1200 N. Walnut Street", "ACC-2021-12345678", "10:22 AM");
        List<PhiCategory> categories = List.of(NAME, INSTITUTION, MRN, PHONE, EMAIL, CITY, STREET_ADDRESS,
                ACCESSION, TIME);
        int differing = 0;
        for (int i = 0; i < values.size(); i++) {
            for (int p = 0; p < 10; p++) {
                String mine = surrogates.surrogate(categories.get(i), values.get(i), "PAT-" + p);
                String theirs = surrogates.surrogate(categories.get(i), values.get(i), "PAT-" + (p + 100));
                differing += mine.equals(theirs) ? 0 : 1;
            }
        }
        assertThat(differing).isGreaterThan(80); // of 90; list picks can coincide by chance
        assertThat(surrogates.surrogate(MRN, "00412345", OTHER_PATIENT)).isNotEqualTo(of(MRN, "00412345"));
    }

    @Test
    void surrogatesDependOnTheSecret() {
        SurrogateGenerator other = new SurrogateGenerator(new Pseudonymizer(DeidSecret.throwaway()));
        assertThat(other.surrogate(MRN, "00412345", PATIENT)).isNotEqualTo(of(MRN, "00412345"));
    }

    @Test
    void youngerAgesAreNotIdentifiersAndStay() {
        assertThat(of(AGE, "89")).isEqualTo("89");
        assertThat(of(AGE, "ninety-two")).isEqualTo("90+");
    }

    @Test
    void unreadableTimesBecomeATag() {
        assertThat(of(TIME, "noonish")).isEqualTo("[TIME]");
        assertThat(of(TIME, "25:61")).isEqualTo("[TIME]");
    }

    @Test
    void surrogateNeverEqualsTheOriginalEvenWhenTheOriginalIsFictional() {
        for (int p = 0; p < 300; p++) {
            String patient = "PAT-" + p;
            String phone = "(217) 555-0143";
            assertThat(surrogates.surrogate(PHONE, phone, patient)).isNotEqualTo(phone);
            String ip = "192.0.2.7";
            assertThat(surrogates.surrogate(IP_ADDRESS, ip, patient)).isNotEqualTo(ip);
            String city = lists.cities().get(p % lists.cities().size());
            assertThat(surrogates.surrogate(CITY, city, patient)).isNotEqualTo(city);
            String initial = "J.";
            assertThat(surrogates.surrogate(NAME, initial, patient)).isNotEqualTo(initial);
        }
    }

    @Test
    void datesAreNotReplacedHere() {
        assertThatThrownBy(() -> of(DATE, "03/14/2021"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DateShifter")
                .hasMessageNotContaining("03/14/2021");
    }
}
