package io.radlake.deid.detect;

import io.radlake.deid.detect.PatternRule.Check;
import io.radlake.phi.PhiCategory;

import java.util.ArrayList;
import java.util.List;

import static io.radlake.phi.PhiCategory.*;

/**
 * The shape rules of the pattern pass, in priority order: when one match is accepted by several rules, the first
 * one names it. Expressions read folded text (lower case, see {@link Chars}).
 */
public final class PatternRules {

    // ----- building blocks ----------------------------------------------------------------------

    private static final String MONTH_FULL =
            "(january|february|march|april|may|june|july|august|september|october|november|december)";
    private static final String MONTH_ABBR = "((jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?)";
    private static final String MONTH = "(" + MONTH_FULL + "|" + MONTH_ABBR + ")";
    private static final String MONTH_ABBR3 = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)";
    /** "Friday, March 24, 2023": the weekday belongs to the date. */
    private static final String WEEKDAY = "((monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed"
            + "|thu|thur|thurs|fri|sat|sun)\\.?,? )";
    private static final String MONTH_NUM = "(0?[1-9]|1[0-2])";
    private static final String DAY = "(0?[1-9]|[12][0-9]|3[01])";
    private static final String ORDINAL = "(st|nd|rd|th)";
    private static final String YEAR4 = "(1[89][0-9][0-9]|20[0-9][0-9])";
    private static final String YEAR = "(" + YEAR4 + "|[0-9][0-9])";
    private static final String AM_PM = "(am|pm|a\\.m\\.|p\\.m\\.)";
    private static final String HHMM = "(([01][0-9]|2[0-3])[0-5][0-9])";
    private static final String AGE_OVER_89 = "(9[0-9]|1[01][0-9])";
    /** An identifier value: letters, digits and inner dashes, with at least one digit. */
    private static final String ID = "(([a-z]+\\-)*[a-z0-9]*[0-9][a-z0-9]*(\\-[a-z0-9]+)*)";
    /** After a label: "#", ":", or the dot leaders of fixed-width headers ("MED REC NO.......: "). */
    private static final String LABEL_END = "\\.*( ?\\#)?( ?:)? *";
    private static final String PHONE_NUMBER = "((\\+?1[ \\-.]?)?(\\([0-9]{3}\\) ?|[0-9]{3}[ \\-.])[0-9]{3}[ \\-.][0-9]{4}"
            + "( ?(x|ext\\.?) ?[0-9]{1,5})?)";
    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final String STATE_CODES = "(al|ak|az|ar|ca|co|ct|de|dc|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi"
            + "|mn|ms|mo|mt|ne|nv|nh|nj|nm|ny|nc|nd|oh|ok|or|pa|pr|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy)";
    private static final String STATE_NAMES = "(alabama|alaska|arizona|arkansas|california|colorado|connecticut"
            + "|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine"
            + "|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada"
            + "|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon"
            + "|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia"
            + "|washington|west virginia|wisconsin|wyoming|district of columbia|puerto rico)";
    private static final String STREET_WORD = "([a-z][a-z'\\-]*\\.?|[0-9]+(st|nd|rd|th))";
    private static final String STREET_SUFFIX = "((street|st|avenue|ave|av|road|rd|drive|dr|lane|ln|court|boulevard"
            + "|blvd|way|place|pl|terrace|ter|circle|cir|parkway|pkwy|highway|hwy|square|sq|trail|trl|pike|plaza"
            + "|alley|crescent|loop|row)\\.?)";
    private static final String STREET_UNIT = "(,? (apt|apartment|unit|suite|ste|\\#|room|rm|floor|fl|building|bldg)\\.? ?\\#?"
            + " ?([0-9]+[a-z]?|[a-z]))";
    /** "900 Pacific Ave NE": a compass direction after the street type. */
    private static final String DIRECTION = "( (n|s|e|w|ne|nw|se|sw|north|south|east|west)\\.?)";

    private PatternRules() {
    }

    /** The standard rule set: dates, times, ages over 89, labelled identifiers, contacts, addresses, initials. */
    public static List<PatternRule> standard() {
        List<PatternRule> rules = new ArrayList<>();
        // Labelled identifiers first: the label decides the category of an otherwise ambiguous number.
        // Before the labelled ids: "Boise, ID 83712" is Idaho and a ZIP code, not an id label.
        rules.add(new PatternRule("zip.after-state", ZIP, "((" + STATE_CODES + "|" + STATE_NAMES + "),? +)",
                "([0-9]{5}(\\-[0-9]{4})?)", null, STATE, Check.UPPER_CASE_PREFIX));
        labelled(rules, "id.mrn-label", MRN, "(mrn|mr\\#|mr \\#|mr no|mr number|med rec|med rec no|med\\. rec\\.|medical record"
                + "|medical record number|medical record no|patient id|pt id|unit number|unit no|unit ?\\#|hospital number"
                + "|hosp no|chart number|chart no|chart)", ID, Check.MIN_FOUR_CHARS);
        labelled(rules, "id.accession-label", ACCESSION, "(accession|accession number|accession no|acc|acc no"
                + "|accn|acc\\.|acc\\. no|rpt|rpt no|report ?\\#|report no|report number|report id)", ID, Check.MIN_FOUR_CHARS);
        labelled(rules, "id.ssn-label", SSN, "(ssn|ss\\#|ss \\#|ss no|social security|social security number"
                + "|social security no)", "([0-9]{3}[\\- ]?[0-9]{2}[\\- ]?[0-9]{4})", Check.NONE);
        labelled(rules, "id.serial-label", DEVICE_SERIAL, "(s/n|sn|serial|serial number|serial no|device serial"
                + "|device id|device sn|scanner id|serial\\#|lot|lot number|lot no|device lot)", ID, Check.MIN_FOUR_CHARS);
        labelled(rules, "id.other-label", OTHER_ID, "(member id|member|member no|member number|policy|policy number"
                + "|policy no|policy id|subscriber id|subscriber|subscriber no|group|group number|group no"
                + "|insurance id|insurance no|encounter|encounter id|encounter number|encounter no|visit|visit id"
                + "|visit number|visit no|fin|fin no|account|account number|account no|acct|acct no|order"
                + "|order number|order no|order id|ref|ref no|reference|reference number|reference no|csn|har"
                + "|claim|claim number|claim no|requisition|requisition no|case|case number|case no|study id"
                + "|specimen|specimen no|id|id no|id number|ticket|authorization|auth|auth no|prior auth"
                + "|referral number|referral no|confirmation number|confirmation no|npi|npi no|npi number|medicare"
                + "|medicare id|medicare no|medicaid|medicaid id|mbi|employee id|badge)", ID, Check.MIN_FOUR_CHARS);
        rules.add(new PatternRule("fax.label", FAX, "(((via )?fax( to| number| no\\.?| \\#)?|facsimile|f)( ?\\#)?( ?:)? *)",
                "(" + PHONE_NUMBER + "|[0-9]{10})", null, null, Check.NONE));
        rules.add(new PatternRule("phone.label", PHONE, "((phone|telephone|tel|ph|cell|mobile|pager|home phone"
                + "|work phone|contact|contact number|callback|call back|call|at|p)\\.?( ?\\#)?( ?:)? *)",
                "([0-9]{10}|[0-9]{3}[\\-.][0-9]{4})", null, null, Check.NONE));
        rules.add(new PatternRule("phone.extension", PHONE, "((pager|beeper|ext|extension|x)\\.?( ?\\#)?( ?:)? *)",
                "([0-9]{1,2}\\-[0-9]{4}|[0-9]{4,5})", null, null, Check.NONE));
        rules.add(new PatternRule("zip.label", ZIP, "((zip|zip code|postal code)( ?:)? *)",
                "([0-9]{5}(\\-[0-9]{4})?)", null, null, Check.NONE));
        rules.add(new PatternRule("age.label", AGE, "((age|aged|age/sex|age/gender)" + LABEL_END + ")", AGE_OVER_89, null,
                null, Check.NONE));
        // "Time: 1923", "TIME....: 0704": a label makes four digits a clock time.
        rules.add(new PatternRule("time.label", TIME, "((time|exam time|study time|time of exam|time of injection"
                + "|date/time|exam date/time)" + LABEL_END + ")", HHMM, null, null, Check.NONE));

        // Shapes.
        rules.add(shape("id.ssn-shape", SSN, "([0-9]{3}\\-[0-9]{2}\\-[0-9]{4})"));
        rules.add(shape("id.accession-shape", ACCESSION, "(acc\\-[a-z0-9]*[0-9][a-z0-9]*(\\-[a-z0-9]+)*)"));
        rules.add(shape("email.shape", EMAIL,
                "([a-z0-9._%+\\-]+\\@[a-z0-9\\-]+(\\.[a-z0-9\\-]+)*\\.[a-z]{2,})"));
        rules.add(new PatternRule("url.scheme", URL, null,
                "((https?://|ftp://|www\\.)[a-z0-9\\-._~:/?\\#\\[\\]\\@!$\\&'*+,;=%]+)", null, null,
                Check.TRIM_TRAILING_PUNCTUATION));
        rules.add(new PatternRule("url.domain", URL, null, "([a-z0-9\\-]+(\\.[a-z0-9\\-]+)*\\.(com|org|net|edu|gov"
                + "|us|io|info|health|care)(/[a-z0-9\\-._~:/?\\#=%\\&]*)?)", null, null,
                Check.TRIM_TRAILING_PUNCTUATION));
        // "CVH00230881", "(RG-4471602)": capital letters then six or more digits, unlabelled; most often an MRN.
        rules.add(new PatternRule("id.bare-shape", MRN, null, "([a-z]{1,4}\\-?[0-9]{6,12})", null, null,
                Check.UPPER_CASE_LETTERS));
        rules.add(shape("ip.v4", IP_ADDRESS, "(" + OCTET + "(\\." + OCTET + "){3})"));
        rules.add(shape("phone.shape", PHONE, PHONE_NUMBER));
        // Ten digits in North American numbering (area and exchange codes start 2-9): a phone number, not an id.
        rules.add(shape("phone.ten-digits", PHONE, "((\\+?1 ?)?[2-9][0-9][0-9][2-9][0-9]{6})"));

        rules.add(shape("date.iso", DATE, "(" + YEAR4 + "\\-" + MONTH_NUM + "\\-" + DAY + "|" + YEAR4 + "/"
                + MONTH_NUM + "/" + DAY + "|" + YEAR4 + "\\." + MONTH_NUM + "\\." + DAY + ")"));
        rules.add(shape("date.mdy-numeric", DATE, "(" + MONTH_NUM + "/" + DAY + "/" + YEAR + "|" + MONTH_NUM + "\\-"
                + DAY + "\\-" + YEAR + "|" + MONTH_NUM + "\\." + DAY + "\\." + YEAR + ")"));
        rules.add(shape("date.dmy-numeric", DATE, "(" + DAY + "/" + MONTH_NUM + "/" + YEAR + "|" + DAY + "\\-"
                + MONTH_NUM + "\\-" + YEAR + "|" + DAY + "\\." + MONTH_NUM + "\\." + YEAR4 + ")"));
        rules.add(shape("date.compact", DATE, "((19|20)[0-9][0-9](0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01]))"));
        rules.add(shape("date.month-name", DATE, "(" + WEEKDAY + "?" + MONTH + " ?" + DAY + ORDINAL + "?(,? +" + YEAR4
                + ")?)"));
        rules.add(shape("date.day-month", DATE, "(" + DAY + ORDINAL + "?( of)? " + MONTH + ",? +" + YEAR4 + "|"
                + DAY + "\\-" + MONTH_ABBR3 + "\\-" + YEAR + "|" + DAY + MONTH_ABBR3 + YEAR4 + ")"));
        rules.add(shape("date.month-year", DATE, "(" + MONTH + ",? +" + YEAR4 + "|" + MONTH_NUM + "/" + YEAR4 + "|"
                + MONTH_ABBR3 + "\\-" + YEAR4 + ")"));
        rules.add(new PatternRule("date.month-day-context", DATE, "((on|dated|from|since|of) )",
                "(" + MONTH_NUM + "/" + DAY + ")", null, null, Check.NONE));

        rules.add(new PatternRule("time.clock", TIME, null, "((0?[0-9]|1[0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?( ?" + AM_PM
                + ")?)", null, null, Check.NOT_CLOCK_POSITION));
        rules.add(shape("time.hour-am-pm", TIME, "((1[0-2]|0?[1-9]) ?" + AM_PM + ")"));
        rules.add(new PatternRule("time.military-hours", TIME, null, HHMM, "( ?(hours|hrs|hr|h)\\.?)", null,
                Check.NONE));
        rules.add(new PatternRule("time.military-at", TIME, "((at|\\@) )", HHMM, null, null, Check.NONE));

        rules.add(new PatternRule("age.year-old", AGE, null, AGE_OVER_89, "((\\-| )?(year|years|yr|yrs|y)(\\-| )old"
                + "|(\\-| )?(y/o|y\\.o\\.|yo|yrs|years)|\\-year|y)", null, Check.NONE));
        rules.add(new PatternRule("age.sex", AGE, null, AGE_OVER_89, "( ?(f|m))", null, Check.NOT_ISOTOPE));

        rules.add(new PatternRule("address.street", STREET_ADDRESS, null, "([0-9]{1,6}[a-z]? (" + STREET_WORD
                + " ){0,4}" + STREET_SUFFIX + DIRECTION + "?" + STREET_UNIT + "?|p\\.? ?o\\.? box [0-9]+)", null, null,
                Check.CAPITALISED_WORDS));
        rules.add(new PatternRule("name.dictation-initials", PhiCategory.NAME, null, "([a-z]{2,4}/[a-z]{2,4})",
                null, null, Check.DICTATION_INITIALS));
        return List.copyOf(rules);
    }

    private static void labelled(List<PatternRule> rules, String name, PhiCategory category, String label,
                                 String value, Check check) {
        rules.add(new PatternRule(name, category, "(" + label + LABEL_END + ")", value, null, null, check));
    }

    private static PatternRule shape(String name, PhiCategory category, String value) {
        return new PatternRule(name, category, null, value, null, null, Check.NONE);
    }
}
