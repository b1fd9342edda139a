package io.radlake.corpus;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Scanner manufacturers and models per modality; serial numbers are stable per (corpus, site, model). */
final class Scanners {

    record Scanner(String manufacturer, String model, String serialPrefix) {
    }

    private static final Map<String, List<Scanner>> BY_MODALITY = Map.of(
            "CT", List.of(new Scanner("Siemens Healthineers", "SOMATOM Force", "SN"),
                    new Scanner("Siemens Healthineers", "SOMATOM Definition AS+", "SN"),
                    new Scanner("GE Healthcare", "Revolution CT", "GECT"),
                    new Scanner("GE Healthcare", "LightSpeed VCT", "GECT"),
                    new Scanner("Philips", "IQon Spectral CT", "PHC"),
                    new Scanner("Canon Medical Systems", "Aquilion ONE", "CMS")),
            "MR", List.of(new Scanner("Siemens Healthineers", "MAGNETOM Vida 3T", "SN"),
                    new Scanner("Siemens Healthineers", "MAGNETOM Aera 1.5T", "SN"),
                    new Scanner("GE Healthcare", "SIGNA Premier 3T", "GEMR"),
                    new Scanner("GE Healthcare", "SIGNA Artist 1.5T", "GEMR"),
                    new Scanner("Philips", "Ingenia 3.0T", "PHM"),
                    new Scanner("Canon Medical Systems", "Vantage Orian 1.5T", "CMS")),
            "CR", List.of(new Scanner("Fujifilm", "FDR D-EVO II", "FJ"),
                    new Scanner("Carestream", "DRX-Evolution Plus", "CS"),
                    new Scanner("GE Healthcare", "Definium 656 HD", "GEXR"),
                    new Scanner("Philips", "DigitalDiagnost C90", "PHX"),
                    new Scanner("Siemens Healthineers", "Ysio Max", "SN")),
            "US", List.of(new Scanner("GE Healthcare", "LOGIQ E10", "GEUS"),
                    new Scanner("Philips", "EPIQ Elite", "PHU"),
                    new Scanner("Siemens Healthineers", "ACUSON Sequoia", "SN"),
                    new Scanner("Canon Medical Systems", "Aplio i800", "CMS")),
            "MG", List.of(new Scanner("Hologic", "Selenia Dimensions", "HOL"),
                    new Scanner("Hologic", "3Dimensions", "HOL"),
                    new Scanner("GE Healthcare", "Senographe Pristina", "GEMG"),
                    new Scanner("Siemens Healthineers", "MAMMOMAT Revelation", "SN"),
                    new Scanner("Fujifilm", "ASPIRE Cristalle", "FJ")));

    private Scanners() {
    }

    /** The site's own vendor most of the time, when that vendor makes this modality. */
    static Scanner pick(Site site, String modality, SplittableRandom random) {
        List<Scanner> options = BY_MODALITY.get(modality);
        if (random.nextInt(10) < 7) {
            // Deterministic per site so a site keeps "its" machine for this modality.
            int preferred = -1;
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).manufacturer().equals(site.primaryVendor())) {
                    preferred = i;
                    break;
                }
            }
            if (preferred >= 0) {
                return options.get(preferred);
            }
            return options.get(site.index() % options.size());
        }
        return options.get(random.nextInt(options.size()));
    }

    /** Same physical machine, same serial, in every report of the corpus. */
    static String serial(long seed, Site site, Scanner scanner) {
        long key = site.index() * 1_000L + (scanner.model().hashCode() & 0x3ff);
        long digits = Long.remainderUnsigned(Seeds.derive(seed, Seeds.SCANNER, key), 1_000_000L);
        return scanner.serialPrefix() + PhiFormats.padded(digits, 6);
    }
}
