#!/usr/bin/python3
"""Produces the expected values of the ROUGE agreement fixture with Google's rouge-score itself.

Reads  golden/rouge/pairs.jsonl        ({"id", "category", "reference", "prediction"} per line)
Writes golden/rouge/expected.jsonl     rouge1/2/L/Lsum precision/recall/fmeasure, with and without the stemmer
       golden/rouge/stems.jsonl        {"word", "stem"}: NLTK PorterStemmer (NLTK_EXTENSIONS) on a word list
       golden/rouge/bootstrap.json     BootstrapAggregator results after np.random.seed(seed), and the raw
                                       np.random.choice draws that the Java port must reproduce

Floats are written with repr (json.dumps does), so they round-trip exactly.

Environment: Debian bookworm python3-nltk (3.8), python3-absl, python3-numpy, python3-six, and rouge-score's
source as a package folder named rouge_score on PYTHONPATH (not kept in this repository):
  PYTHONPATH=/tmp /usr/bin/python3 udfs/src/test/python/make_rouge_golden.py udfs/src/test/resources/golden/rouge
"""
import json
import os
import re
import sys

import nltk
import numpy as np
from nltk.stem import porter
from rouge_score import rouge_scorer
from rouge_score import scoring

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_rouge_pairs  # noqa: E402  (word lists shared with the pair builder)

TYPES = ["rouge1", "rouge2", "rougeL", "rougeLsum"]
BOOTSTRAP_RUNS = [
    # (name, seed, n_samples, confidence, first pairs used)
    ("all-pairs-stemmed", 42, 200, 0.95, None),
    ("subset-90", 2024, 50, 0.90, 37),
    ("single-pair", 7, 20, 0.95, 1),
]
CHOICE_CHECKS = [(1, 5, 3), (3, 9, 10), (5, 17, 64), (11, 1000, 25), (123456789, 767, 40)]


def score_dict(score):
    return {"p": score.precision, "r": score.recall, "f": score.fmeasure}


def lsum_with_other_tie_break(reference, prediction, stemmer):
    """Lsum when backtracking prefers moving left on ties, to show which pairs depend on rouge-score's choice."""
    def backtrack(t, ref, can):
        i, j, lcs = len(ref), len(can), []
        while i > 0 and j > 0:
            if ref[i - 1] == can[j - 1]:
                lcs.insert(0, i - 1)
                i, j = i - 1, j - 1
            elif t[i][j - 1] >= t[i - 1][j]:
                j -= 1
            else:
                i -= 1
        return lcs
    original = rouge_scorer._backtrack_norec
    rouge_scorer._backtrack_norec = backtrack
    try:
        return rouge_scorer.RougeScorer(["rougeLsum"], use_stemmer=stemmer).score(reference, prediction)["rougeLsum"]
    finally:
        rouge_scorer._backtrack_norec = original


def word_list(pairs, reports_text):
    words = set(make_rouge_pairs.STEM_WORDS) | set(make_rouge_pairs.STEM_VARIANTS)
    for root in make_rouge_pairs.ROOTS:
        for suffix in make_rouge_pairs.SUFFIXES:
            words.add(root + suffix)
    for pair in pairs:
        for text in (pair["reference"], pair["prediction"]):
            words.update(re.findall(r"[a-z0-9]+", text.lower()))
    words.update(re.findall(r"[a-z0-9]+", reports_text.lower()))
    return sorted(words)


def main():
    if len(sys.argv) not in (2, 3):
        raise SystemExit("usage: make_rouge_golden.py GOLDEN_ROUGE_DIR [REPORTS_BIN for extra stemmer words]")
    folder = sys.argv[1]
    with open(os.path.join(folder, "pairs.jsonl"), encoding="utf-8") as handle:
        pairs = [json.loads(line) for line in handle]
    scorers = {
        "nostem": rouge_scorer.RougeScorer(TYPES, use_stemmer=False),
        "stem": rouge_scorer.RougeScorer(TYPES, use_stemmer=True),
    }
    tie_sensitive = 0
    stemmed_scores = []
    with open(os.path.join(folder, "expected.jsonl"), "w", encoding="utf-8") as out:
        for pair in pairs:
            row = {"id": pair["id"]}
            for mode, scorer in scorers.items():
                scores = scorer.score(pair["reference"], pair["prediction"])
                row[mode] = {name: score_dict(scores[name]) for name in TYPES}
                if mode == "stem":
                    stemmed_scores.append(scores)
            other = lsum_with_other_tie_break(pair["reference"], pair["prediction"], True)
            row["lsumTieSensitive"] = other.fmeasure != row["stem"]["rougeLsum"]["f"]
            tie_sensitive += row["lsumTieSensitive"]
            out.write(json.dumps(row) + "\n")

    reports_text = ""
    if len(sys.argv) == 3:
        with open(sys.argv[2], encoding="utf-8") as handle:
            reports_text = handle.read()
    stemmer = porter.PorterStemmer()
    words = word_list(pairs, reports_text)
    with open(os.path.join(folder, "stems.jsonl"), "w", encoding="utf-8") as out:
        for word in words:
            out.write(json.dumps({"word": word, "stem": stemmer.stem(word)}) + "\n")

    runs = []
    for name, seed, n_samples, confidence, first in BOOTSTRAP_RUNS:
        chosen = stemmed_scores if first is None else stemmed_scores[:first]
        aggregator = scoring.BootstrapAggregator(confidence_interval=confidence, n_samples=n_samples)
        for scores in chosen:
            aggregator.add_scores(scores)
        np.random.seed(seed)
        result = aggregator.aggregate()
        runs.append({
            "name": name, "seed": seed, "nSamples": n_samples, "confidence": confidence, "pairs": len(chosen),
            "types": TYPES,
            "result": {t: {b: score_dict(getattr(result[t], b)) for b in ("low", "mid", "high")} for t in TYPES},
        })
    choices = []
    for seed, population, size in CHOICE_CHECKS:
        np.random.seed(seed)
        drawn = np.random.choice(np.arange(population), size=size)
        choices.append({"seed": seed, "population": population, "draws": [int(x) for x in drawn]})
    with open(os.path.join(folder, "bootstrap.json"), "w", encoding="utf-8") as out:
        json.dump({"runs": runs, "choices": choices}, out, indent=1)
        out.write("\n")

    print("nltk %s, numpy %s: %d pairs (%d where Lsum depends on LCS tie-breaking), %d stemmer words"
          % (nltk.__version__, np.__version__, len(pairs), tie_sensitive, len(words)))


if __name__ == "__main__":
    main()
