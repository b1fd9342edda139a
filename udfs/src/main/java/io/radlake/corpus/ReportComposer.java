package io.radlake.corpus;

import io.radlake.phi.PhiCategory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import static io.radlake.phi.PhiCategory.*;

/**
 * Writes the text of one report into a {@link ReportTextBuilder}: letterhead, patient block, sections in
 * the site's order and spelling, findings and a matching impression, communications, addendum, signature
 * and footer, then the site's formatting mess (all caps, hard wrap, dictation artefacts).
 * One instance per thread: it reuses its buffers.
 */
final class ReportComposer {

    private static final int MAX_ABNORMAL = 3;

    private final long seed;
    private final StaffDirectory staff;
    private final SlotValues general = new SlotValues();
    private final SlotValues[] findingValues = new SlotValues[MAX_ABNORMAL];
    private final List<ExamType.Finding> chosen = new ArrayList<>(MAX_ABNORMAL);

    // Per-report state, set at the start of compose().
    private ReportTextBuilder out;
    private SplittableRandom random;
    private StudyFacts facts;
    private SiteStyle style;
    private IdentifierRates rates;
    private int dateStyle;
    private int blockFields;
    private boolean blockOnePerLine;

    ReportComposer(long seed, StaffDirectory staff) {
        this.seed = seed;
        this.staff = staff;
        for (int i = 0; i < MAX_ABNORMAL; i++) {
            findingValues[i] = new SlotValues();
        }
    }

    void compose(ReportTextBuilder target, StudyFacts study, SplittableRandom reportRandom) {
        out = target;
        random = reportRandom;
        facts = study;
        style = study.site().style();
        rates = study.site().rates();
        out.reset(chance(style.allCapsRate()));
        dateStyle = chance(0.7) ? style.preferredDateStyle() : random.nextInt(PhiFormats.DATE_STYLES);
        LocalDate studyDate = study.studyDatetime().toLocalDate();
        String side = random.nextBoolean() ? "right" : "left";
        general.startReport(random, studyDate, dateStyle, side);
        for (SlotValues values : findingValues) {
            values.startReport(random, studyDate, dateStyle, side);
        }
        chooseFindings();

        if (chance(style.letterheadRate())) {
            letterhead();
        }
        boolean patientBlock = chance(style.patientBlockRate());
        if (patientBlock) {
            patientBlock();
        }
        examLine(!patientBlock);
        indication();
        if (style.comparisonBeforeTechnique()) {
            comparison();
            technique();
        } else {
            technique();
            comparison();
        }
        findings();
        impression();
        if (!chosen.isEmpty() && chance(rates.criticalCall())) {
            criticalCommunication();
        }
        if (chance(rates.addendum())) {
            addendum();
        }
        signature();
        footer();
        out.trimTrailingSpaces();
        out.endLine();
        if (chance(style.wrapRate())) {
            out.hardWrap(60 + random.nextInt(21));
        }
    }

    private void chooseFindings() {
        chosen.clear();
        int wanted = abnormalCount();
        List<ExamType.Finding> library = facts.exam().findings();
        for (int attempt = 0; attempt < 12 && chosen.size() < wanted; attempt++) {
            ExamType.Finding candidate = library.get(random.nextInt(library.size()));
            if (!chosen.contains(candidate) && candidate.sex().admits(facts.patient().sex())
                    && organShown(candidate.organKey())) {
                chosen.add(candidate);
            }
        }
    }

    private int abnormalCount() {
        int roll = random.nextInt(100);
        if (roll < 38) {
            return 0;
        }
        return roll < 70 ? 1 : roll < 90 ? 2 : 3;
    }

    private boolean organShown(String organKey) {
        for (ExamType.Organ organ : facts.exam().organs()) {
            if (organ.key().equals(organKey)) {
                return organ.sex().admits(facts.patient().sex());
            }
        }
        return false;
    }

    // ----- header parts -------------------------------------------------------------------------

    private void letterhead() {
        Site site = facts.site();
        if (chance(0.5)) {
            out.phi(INSTITUTION, site.institution()).newline().phi(INSTITUTION, site.department()).newline();
        } else {
            out.phi(INSTITUTION, site.institution()).append(" - ").phi(INSTITUTION, site.department()).newline();
        }
        if (chance(0.6)) {
            address(site.street(), site.city(), site.zip(), null);
            out.newline();
        }
        if (chance(0.6)) {
            out.append(chance(0.5) ? "Tel " : "Phone: ").phi(PHONE, phone(site.phoneDigits()));
            out.append(chance(0.5) ? " | Fax " : "   Fax: ").phi(FAX, phone(site.faxDigits())).newline();
        }
        out.newline();
    }

    private void patientBlock() {
        Patient patient = facts.patient();
        blockFields = 0;
        blockOnePerLine = chance(0.5);
        blockField(pick("PATIENT: ", "Patient Name: ", "NAME: ", "Pt: "));
        out.phi(NAME, patient.name().format(pick(2, 3, 5, 5, 0, 1)));
        blockField(pick("MRN: ", "MR#: ", "Med Rec #: ", "Medical Record Number: "));
        out.phi(MRN, patient.mrn());
        if (chance(0.85)) {
            blockField(pick("DOB: ", "Date of Birth: ", "D.O.B.: "));
            out.phi(DATE, PhiFormats.date(patient.birthDate(), chance(0.5) ? dateStyle : anyDateStyle()));
        }
        if (chance(0.6)) {
            blockField("Age/Sex: ");
            age(facts.age());
            out.append("Y ").append(facts.patient().sex());
        } else {
            blockField("Sex: ");
            out.append(facts.patient().sex());
        }
        blockField(pick("Accession #: ", "ACC: ", "Acc No: ", "Accession: "));
        out.phi(ACCESSION, facts.accession());
        blockField(pick("Exam Date: ", "DOS: ", "Date of Service: "));
        studyDateTime();
        blockField(pick("Referring Physician: ", "Ordering Provider: ", "Ref: "));
        physician(staff.referrer(random.nextInt(StaffDirectory.REFERRERS)));
        if (chance(rates.ssn())) {
            blockField(pick("SSN: ", "SS#: ", "Social Security No.: "));
            out.phi(SSN, patient.ssn());
        }
        if (chance(rates.patientAddress())) {
            blockField(pick("Address: ", "Home Address: "));
            address(patient.street(), patient.city(), patient.zip(), patient.zipPlusFour());
        }
        if (chance(rates.patientPhone())) {
            blockField(pick("Home Phone: ", "Phone: ", "Contact #: ", "Cell: "));
            out.phi(PHONE, phone(patient.phoneDigits()));
        }
        if (chance(rates.patientEmail())) {
            blockField(pick("Email: ", "E-mail: "));
            out.phi(EMAIL, patient.email());
        }
        if (chance(rates.insuranceId())) {
            blockField("Insurance: ");
            out.append(patient.insuranceOn(facts.studyDatetime().toLocalDate()));
            blockField(pick("Member ID: ", "Policy #: ", "Subscriber ID: "));
            out.phi(OTHER_ID, patient.memberId());
        }
        if (chance(rates.encounterId())) {
            blockField(pick("Encounter #: ", "Visit ID: ", "FIN: ", "Account #: "));
            out.phi(OTHER_ID, pick("E", "V", "", "A") + PhiFormats.digits(random, 9));
        }
        out.newline().newline();
    }

    private void blockField(String label) {
        if (blockFields > 0) {
            if (blockOnePerLine || blockFields % 3 == 0) {
                out.newline();
            } else {
                out.append("    ");
            }
        }
        out.append(label);
        blockFields++;
    }

    private void examLine(boolean withDate) {
        String title = pickFrom(facts.exam().titles());
        out.append(pick("EXAM: ", "EXAMINATION: ", "PROCEDURE: ", "", "Exam: ")).append(title);
        if (withDate && chance(0.7)) {
            out.append(pick(" - ", "  DATE: ", " on "));
            studyDateTime();
        }
        out.newline();
    }

    // ----- sections -----------------------------------------------------------------------------

    private void indication() {
        section(style.indicationLabels(), SiteStyle.ALL_INDICATION_LABELS);
        Template indication = pickFrom(facts.exam().indications());
        int variant = random.nextInt(10);
        if (variant < 5) {
            agePhrase();
            out.append(' ').append(sexWord()).append(" with ");
            indication.render(out, general, -1, true);
        } else if (variant < 7 && !"O".equals(facts.patient().sex()) && !"U".equals(facts.patient().sex())) {
            out.append("F".equals(facts.patient().sex()) ? pick("Ms. ", "Mrs. ") : "Mr. ");
            out.phi(NAME, facts.patient().name().last()).append(" is a ");
            agePhrase();
            out.append(' ').append(sexWord()).append(". ");
            indication.render(out, general, -1, false);
        } else if (variant == 7) {
            indication.render(out, general, -1, false);
            out.append(" Age ");
            age(facts.age());
            out.append('.');
        } else {
            indication.render(out, general, -1, false);
        }
    }

    private void technique() {
        section(style.techniqueLabels(), SiteStyle.ALL_TECHNIQUE_LABELS);
        pickFrom(facts.exam().techniques()).render(out, general);
        if ("CT".equals(facts.exam().modality()) && chance(0.5)) {
            out.append(" DLP: ").append(100 + random.nextInt(1400)).append(" mGy-cm.");
        }
        if (chance(rates.scannerSerial())) {
            Scanners.Scanner scanner = facts.scanner();
            boolean parenthesised = chance(0.4);
            out.append(pick(" Scanner: ", " Performed on ")).append(scanner.manufacturer()).append(' ')
                    .append(scanner.model()).append(parenthesised ? " (S/N " : pick(", serial number ", " SN: "))
                    .phi(DEVICE_SERIAL, Scanners.serial(seed, facts.site(), scanner))
                    .append(parenthesised ? ")." : ".");
        }
        if (chance(0.12)) {
            out.append(" Technologist: ");
            PersonName tech = staff.technologist(facts.site(), random.nextInt(StaffDirectory.TECHNOLOGISTS_PER_SITE));
            out.phi(NAME, tech.format(pick(0, 4, 2))).append(", RT(R).");
        }
    }

    private void comparison() {
        section(style.comparisonLabels(), SiteStyle.ALL_COMPARISON_LABELS);
        int variant = random.nextInt(10);
        String prior = pickFrom(facts.exam().priorNames());
        LocalDate studyDate = facts.studyDatetime().toLocalDate();
        switch (variant) {
            case 0, 1 -> out.append("None.");
            case 2 -> out.append("None available.");
            case 3, 4, 5 -> {
                out.append(prior).append(pick(" dated ", " ", " from "));
                priorDate(studyDate);
                out.append('.');
            }
            case 6 -> {
                out.append(prior).append(" from ").phi(INSTITUTION, pickFrom(Vocabulary.OUTSIDE_INSTITUTIONS))
                        .append(" dated ");
                priorDate(studyDate);
                out.append('.');
            }
            case 7 -> {
                out.append("Multiple prior studies, most recent ").append(prior.toLowerCase(Locale.ROOT))
                        .append(" on ");
                LocalDate date = studyDate.minusDays(30 + random.nextInt(700));
                out.phi(DATE, PhiFormats.date(date, dateStyle)).append(" at ");
                time(10 + random.nextInt(8), random.nextInt(60));
                out.append('.');
            }
            default -> {
                priorDate(studyDate);
                out.append(" and ");
                priorDate(studyDate.minusDays(400));
                out.append('.');
            }
        }
    }

    private void findings() {
        section(style.findingsLabels(), SiteStyle.ALL_FINDINGS_LABELS);
        boolean organLabels = chance(style.organLabelRate());
        boolean onePerLine = !organLabels && chance(0.3);
        if (organLabels && out.lastChar() != '\n') {
            out.trimTrailingSpaces();
            out.newline();
        }
        boolean first = true;
        for (ExamType.Organ organ : facts.exam().organs()) {
            if (!organ.sex().admits(facts.patient().sex())) {
                continue;
            }
            boolean abnormal = hasFinding(organ.key());
            if (!abnormal && !organLabels && !first && random.nextInt(7) == 0) {
                continue; // radiologists skip some normal statements
            }
            if (organLabels) {
                out.endLine().append(label(organ.label())).append(": ");
            } else if (onePerLine && !first) {
                out.newline();
            } else if (!first) {
                out.append(' ');
            }
            first = false;
            if (abnormal) {
                boolean firstFinding = true;
                for (int i = 0; i < chosen.size(); i++) {
                    if (chosen.get(i).organKey().equals(organ.key())) {
                        if (!firstFinding) {
                            out.append(' ');
                        }
                        sentence(chosen.get(i).text(), findingValues[i]);
                        firstFinding = false;
                    }
                }
            } else {
                general.reset();
                sentence(pickFrom(organ.normals()), general);
            }
        }
    }

    private boolean hasFinding(String organKey) {
        for (ExamType.Finding finding : chosen) {
            if (finding.organKey().equals(organKey)) {
                return true;
            }
        }
        return false;
    }

    private void impression() {
        section(style.impressionLabels(), SiteStyle.ALL_IMPRESSION_LABELS);
        if (chosen.isEmpty()) {
            String normal = pickFrom(facts.exam().normalImpressions());
            if (chance(0.15)) {
                out.append("1. ");
            }
            out.append(normal);
            return;
        }
        int items = chosen.size();
        boolean otherwise = chance(0.25);
        boolean numbered = items > 1 ? chance(style.numberedImpressionRate()) : chance(0.15);
        boolean inline = numbered && chance(0.15);
        if (numbered && !inline && out.lastChar() != '\n') {
            out.trimTrailingSpaces();
            out.newline();
        }
        for (int i = 0; i < items + (otherwise ? 1 : 0); i++) {
            if (i > 0) {
                if (numbered && !inline) {
                    out.newline();
                } else {
                    out.append(' ');
                }
            }
            if (numbered) {
                out.append(i + 1).append(". ");
            }
            if (i < items) {
                chosen.get(i).impression().render(out, findingValues[i]);
            } else {
                out.append(pick("Otherwise no acute abnormality.", "No other acute findings."));
            }
        }
    }

    private void section(List<String> siteLabels, List<String> allLabels) {
        String label = chance(0.9) ? pickFrom(siteLabels) : label(pickFrom(allLabels));
        boolean ownLine = chance(style.ownLineRate());
        out.blankLine();
        out.append(label);
        if (ownLine) {
            if (chance(0.9)) {
                out.append(':');
            }
            out.newline();
        } else {
            out.append(": ");
        }
    }

    private String label(String upper) {
        if (!style.titleCaseLabels()) {
            return upper;
        }
        StringBuilder titled = new StringBuilder(upper.length());
        boolean wordStart = true;
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            titled.append(wordStart ? c : Character.toLowerCase(c));
            wordStart = !Character.isLetter(c);
        }
        return titled.toString();
    }

    /** One sentence, sometimes with a voice-recognition artefact. */
    private void sentence(Template template, SlotValues values) {
        int artefact = chance(style.dictationRate()) ? random.nextInt(3) : -1;
        if (artefact == 0) {
            out.append("new paragraph ");
        }
        template.render(out, values, artefact == 1 ? random.nextInt(8) : -1, false);
        if (artefact == 2) {
            out.replaceTrailingPeriod(" period");
        }
    }

    // ----- trailing parts -----------------------------------------------------------------------

    private void criticalCommunication() {
        out.blankLine();
        LocalDateTime called = facts.studyDatetime().plusMinutes(20 + random.nextInt(180));
        switch (random.nextInt(3)) {
            case 0 -> {
                out.append("Critical result discussed with ");
                physician(staff.referrer(random.nextInt(StaffDirectory.REFERRERS)));
                out.append(" by telephone at ");
                time(called.getHour(), called.getMinute());
                out.append(" on ").phi(DATE, PhiFormats.date(called.toLocalDate(), dateStyle))
                        .append(", with read-back confirmation.");
            }
            case 1 -> {
                out.append("Findings communicated to ")
                        .phi(NAME, staff.nurse(random.nextInt(StaffDirectory.NURSES)).format(pick(0, 4)))
                        .append(", RN at ").phi(TIME, PhiFormats.time(called.getHour(), called.getMinute(), 2))
                        .append(pick(" hours on ", " hrs on "))
                        .phi(DATE, PhiFormats.date(called.toLocalDate(), dateStyle)).append('.');
            }
            default -> {
                out.append("Dr. ").phi(NAME, radiologist().last()).append(" called ");
                physician(staff.referrer(random.nextInt(StaffDirectory.REFERRERS)));
                out.append(" at ").phi(PHONE, phone(facts.site().city().areaCode() + (200 + random.nextInt(800))
                        + PhiFormats.digits(random, 4))).append(" at ");
                time(called.getHour(), called.getMinute());
                out.append('.');
            }
        }
    }

    private void addendum() {
        out.blankLine().append(pick("ADDENDUM:", "ADDENDUM", "*** ADDENDUM ***")).newline();
        LocalDateTime when = facts.studyDatetime().plusHours(2 + random.nextInt(72));
        LocalDate studyDate = facts.studyDatetime().toLocalDate();
        switch (random.nextInt(3)) {
            case 0 -> {
                out.append("Comparison was made with an outside ").append(pickFrom(facts.exam().priorNames())
                        .toLowerCase(Locale.ROOT)).append(" from ").phi(INSTITUTION, pickFrom(Vocabulary.OUTSIDE_INSTITUTIONS))
                        .append(" dated ");
                priorDate(studyDate);
                out.append(". The findings are unchanged.");
            }
            case 1 -> {
                out.append("The findings were discussed with ");
                physician(staff.referrer(random.nextInt(StaffDirectory.REFERRERS)));
                out.append(" on ").phi(DATE, PhiFormats.date(when.toLocalDate(), dateStyle)).append(" at ");
                time(when.getHour(), when.getMinute());
                out.append('.');
            }
            default -> out.append("Correction: the side marker was omitted in the original dictation. "
                    + "The impression is unchanged.");
        }
        out.newline().append("Addendum signed by Dr. ").phi(NAME, radiologist().format(pick(0, 1, 4)))
                .append(" on ").phi(DATE, PhiFormats.date(when.toLocalDate(), dateStyle)).append(' ');
        time(when.getHour(), when.getMinute());
    }

    private void signature() {
        out.blankLine();
        if (chance(style.dictationRate() * 4)) {
            out.append("[** dictated but not read **]").newline();
        }
        PersonName radiologist = radiologist();
        LocalDateTime signed = facts.studyDatetime().plusMinutes(10 + random.nextInt(600));
        int layout = chance(0.75) ? style.signatureStyle() : random.nextInt(5);
        switch (layout) {
            case 0 -> {
                out.append("Electronically signed by: Dr. ").phi(NAME, radiologist.format(1)).append(", MD on ");
                signedAt(signed);
            }
            case 1 -> {
                LocalDateTime dictated = signed.minusMinutes(5 + random.nextInt(60));
                out.append("Dictated by: ").phi(NAME, radiologist.format(pick(0, 1))).append(", M.D.").newline();
                out.append("Dictated: ");
                signedAt(dictated);
                out.newline().append("Transcribed: ");
                signedAt(signed);
                out.newline().phi(NAME, radiologist.initials()).append('/')
                        .phi(NAME, PhiFormats.letters(random, 2).toLowerCase(Locale.ROOT));
            }
            case 2 -> {
                out.append("Signed: ").phi(NAME, radiologist.format(3)).append(" MD  ");
                signedAt(signed);
            }
            case 3 -> {
                out.append("Resident: Dr. ").phi(NAME, radiologist().format(pick(0, 4))).newline();
                out.append("Attending: Dr. ").phi(NAME, radiologist.format(pick(0, 1))).newline();
                out.append("I have personally reviewed the images and agree with the report above.").newline();
                out.append("Signed ");
                signedAt(signed);
            }
            default -> {
                out.append("Read by: ").phi(NAME, radiologist.format(4)).append(", M.D. (")
                        .phi(DATE, PhiFormats.date(signed.toLocalDate(), dateStyle)).append(')');
            }
        }
    }

    private void footer() {
        Site site = facts.site();
        if (chance(rates.imageUrl())) {
            out.blankLine().append(pick("Images available at: ", "View images: ", "Patient portal: "))
                    .phi(URL, pick("https://pacs.", "https://portal.", "www.", "http://imaging.") + site.webDomain()
                            + pick("/viewer", "/myimaging", "", "/radiology/results"));
        }
        if (chance(rates.contactEmail())) {
            out.blankLine().append(pick("Questions regarding this report: ", "Contact: ", "Email the reading room at "));
            if (chance(0.5)) {
                out.phi(EMAIL, pick("radiology@", "readingroom@", "imaging.questions@") + site.webDomain());
            } else {
                PersonName radiologist = radiologist();
                out.phi(EMAIL, PatientRoster.asciiLetters(radiologist.first()) + "."
                        + PatientRoster.asciiLetters(radiologist.last()) + "@" + site.webDomain());
            }
        }
        if (chance(rates.contactPhone())) {
            out.blankLine().append(pick("Reading room: ", "Please call with questions: ", "Radiology front desk "))
                    .phi(PHONE, phone(site.phoneDigits()));
        }
        if (chance(rates.faxCopy())) {
            out.blankLine().append("cc: ");
            physician(staff.referrer(random.nextInt(StaffDirectory.REFERRERS)));
            boolean parenthesised = chance(0.3);
            out.append(parenthesised ? " (fax: " : pick(", fax ", " via fax to ")).phi(FAX, phone(
                    site.city().areaCode() + (200 + random.nextInt(800)) + PhiFormats.digits(random, 4)));
            if (parenthesised) {
                out.append(')');
            }
        }
        if (chance(rates.workstationIp())) {
            out.blankLine().append(pick("Dictated at workstation ", "Sent from PACS node ", "Source IP: "))
                    .phi(IP_ADDRESS, site.ipPrefix() + random.nextInt(255) + "." + (1 + random.nextInt(254)));
        }
    }

    // ----- small writers ------------------------------------------------------------------------

    private void studyDateTime() {
        LocalDateTime t = facts.studyDatetime();
        out.phi(DATE, PhiFormats.date(t.toLocalDate(), dateStyle));
        if (chance(0.7)) {
            out.append(' ');
            time(t.getHour(), t.getMinute());
        }
    }

    private void signedAt(LocalDateTime when) {
        out.phi(DATE, PhiFormats.date(when.toLocalDate(), dateStyle)).append(' ');
        time(when.getHour(), when.getMinute());
    }

    private void time(int hour, int minute) {
        int timeStyle = random.nextInt(PhiFormats.TIME_STYLES);
        out.phi(TIME, PhiFormats.time(hour, minute, timeStyle));
        if (timeStyle == 2) {
            out.append(" hours");
        }
    }

    private void priorDate(LocalDate studyDate) {
        out.phi(DATE, PhiFormats.date(studyDate.minusDays(30 + random.nextInt(1500)), dateStyle));
    }

    /** "92-year-old" style phrase; only ages over 89 are PHI (digits only). */
    private void agePhrase() {
        int age = facts.age();
        if (age == 0) {
            out.append(1 + random.nextInt(11)).append("-month-old");
            return;
        }
        age(age);
        out.append(pick("-year-old", " year old", " y/o", "yo", " yo", "-yr-old"));
    }

    private void age(int age) {
        if (age > 89) {
            out.phi(AGE, Integer.toString(age));
        } else {
            out.append(age);
        }
    }

    private String sexWord() {
        boolean child = facts.age() < 18;
        return switch (facts.patient().sex()) {
            case "F" -> child ? "girl" : pick("female", "woman", "female");
            case "M" -> child ? "boy" : pick("male", "man", "male");
            default -> "patient";
        };
    }

    private void physician(PersonName name) {
        switch (random.nextInt(4)) {
            case 0 -> out.append("Dr. ").phi(NAME, name.format(pick(0, 1, 4)));
            case 1 -> out.phi(NAME, name.format(pick(0, 1))).append(pick(", MD", ", M.D.", ", DO", " MD"));
            case 2 -> out.phi(NAME, name.format(2)).append(" MD");
            default -> out.append("Dr. ").phi(NAME, name.last());
        }
    }

    private void address(String street, Vocabulary.City city, String zip, String plusFour) {
        out.phi(STREET_ADDRESS, street).append(", ").phi(CITY, city.name()).append(", ");
        out.phi(STATE, chance(0.8) ? city.stateCode() : city.stateName()).append(' ');
        out.phi(ZIP, plusFour != null && chance(0.3) ? zip + "-" + plusFour : zip);
    }

    private PersonName radiologist() {
        return staff.radiologist(facts.site(), random.nextInt(StaffDirectory.RADIOLOGISTS_PER_SITE));
    }

    private String phone(String digits) {
        return PhiFormats.phone(digits, random.nextInt(PhiFormats.PHONE_STYLES));
    }

    private int anyDateStyle() {
        return random.nextInt(PhiFormats.DATE_STYLES);
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private int pick(int... options) {
        return options[random.nextInt(options.length)];
    }

    private <T> T pickFrom(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
