"""The compiled tables of ``counts.yaml`` that ``extractors.counts`` reads: outcome cues by kind and
side, people nouns, conjunctions, partitive words, clause marks, negations and what is no count."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from khabar.extractors.cues import grammar
from khabar.extractors.regexes import marks_pattern, phrase_pattern, word_chars
from khabar.lang import topic
from khabar.lang.models import Counts
from khabar.schema import CountKind
from khabar.text.normalise import fold_phrases


@dataclass(frozen=True, slots=True)
class CountTables:
    """The compiled count patterns and limits of one language."""

    cues: re.Pattern[str]
    cue_kinds: dict[str, tuple[CountKind, bool, bool, bool]]  # phrase -> (kind, follows, precedes, leads)
    nouns: re.Pattern[str]
    who: dict[str, str | None]
    conjunction: re.Pattern[str]
    partitive: re.Pattern[str] | None
    clause_mark: re.Pattern[str]
    place_gap: re.Pattern[str] | None  # between two tolls of a list by place: ", केरल में ", " in Kerala and "
    clause_words: frozenset[str]  # clause marks that are words: no place of such a list holds one
    negation: re.Pattern[str]
    bridge: frozenset[str]
    not_before: re.Pattern[str]
    not_after: re.Pattern[str]
    things: re.Pattern[str]  # the same words anywhere: what a count without a people noun counts
    # a locative preposition, where markers precede nouns: what follows it is no count's noun ("in 3 years")
    places: re.Pattern[str] | None
    needs_noun: frozenset[str]
    words_to_noun: int
    words_to_cue: int
    words_without_noun: int
    bridge_words: int
    negation_words_after: int


@dataclass(frozen=True, slots=True)
class CountCue:
    """An outcome cue found in the folded text, with the sides its quantity may stand on."""

    start: int
    end: int
    kind: CountKind
    follows: bool
    precedes: bool
    leads: bool  # a participle right before the quantity, which must have its people noun


@dataclass(frozen=True, slots=True)
class PeopleNoun:
    """A people noun found in the folded text, with the label it gives ``who``."""

    start: int
    end: int
    who: str | None


def cue_key(surface: str) -> str:
    """A cue phrase as its table keys it: words joined by one space."""
    return " ".join(surface.split())


@cache
def count_tables(language: str | None) -> CountTables | None:
    """The compiled count tables of ``language`` (``counts.yaml``), or None where it has no cues."""
    data = topic(language, Counts)
    if not data.outcomes:
        return None
    cue_kinds: dict[str, tuple[CountKind, bool, bool, bool]] = {}
    for kind, sides in data.outcomes.items():
        follows, precedes = set(fold_phrases(sides.follows)), set(fold_phrases(sides.precedes))
        leads = set(fold_phrases(sides.leads))
        for phrase in follows | precedes | leads:
            cue_kinds[phrase] = (kind, phrase in follows, phrase in precedes, phrase in leads)
    who: dict[str, str | None] = {
        p: label for label, forms in data.people.items() for p in fold_phrases(forms)
    }
    who.update(dict.fromkeys(fold_phrases(data.unspecified)))
    w = word_chars()
    not_counts = data.not_counts
    g = grammar(language)
    locatives = [" ".join(m) for m in g.locative_markers] if not g.postpositional else []
    return CountTables(
        cues=re.compile(phrase_pattern(cue_kinds, whole_words=True)),
        cue_kinds=cue_kinds,
        nouns=re.compile(phrase_pattern(who, whole_words=True)),
        who=who,
        conjunction=re.compile(rf"\s*(?:{phrase_pattern(fold_phrases(data.conjunctions))})\s*"),
        partitive=re.compile(rf"\s+(?:{phrase_pattern(fold_phrases(data.partitive))})\s*$")
        if data.partitive
        else None,
        clause_mark=re.compile(marks_pattern(fold_phrases(data.clause_marks))),
        place_gap=_place_gap(data) if data.place_markers and data.conjunctions else None,
        clause_words=frozenset(m for m in fold_phrases(data.clause_marks) if re.search(rf"[{w}]", m)),
        negation=re.compile(marks_pattern(fold_phrases([*data.negations, *data.hypothetical]))),
        bridge=frozenset(fold_phrases(data.bridge_words)),
        not_before=re.compile(rf"(?<![{w}])(?:{phrase_pattern(fold_phrases(not_counts.before))})\s*$"),
        not_after=re.compile(
            rf"\s*-?\s*(?:{phrase_pattern(fold_phrases([*not_counts.after, *not_counts.acts]))})(?![{w}])"
        ),
        things=re.compile(rf"(?<![{w}])(?:{phrase_pattern(fold_phrases(not_counts.after))})(?![{w}])"),
        places=re.compile(rf"(?<![{w}])(?:{phrase_pattern(fold_phrases(locatives))})(?![{w}])")
        if locatives
        else None,
        needs_noun=frozenset(data.needs_noun),
        words_to_noun=data.max_words_to_noun,
        words_to_cue=data.max_words_to_cue,
        words_without_noun=data.max_words_without_noun,
        bridge_words=data.max_bridge_words,
        negation_words_after=data.negation_words_after_cue,
    )


def _place_gap(data: Counts) -> re.Pattern[str]:
    """What stands between two tolls of a list by place: a conjunction, and the next toll's place with its
    marker (", केरल में ", "और असम में ") or the last toll's (" in Kerala and "), or a bare one-word place
    (", यूपी "). A place is up to ``max_place_words`` words without digits, joined by spaces or conjunctions
    ("पूर्वी चंपारण, दरभंगा और मधेपुरा में")."""
    w = word_chars()
    word = rf"(?:(?!\d)[{w}])+"
    joint = rf"\s*(?:{marks_pattern(fold_phrases(data.conjunctions))})\s*"  # "व" is no start of "विमान"
    place = rf"{word}(?:(?:\s+|{joint}){word}){{0,{max(0, data.max_place_words - 1)}}}"
    marker = rf"(?:{phrase_pattern(fold_phrases(data.place_markers))})(?![{w}])"
    return re.compile(rf"(?:\s*{marker}\s+{place})?{joint}(?:{place}\s+{marker})?\s*|{joint}{word}\s*")


@cache
def word_pattern() -> re.Pattern[str]:
    """One word of any script."""
    return re.compile(rf"[{word_chars()}]+")


def words_between(text: str, start: int, end: int) -> list[str]:
    """The words of ``text[start:end]``."""
    return word_pattern().findall(text, start, end) if end > start else []


def place_between(text: str, tables: CountTables, start: int, end: int, cue_starts: list[int]) -> bool:
    """Do two tolls of a list by place meet in ``[start, end)`` ("महाराष्ट्र में 139, केरल में 126 ...
    लोगों की जान गई")? No cue, digit or clause word stands between them."""
    if tables.place_gap is None or tables.place_gap.fullmatch(text, start, end) is None:
        return False
    i = bisect_left(cue_starts, start)
    return not (i < len(cue_starts) and cue_starts[i] < end) and tables.clause_words.isdisjoint(
        words_between(text, start, end)
    )
