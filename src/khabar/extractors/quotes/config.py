"""One language's quote knowledge (``lang/<code>/quotes.yaml``), compiled into cue and title patterns."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from khabar.extractors.cues import grammar
from khabar.extractors.entities.named_by import naming
from khabar.lang import topic
from khabar.lang.models import Quotes
from khabar.lang.models.quantities import Gender, Side
from khabar.text.normalise import fold, fold_table, fold_words
from khabar.text.patterns import to_regex

PUNCT = ",.:;!?\"'“”‘’«»„‚()[]{}—–-/"  # stops a word; the language adds its own sentence ends


@dataclass(frozen=True, slots=True)
class Cue:
    """A speech cue pattern and the side of it where its speaker stands."""

    pattern: re.Pattern[str]
    speaker: Side
    unmarked: bool = False  # its speaker may be an unmarked subject a few words before it
    participle: bool = False  # after a comma, its subject is the one that opens the sentence


@dataclass(frozen=True, slots=True)
class Config:
    """One language's quote knowledge, compiled."""

    cues: tuple[Cue, ...] = ()
    reporting: tuple[Cue, ...] = ()  # ``cues`` and the verbs that only report what was said ("vowed")
    titles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    pronouns: frozenset[str] = frozenset()
    subject_pronouns: frozenset[str] = frozenset()
    indefinites: frozenset[str] = frozenset()  # "a spokesman said": someone not named before
    title_run: re.Pattern[str] | None = None  # titles and skip words, one after another
    title_tail: re.Pattern[str] | None = None  # such a run at the end of a string
    title_word: re.Pattern[str] | None = None
    subject_marker: re.Pattern[str] | None = None
    min_words: int = 3
    min_words_single: int = 3
    max_words_between: int = 4
    gap_words: int = 4  # words between an unmarked cue and its speaker, as in a gap ("...")
    sentence_end: str = ".!?"
    stopwords: frozenset[str] = frozenset()  # a described speaker's description never ends in one
    marking: frozenset[str] = frozenset()  # words after a noun that make it no unmarked subject
    complementizers: frozenset[str] = frozenset()
    conjunctions: frozenset[str] = frozenset()  # "and said: “…”": the verb shares the sentence's subject
    person_nouns: frozenset[str] = frozenset()  # may stand before a speaker like a title ("friend X told")
    possessives: frozenset[str] = frozenset()  # "said Unicef's director, X": X speaks, not Unicef
    genders: dict[str, Gender] = field(default_factory=dict)  # a verb of saying's gender ("कहती")


def _alternation(words: Sequence[str]) -> str:
    """Regex alternation of folded words, longest first, any run of spaces between words."""
    ordered = sorted({" ".join(w.split()) for w in words}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in ordered)


@cache
def config_for(language: str | None) -> Config:
    """Compiled ``quotes.yaml`` of ``language`` (defaults when it has none)."""
    data = topic(language, Quotes)
    if not data.cues and not data.titles:
        return Config()
    ends = data.sentence_end
    boundary = "(?=[\\s" + re.escape(PUNCT + ends) + "]|$)"
    gap = "(?:[^\\s" + re.escape(ends) + "]+\\s+){0," + str(data.gap_words) + "}?"
    table = fold_table()
    reporting = tuple(
        Cue(
            re.compile(r"\s*" + to_regex(c.pattern.translate(table), gap=gap) + boundary),
            c.speaker,
            c.unmarked,
            c.participle,
        )
        for c in data.cues
    )
    cues = tuple(cue for cue, c in zip(reporting, data.cues, strict=True) if not c.reports_only)
    titles = {
        " ".join(fold(t).split()): tuple(fold(r) for r in [t, *roles]) for t, roles in data.titles.items()
    }
    skip = [fold(w) for w in data.skip]
    title_run = title_tail = title_word = None
    if titles or skip:
        item = "(?:" + _alternation([*titles, *skip]) + ")"
        title_run = re.compile(f"{item}(?:[\\s,]+{item})*{boundary}")
        title_tail = re.compile(f"(?<![^\\s,]){title_run.pattern}$")
    if titles:
        title_word = re.compile(f"(?<![^\\s,])(?:{_alternation(list(titles))})(?![^\\s,])")
    markers = [fold(w) for w in data.subject_markers]
    function_words = grammar(language)
    return Config(
        cues=cues,
        reporting=reporting,
        titles=titles,
        pronouns=fold_words(data.pronouns),
        subject_pronouns=fold_words(data.subject_pronouns),
        indefinites=fold_words(data.indefinites),
        title_run=title_run,
        title_tail=title_tail,
        title_word=title_word,
        subject_marker=re.compile(f"\\s*(?:{_alternation(markers)}){boundary}") if markers else None,
        min_words=data.min_words,
        min_words_single=data.min_words if (single := data.min_words_single_marks) is None else single,
        max_words_between=data.max_words_between,
        gap_words=data.gap_words,
        sentence_end=ends,
        stopwords=function_words.stopwords,
        marking=function_words.postpositions | function_words.genitive_markers | function_words.conjunctions,
        complementizers=function_words.complementizers,
        conjunctions=function_words.conjunctions,
        person_nouns=frozenset(naming(language).person_nouns),
        possessives=fold_words(data.possessives),
        genders={word: gender for gender, verbs in data.verb_genders.items() for word in fold_words(verbs)},
    )
