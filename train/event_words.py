"""Candidate trigger words per PLOVER type, mined from NGEC's synthetic stories for vetting by hand.

Each story is labelled with one PLOVER type, and its event sits in the headline and the first
sentence: those are read, cut into words, and each word is reduced to a crude stem (``stem``) so that
"released", "releases" and "releasing" count as one. Stems and two-stem phrases are ranked per type
by the weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008,
"Fightin' Words"): how much more often the type's stories use them than the other types' stories,
as a z-score. The output is a list to read, not data: only words that state the act itself go into
``lang/en/events.yaml`` (the trigger lists there say which were taken).

``python -m train event-words [--top N] [--uncovered]`` (deterministic: ties are broken by the stem);
``--uncovered`` lists only the candidates none of whose forms holds an English trigger of the lexicon
yet: what is left to vet; ``--dev`` reads only the stories of the dev headlines of ``python -m eval
synthetic``, so that its test headlines measure whether the words taken generalise.
"""

from __future__ import annotations

import csv
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator

from eval.common import split_of

from khabar.extractors.events.triggers import matcher
from khabar.text.normalise import fold
from khabar.text.tokens import WORD
from train.common import SYNTHETIC_STORIES, require

MIN_STORIES = 4  # a candidate must occur in at least this many stories of its type
PLACEHOLDER = re.compile(r"\{[a-z_0-9]+\}")  # the headline templates' "{country_1}"
FIRST_SENTENCE = re.compile(r"(?<=[a-z0-9\"”')])[.!?]\s")
SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ed", "es", "s")
_STOP_WORDS = (
    "a an the of in on at to for from by with and or but as is are was were be been has have had "
    "it its their his her they he she that this which who said says on over after into"
)
STOP = frozenset(_STOP_WORDS.split())


def stem(word: str) -> str:
    """A crude stem: the longest of ``SUFFIXES`` cut off a word of five letters or more."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def lead(row: dict[str, str]) -> str:
    """A story's headline (placeholders removed) and first sentence."""
    title = PLACEHOLDER.sub(" ", row["title"])
    text = row["text"].strip()
    cut = FIRST_SENTENCE.search(text)
    return f"{title}. {text[: cut.start() + 1] if cut else text[:300]}"


def features(text: str) -> Iterator[tuple[str, str]]:
    """Stems and two-stem phrases of a text (stop words left out of single stems), each with the
    surface it came from."""
    words = WORD.findall(fold(text))
    stems = [stem(w) for w in words]
    for i, (word, s) in enumerate(zip(words, stems, strict=True)):
        if s not in STOP and not s.isdigit():
            yield s, word
        if i + 1 < len(words) and not (s in STOP and stems[i + 1] in STOP):
            yield f"{s} {stems[i + 1]}", f"{word} {words[i + 1]}"


def read_stories(dev_only: bool = False) -> dict[str, list[dict[str, str]]]:
    """The stories' feature sets (one count per story) by label, with each feature's surfaces (with
    ``dev_only``, of the stories whose headline is in the scorers' dev split)."""
    csv.field_size_limit(sys.maxsize)
    by_label: dict[str, list[dict[str, str]]] = defaultdict(list)
    with require(SYNTHETIC_STORIES).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if dev_only and split_of(row["title"]) != "dev":
                continue
            seen: dict[str, str] = {}
            for feature, surface in features(lead(row)):
                seen.setdefault(feature, surface)
            by_label[row["label"]].append(seen)
    return by_label


def log_odds(by_label: dict[str, list[dict[str, str]]]) -> dict[str, list[tuple[float, str, int]]]:
    """Per label, (z-score, feature, stories of the label holding it), best first."""
    counts = {label: Counter(f for story in stories for f in story) for label, stories in by_label.items()}
    total = Counter[str]()
    for c in counts.values():
        total.update(c)
    prior_sum = sum(total.values())
    scale = 1000 / prior_sum  # the prior's strength: a thousand pseudo-counts spread as in all stories
    ranked: dict[str, list[tuple[float, str, int]]] = {}
    for label, own in counts.items():
        n_own = sum(own.values())
        n_rest = prior_sum - n_own
        rows = []
        for feature, k in own.items():
            if k < MIN_STORIES:
                continue
            alpha = total[feature] * scale
            rest = total[feature] - k
            delta = math.log((k + alpha) / (n_own + 1000 - k - alpha)) - math.log(
                (rest + alpha) / (n_rest + 1000 - rest - alpha)
            )
            variance = 1 / (k + alpha) + 1 / (rest + alpha)
            rows.append((delta / math.sqrt(variance), feature, k))
        ranked[label] = sorted(rows, key=lambda r: (-r[0], r[1]))
    return ranked


def has_trigger(phrase: str, language: str = "en") -> bool:
    """Does a folded phrase hold a trigger of ``language``'s event lexicon, as whole words?"""
    automaton, payloads = matcher()
    if automaton is None:
        return False
    padded = f" {phrase} "
    return any(
        padded[start - 1] == padded[end] == " " and any(p[:2] == (language, "trigger") for p in payloads[i])
        for i, start, end in automaton.find_matches_as_indexes(padded, overlapping=True)
    )


def main(top: int = 40, uncovered: bool = False, dev_only: bool = False) -> None:
    by_label = read_stories(dev_only)
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    for stories in by_label.values():
        for story in stories:
            for feature, surface in story.items():
                surfaces[feature][surface] += 1
    for label, rows in sorted(log_odds(by_label).items()):
        print(f"## {label} ({len(by_label[label])} stories)")
        if uncovered:
            rows = [r for r in rows if not any(has_trigger(s) for s in surfaces[r[1]])]
        for z, feature, k in rows[:top]:
            forms = ", ".join(s for s, _ in surfaces[feature].most_common(3))
            print(f"{z:6.1f}  {k:4d}  {feature:<28} {forms}")
        print()
