package io.radlake.corpus;

import java.util.List;

import static io.radlake.corpus.ClinicalLibrary.*;

/** The six synthetic reporting sites, each with its own exam mix and house style. */
final class Sites {

    private Sites() {
    }

    private static Vocabulary.City city(String name) {
        return Vocabulary.CITIES.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown city: " + name));
    }

    private static Weighted<String> encounters(double inpatient, double outpatient, double emergency) {
        return Weighted.<String>builder().add(inpatient, "inpatient").add(outpatient, "outpatient")
                .add(emergency, "emergency").build();
    }

    /** General hospital: chest films dominate; classic upper-case headers on their own line. */
    static final Site SITE_A = new Site(0, "SITE-A", "St. Mary's Regional Medical Center", "Department of Radiology",
            "1200 N. Walnut Street", city("Springfield"), "62702", "2175550100", "2175550199", "stmarys-health.org",
            "10.24.", 0,
            Weighted.<ExamType>builder().add(30, CR_CHEST).add(8, CT_HEAD).add(8, CT_CHEST).add(10, CT_ABDOMEN)
                    .add(6, US_ABDOMEN).add(5, MR_HEAD).add(4, CR_ABDOMEN).add(4, CR_KNEE).add(3, CR_SPINE)
                    .add(5, MG_BREAST).add(4, US_PELVIS).add(3, CT_SPINE).add(3, MR_SPINE).add(2, US_NECK)
                    .add(3, CR_PELVIS).add(2, US_KNEE).add(1, CR_SHOULDER).build(),
            encounters(35, 45, 20), "Siemens Healthineers",
            new SiteStyle(List.of("INDICATION", "CLINICAL HISTORY"), List.of("TECHNIQUE"), List.of("COMPARISON"),
                    List.of("FINDINGS"), List.of("IMPRESSION"), false, 0.85, false, 0.15, 0.8, 0.05, 0.15, 0.01,
                    0.5, 0.8, 0, 0),
            new IdentifierRates(0.02, 0.08, 0.08, 0.02, 0.06, 0.2, 0.1, 0.05, 0.15, 0.1, 0.1, 0.08, 0.3, 0.04));

    /** Outpatient imaging centre: MR-heavy, mixed-case inline headers ("Findings: ..."). */
    static final Site SITE_B = new Site(1, "SITE-B", "Lakeside Community Hospital", "Lakeside Imaging Department",
            "450 Lakeshore Drive", city("Madison"), "53703", "6085550142", "6085550143", "lakesideimaging.com",
            "192.168.", 1,
            Weighted.<ExamType>builder().add(12, MR_KNEE).add(10, MR_SPINE).add(8, MR_SHOULDER).add(10, MR_HEAD)
                    .add(5, MR_PELVIS).add(8, US_ABDOMEN).add(6, US_PELVIS).add(5, US_NECK).add(8, CT_ABDOMEN)
                    .add(6, CT_CHEST).add(6, CR_CHEST).add(4, US_KNEE).add(4, US_BREAST).add(4, MG_BREAST).build(),
            encounters(5, 90, 5), "GE Healthcare",
            new SiteStyle(List.of("Clinical History", "Indication"), List.of("Technique"), List.of("Comparison"),
                    List.of("Findings"), List.of("Impression"), true, 0.2, true, 0.6, 0.9, 0.0, 0.05, 0.02,
                    0.7, 0.6, 3, 1),
            new IdentifierRates(0.01, 0.12, 0.15, 0.06, 0.12, 0.05, 0.2, 0.04, 0.25, 0.15, 0.2, 0.12, 0.15, 0.05));

    /** Women's imaging: mammography and breast/pelvic ultrasound, "CONCLUSION" instead of "IMPRESSION". */
    static final Site SITE_C = new Site(2, "SITE-C", "Mercy General Hospital", "Mercy Women's Imaging Center",
            "4001 J Street", city("Sacramento"), "95819", "9165550177", "9165550178", "mercy-imaging.org", "172.16.",
            2,
            Weighted.<ExamType>builder().add(35, MG_BREAST).add(18, US_BREAST).add(14, US_PELVIS).add(8, CR_CHEST)
                    .add(8, US_NECK).add(6, US_ABDOMEN).add(4, MR_PELVIS).add(3, CT_CHEST).build(),
            encounters(5, 93, 2), "Hologic",
            new SiteStyle(List.of("CLINICAL HISTORY", "HISTORY"), List.of("TECHNIQUE", "EXAM TECHNIQUE"),
                    List.of("COMPARISON", "PRIOR STUDIES"), List.of("FINDINGS"), List.of("CONCLUSION"), false, 0.7,
                    false, 0.2, 0.7, 0.1, 0.2, 0.01, 0.6, 0.7, 9, 4),
            new IdentifierRates(0.03, 0.15, 0.12, 0.05, 0.2, 0.03, 0.1, 0.03, 0.1, 0.08, 0.15, 0.1, 0.05, 0.06));

    /** Emergency radiology: CT head and chest films, terse inline upper-case headers, many critical calls. */
    static final Site SITE_D = new Site(3, "SITE-D", "Northshore University Hospital", "Northshore Emergency Radiology",
            "2650 Ridge Avenue", city("Evanston"), "60201", "8475550110", "8475550111", "northshore-uh.org", "10.8.",
            3,
            Weighted.<ExamType>builder().add(22, CT_HEAD).add(22, CR_CHEST).add(12, CT_ABDOMEN).add(8, CT_SPINE)
                    .add(6, CT_CHEST).add(6, US_ABDOMEN).add(4, US_PELVIS).add(4, CR_PELVIS).add(4, CR_KNEE)
                    .add(3, CR_SHOULDER).add(3, US_KNEE).add(3, CR_ABDOMEN).add(2, MR_HEAD).build(),
            encounters(15, 5, 80), "Canon Medical Systems",
            new SiteStyle(List.of("REASON FOR EXAM", "HISTORY"), List.of("TECHNIQUE"), List.of("COMPARISON"),
                    List.of("FINDINGS"), List.of("IMPRESSION"), false, 0.1, true, 0.05, 0.6, 0.3, 0.3, 0.02,
                    0.2, 0.9, 1, 2),
            new IdentifierRates(0.02, 0.05, 0.1, 0.01, 0.05, 0.35, 0.05, 0.1, 0.05, 0.03, 0.08, 0.04, 0.5, 0.06));

    /** Orthopaedic institute: joints and spine; headers on their own line without colons now and then. */
    static final Site SITE_E = new Site(4, "SITE-E", "Riverside Orthopedic and Spine Institute", "Musculoskeletal Imaging",
            "7750 Canyon Crest Drive", city("Riverside"), "92507", "9515550121", "9515550122", "riverside-ortho.com",
            "192.168.", 2,
            Weighted.<ExamType>builder().add(18, MR_KNEE).add(14, MR_SHOULDER).add(16, MR_SPINE).add(12, CR_KNEE)
                    .add(10, CR_SPINE).add(8, CR_SHOULDER).add(8, CR_PELVIS).add(6, CT_SPINE).add(5, US_KNEE).build(),
            encounters(5, 90, 5), "Philips",
            new SiteStyle(List.of("History", "Clinical Info"), List.of("Technique"), List.of("Comparison"),
                    List.of("Findings"), List.of("Impression", "Conclusion"), true, 0.9, false, 0.7, 0.85, 0.0, 0.1,
                    0.01, 0.4, 0.5, 4, 3),
            new IdentifierRates(0.01, 0.1, 0.1, 0.08, 0.15, 0.05, 0.15, 0.03, 0.2, 0.1, 0.1, 0.2, 0.03, 0.04));

    /** Community hospital on a legacy RIS with voice recognition: all caps, wrapped, dictation artefacts. */
    static final Site SITE_F = new Site(5, "SITE-F", "Summit Valley Medical Center", "Summit Valley Radiology Associates",
            "190 E. Bannock Street", city("Boise"), "83712", "2085550160", "2085550161", "summitvalleymc.org",
            "10.110.", 1,
            Weighted.<ExamType>builder().add(20, CR_CHEST).add(10, CT_CHEST).add(12, CT_ABDOMEN).add(8, CT_HEAD)
                    .add(6, MR_HEAD).add(5, MR_SPINE).add(6, US_ABDOMEN).add(4, US_NECK).add(5, MG_BREAST)
                    .add(3, MR_PELVIS).add(4, CR_ABDOMEN).add(3, US_PELVIS).add(3, CR_SPINE).add(2, MR_KNEE)
                    .add(2, MR_SHOULDER).add(2, US_BREAST).build(),
            encounters(30, 40, 30), "GE Healthcare",
            new SiteStyle(List.of("REASON FOR EXAM", "CLINICAL INFO"), List.of("TECHNIQUE"), List.of("COMPARISON"),
                    List.of("FINDINGS"), List.of("IMPRESSION"), false, 0.5, false, 0.1, 0.95, 0.55, 0.6, 0.08,
                    0.3, 0.7, 6, 1),
            new IdentifierRates(0.04, 0.1, 0.12, 0.03, 0.1, 0.15, 0.12, 0.12, 0.1, 0.05, 0.1, 0.1, 0.25, 0.1));

    static final List<Site> ALL = List.of(SITE_A, SITE_B, SITE_C, SITE_D, SITE_E, SITE_F);
}
