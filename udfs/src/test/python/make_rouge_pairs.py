#!/usr/bin/python3
"""Builds the ROUGE agreement fixture's input: golden/rouge/pairs.jsonl.

Pairs come from two places:
  * synthetic radiology reports (io.radlake.corpus.ReportGenerator), dumped NUL-separated by DumpReports.java;
    their impressions and findings give realistic reference/prediction pairs, perturbed here with a seeded RNG;
  * hand-written edge cases: empty sides, punctuation only, unicode, numbers, hyphens, repeated tokens,
    multi-line summaries, several equally long LCS, and words that hit every rule of NLTK's Porter stemmer.

Usage (from the repository root, after `mvn -o -pl udfs compile`):
  java -cp udfs/target/classes udfs/src/test/python/DumpReports.java 20240611 600 > /tmp/reports.bin
  /usr/bin/python3 udfs/src/test/python/make_rouge_pairs.py /tmp/reports.bin udfs/src/test/resources/golden/rouge/pairs.jsonl
Then run make_rouge_golden.py to produce expected.jsonl and stems.jsonl.
"""
import json
import random
import re
import sys

SEED = 61106

IMPRESSION = re.compile(r"^(?:IMPRESSION/RECOMMENDATION|IMPRESSION|CONCLUSION)\s*:?[ \t]*\n?(.*?)(?:\n[ \t]*\n|\Z)",
                        re.S | re.M | re.I)
FINDINGS = re.compile(r"^(?:FINDINGS/DISCUSSION|FINDINGS|REPORT)\s*:?[ \t]*\n?(.*?)(?:\n[ \t]*\n|\Z)",
                      re.S | re.M | re.I)

# Radiology paraphrase swaps; several change only the suffix so stemming matters.
SWAPS = [
    ("opacity", "opacities"), ("effusion", "effusions"), ("effusion", "fluid"), ("small", "trace"),
    ("no", "without"), ("normal", "unremarkable"), ("calcified", "calcification"), ("calcified", "calcifications"),
    ("consolidation", "consolidative opacity"), ("likely", "probably"), ("likely", "most likely"),
    ("atelectasis", "atelectatic change"), ("enlarged", "enlargement of the"), ("mild", "minimal"),
    ("degenerative", "degeneration"), ("recommend", "recommended"), ("recommend", "recommending"),
    ("right", "left"), ("lobe", "lobes"), ("nodule", "nodules"), ("fracture", "fractures"),
    ("fracture", "fractured"), ("pneumonia", "infection"), ("evidence", "evidences"), ("acute", "acutely"),
    ("stable", "stability"), ("cardiomegaly", "enlarged heart"), ("pneumothorax", "pneumothoraces"),
    ("is", "are"), ("the", "a"), ("with", "and"), ("changes", "changed"), ("change", "changing"),
]
FILLERS = ["again", "noted", "redemonstrated", "unchanged", "interval", "also", "otherwise", "overall", "and",
           "the", "of", "there", "is", "no", "significant", "new", "seen", "in", "findings", "consistent"]
STEM_WORDS = [
    "generously", "dying", "lying", "sky", "news", "proceed", "succeed", "ponies", "caresses", "agreed", "feed",
    "conditional", "rational", "valency", "hesitancy", "digitizer", "conformabli", "radically", "differently",
    "vileli", "analogousli", "vietnamization", "predication", "operator", "feudalism", "decisiveness",
    "hopefulness", "callousness", "formaliti", "sensitiviti", "sensibiliti", "triplicate", "formative",
    "formalize", "electriciti", "electrical", "hopeful", "goodness", "revival", "allowance", "inference",
    "airliner", "gyroscopic", "adjustable", "defensible", "irritant", "replacement", "adjustment", "dependent",
    "adoption", "homologou", "communism", "activate", "angulariti", "homologous", "effective", "bowdlerize",
    "probate", "rate", "cease", "controll", "roll",
    "opacities", "effusions", "atelectasis", "consolidation", "cardiomegaly", "pneumothorax", "degenerative",
    "calcified", "unremarkable",
]
# Related forms so stemming changes the overlap, not only the tokens.
STEM_VARIANTS = [
    "generous", "die", "lie", "skies", "proceeding", "succeeded", "pony", "caress", "agree", "feeding",
    "condition", "rationally", "valence", "hesitance", "digitize", "conformable", "radical", "different", "vile",
    "analogous", "vietnamize", "predicate", "operate", "feudal", "decisive", "hopefully", "callous", "formal",
    "sensitive", "sensible", "triplication", "form", "formalization", "electric", "electricity", "hope", "good",
    "revive", "allow", "infer", "airline", "gyroscope", "adjust", "defend", "irritate", "replace", "adjusted",
    "depend", "adopt", "homology", "communist", "activation", "angular", "homologies", "effect", "bowdler",
    "probation", "rated", "ceased", "controlled", "rolling", "opacity", "effusion", "atelectatic",
    "consolidated", "cardiomegalies", "pneumothoraces", "degeneration", "calcification", "remarkable",
]
SUFFIXES = ["ational", "tional", "enci", "anci", "izer", "bli", "abli", "alli", "entli", "eli", "ousli",
            "ization", "ation", "ator", "alism", "iveness", "fulness", "ousness", "aliti", "iviti", "biliti",
            "fulli", "logi", "icate", "ative", "alize", "iciti", "ical", "ful", "ness", "al", "ance", "ence",
            "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "sion", "tion", "ion", "ou", "ism", "ate",
            "iti", "ous", "ive", "ize", "e", "ll", "ies", "ied", "eed", "ed", "ing", "sses", "ss", "s", "y",
            "ying", "ely", "ly"]
ROOTS = ["rel", "cond", "val", "hesit", "digit", "conform", "radic", "differ", "vil", "analog", "vietnam",
         "predic", "oper", "feud", "decis", "hope", "callous", "form", "sensit", "sensib", "tripl", "electr",
         "good", "reviv", "allow", "infer", "airlin", "gyroscop", "adjust", "defens", "irrit", "replac",
         "depend", "adopt", "homolog", "commun", "activ", "angular", "effect", "bowdler", "prob", "r", "ce",
         "contr", "ro", "fe", "agr", "pon", "car", "sk", "ty", "hop", "fil", "fall", "hiss", "fizz", "tann",
         "troubl", "siz", "conflat", "motor", "plaster", "bl", "happ", "enjo", "sp", "fl", "tr", "geo", "theo",
         "archaeo", "philo", "opac", "effus", "ateleca", "consolid", "cardiomegal", "pneumothorac", "degener",
         "calcif", "remark", "nodul", "lesion", "fractur", "thicken", "enhanc", "scar", "mass", "cyst"]


def sections(text, pattern):
    match = pattern.search(text)
    return match.group(1).strip() if match else ""


def perturb(text, rng):
    """A paraphrase-like edit: swaps, drops, insertions, case and punctuation changes."""
    lines = text.split("\n")
    if len(lines) > 1 and rng.random() < 0.3:
        rng.shuffle(lines)
    out = []
    for line in lines:
        words = line.split(" ")
        edited = []
        for word in words:
            roll = rng.random()
            bare = word.lower().strip(".,;:")
            if roll < 0.08:
                continue
            if roll < 0.30:
                for old, new in SWAPS:
                    if bare == old:
                        word = new
                        break
                    if bare == new and rng.random() < 0.5:
                        word = old
                        break
            edited.append(word)
            if rng.random() < 0.05:
                edited.append(rng.choice(FILLERS))
        line = " ".join(edited)
        if rng.random() < 0.2:
            line = line.upper()
        elif rng.random() < 0.2:
            line = line.lower()
        if rng.random() < 0.2:
            line = line.replace(".", ";").replace(",", " -")
        out.append(line)
    joiner = "\n" if rng.random() < 0.7 else " "
    return joiner.join(out)


def impression_pairs(reports, rng):
    impressions = [sections(r, IMPRESSION) for r in reports]
    findings = [sections(r, FINDINGS) for r in reports]
    pairs = []
    usable = [i for i, imp in enumerate(impressions) if imp]
    for k, i in enumerate(usable[:260]):
        pairs.append(("impression-paraphrase", impressions[i], perturb(impressions[i], rng)))
    for i in usable[260:340]:
        j = rng.choice(usable)
        pairs.append(("impression-other-report", impressions[i], impressions[j]))
    with_findings = [i for i in usable if findings[i]]
    for i in with_findings[:90]:
        pairs.append(("impression-vs-findings", impressions[i], findings[i]))
    for k in range(40):
        # Long texts: several findings sections joined, so LCS inputs exceed 64 and 128 tokens.
        chosen = rng.sample(with_findings, 4)
        reference = "\n".join(findings[i] for i in chosen)
        prediction = perturb(reference, rng) if k % 2 == 0 else "\n".join(findings[i] for i in rng.sample(with_findings, 3))
        pairs.append(("long-findings", reference, prediction))
    for k in range(30):
        i = rng.choice(usable)
        pairs.append(("impression-identical", impressions[i], impressions[i]))
    return pairs


def random_token_pairs(rng):
    """Small alphabets and many lines: many equally long LCS, so Lsum's choice of LCS changes its score."""
    pairs = []
    for k in range(120):
        alphabet = "abcde"[: rng.randint(2, 5)]
        def summary():
            lines = []
            for _ in range(rng.randint(1, 4)):
                lines.append(" ".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9))))
            return "\n".join(lines)
        pairs.append(("random-tokens", summary(), summary()))
    for k in range(20):
        # Longer random sequences, single line, for the bit-parallel LCS past one 64-bit word.
        alphabet = ["w%d" % i for i in range(rng.randint(3, 12))]
        ref = " ".join(rng.choice(alphabet) for _ in range(rng.randint(60, 200)))
        pred = " ".join(rng.choice(alphabet) for _ in range(rng.randint(60, 200)))
        pairs.append(("random-long", ref, pred))
    return pairs


def stemming_pairs(rng):
    pairs = []
    for k in range(0, len(STEM_WORDS), 4):
        words = STEM_WORDS[k:k + 4]
        variants = STEM_VARIANTS[k:k + 4]
        pairs.append(("stemming", "The " + " and ".join(words) + ".", "the " + " and ".join(variants)))
        pairs.append(("stemming", " ".join(variants).upper(), " ".join(reversed(words))))
    for k in range(30):
        words = [rng.choice(ROOTS) + rng.choice(SUFFIXES) for _ in range(rng.randint(3, 10))]
        others = [rng.choice(ROOTS) + rng.choice(SUFFIXES) for _ in range(rng.randint(3, 10))]
        pairs.append(("stemming-synthetic", " ".join(words), " ".join(words[::2] + others)))
    return pairs


HANDWRITTEN = [
    ("empty", "", ""),
    ("empty", "No acute cardiopulmonary process.", ""),
    ("empty", "", "No acute cardiopulmonary process."),
    ("empty", "   ", "no acute process"),
    ("empty", "\n\n", "\n"),
    ("empty", "No acute process.", "\n\n\n"),
    ("punctuation", "...", "!!!"),
    ("punctuation", "- - -", "No effusion."),
    ("punctuation", "No effusion.", "?;:,"),
    ("punctuation", "(), [], {}", "(), [], {}"),
    ("punctuation", "a.b.c", "a b c"),
    ("punctuation", "well-defined, non-calcified nodule", "well defined noncalcified nodule"),
    ("unicode", "Pleural effusión, café-au-lait spots.", "pleural effusion cafe au lait spots"),
    ("unicode", "Ödem der Lunge, naïve Ansicht", "odem der lunge naive ansicht"),
    ("unicode", "肺部没有异常", "no abnormality 肺部"),
    ("unicode", "Отёк лёгких не выявлен", "no edema"),
    ("unicode", "İstanbul İzmir", "i stanbul izmir"),
    ("unicode", "\u212Aelvin scale 300\u212A", "kelvin scale 300k"),
    ("unicode", "１２３ full-width digits ＡＢＣ", "123 full width digits abc"),
    ("unicode", "Straße STRASSE straße", "strasse strasse"),
    ("unicode", "ﬁbrosis ﬂuid", "fibrosis fluid"),
    ("unicode", "emoji 🙂 test 🙂 here", "emoji test here"),
    ("unicode", "tab\tseparated\twords and\u00a0nbsp", "tab separated words and nbsp"),
    ("unicode", "Σίσυφος ΣΊΣΥΦΟΣ", "sisyphus"),
    ("numbers", "3.5 cm nodule in segment 7, previously 3.2 cm.", "3 5 cm nodule segment 7 previously 3 2 cm"),
    ("numbers", "C5-C6 and C6-C7 disc protrusions", "c5 c6 c6 c7 disc protrusion"),
    ("numbers", "T2-weighted images 1/2/2023 at 10:45", "t2 weighted images 1 2 2023 10 45"),
    ("numbers", "BI-RADS 4A: suspicious. BI-RADS 0.", "birads 4a suspicious birads 0"),
    ("numbers", "1. Left lower lobe pneumonia.\n2. No effusion.\n3. Stable 4 mm nodule.",
     "1. No effusion.\n2. Left lower lobe pneumonia."),
    ("hyphens", "post-operative changes; non-displaced fracture", "postoperative changes nondisplaced fracture"),
    ("hyphens", "follow-up CT in 3-6 months", "follow up ct in 3 6 months"),
    ("hyphens", "well--circumscribed", "well circumscribed"),
    ("repeated", "no no no effusion", "no effusion effusion effusion"),
    ("repeated", "the the the the the", "the the"),
    ("repeated", "a a a a a a a a", "a a a"),
    ("repeated", "left left right left right right", "right left right left"),
    ("repeated", "effusion effusions effusion effused", "effusion"),
    ("multiline", "No pneumothorax.\nSmall left effusion.\nCardiomegaly.", "Cardiomegaly.\nNo pneumothorax."),
    ("multiline", "A B C\nD E F\nG H I", "a b c d e f g h i"),
    ("multiline", "a b c d e f g h i", "A B C\nD E F\nG H I"),
    ("multiline", "one two three\n\n\nfour five", "four five\r\none two three"),
    ("multiline", "line one\r\nline two\r\n", "line two\nline one"),
    ("multiline", "stable\nstable\nstable", "stable stable"),
    ("multiline", "\n\nNo acute findings.\n\n", "No acute findings."),
    ("multiline", "...\nno effusion\n---", "no\neffusion"),
    ("lcs-ties", "a b c d", "b a d c"),
    ("lcs-ties", "a b a b", "b a b a"),
    ("lcs-ties", "x y z\ny z x", "z y x"),
    ("lcs-ties", "a b\nb a", "a b a b"),
    ("lcs-ties", "a b c\nc b a", "b\na c\nc a"),
    ("lcs-ties", "the cat sat on the mat", "on the mat the cat sat"),
    ("lcs-ties", "left effusion right effusion\nright effusion left", "effusion left\neffusion right"),
    ("lcs-ties", "a a b b", "b b a a"),
    ("lcs-ties", "b a\na b\nb a", "a b\nb a"),
    ("identical", "No acute cardiopulmonary abnormality.", "No acute cardiopulmonary abnormality."),
    ("single-token", "effusion", "effusions"),
    ("single-token", "abc", "abc"),
    ("single-token", "a", "b"),
    ("short-tokens", "ies eed ing sses", "ied eeds ings sses"),
    ("short-tokens", "news skies dying lying tying", "new sky die lie tie"),
    ("case", "NO ACUTE PROCESS", "no acute process"),
]


def main():
    if len(sys.argv) != 3:
        raise SystemExit("usage: make_rouge_pairs.py REPORTS_BIN PAIRS_JSONL")
    rng = random.Random(SEED)
    with open(sys.argv[1], encoding="utf-8") as handle:
        reports = handle.read().split("\0")[:-1]
    pairs = list(HANDWRITTEN)
    pairs += impression_pairs(reports, rng)
    pairs += random_token_pairs(rng)
    pairs += stemming_pairs(rng)
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        for index, (category, reference, prediction) in enumerate(pairs):
            out.write(json.dumps({"id": index, "category": category, "reference": reference,
                                  "prediction": prediction}, ensure_ascii=False) + "\n")
    print("wrote %d pairs" % len(pairs))


if __name__ == "__main__":
    main()
