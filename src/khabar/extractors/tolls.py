"""Cumulative tolls: counts that belong to a war or a period, not to one happening.

"The war has killed 500,000", "more than 250,000 people have died since 2011", "युद्ध में अब तक
पाँच लाख लोग मारे जा चुके हैं": ACLED records fatalities per event, so such a count keeps scope
``cumulative`` on the article and is never an event's. A count is cumulative when a cue of its
language's ``counts.yaml`` (``cumulative``) stands near it in its sentence: within ``max_words``
words before it, or after it and before the next punctuation mark of its clause (so that "killed
in the attack, the deadliest since 2016" stays the attack's), or when it counts victims or the displaced
above ``rules.LARGEST_EVENT_TOLL`` in a sentence that names no act and no disaster. This code knows no
language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from khabar.doc import Doc
from khabar.extractors.count_tables import count_tables, word_pattern
from khabar.extractors.events.happenings import happenings
from khabar.extractors.regexes import bounded, phrase_pattern, word_chars
from khabar.lang import topic
from khabar.lang.models import Counts
from khabar.rules import LARGEST_EVENT_TOLL
from khabar.text.normalise import fold, fold_table
from khabar.text.patterns import to_regex

_TOLL_KINDS = frozenset({"killed", "injured", "displaced"})  # not crowds: a rally may count 100,000
_VOID_WORDS = 6  # a void word counts this many words before a cue ("the worst single attack ... since")
_VOID_CHARS = 16 * _VOID_WORDS  # characters read for those words


@dataclass(frozen=True, slots=True)
class _Cues:
    cues: re.Pattern[str]
    void: frozenset[str]
    stops: frozenset[str]  # punctuation that ends a clause
    max_words: int


@cache
def cumulative_cues(language: str | None) -> _Cues | None:
    """The compiled cues of a war's or a period's toll in ``language`` (``counts.yaml``), if it lists any."""
    data = topic(language, Counts)
    cumulative = data.cumulative
    w = word_chars()
    table = fold_table()
    gap = rf"(?:[{w}]+\s+){{0,3}}?"
    patterns = [to_regex(c.translate(table), gap=gap, stem=f"[{w}]*") for c in cumulative.cues]
    year = r"(?<!\d)\d{4}(?!\d)"
    if cumulative.year_before:
        before = phrase_pattern(fold(p) for p in cumulative.year_before)
        patterns.append(rf"(?:{before})\s+(?:[{w}]+\s+)?{year}")
    if cumulative.year_after:
        patterns.append(rf"{year}\s+(?:{phrase_pattern(fold(p) for p in cumulative.year_after)})")
    if not patterns:
        return None
    stops = frozenset(m for m in data.clause_marks if not re.search(rf"[{w}]", m))
    return _Cues(
        cues=re.compile(rf"{bounded('|'.join(patterns))}(?!-)"),
        void=frozenset(fold(v) for v in cumulative.void_before),
        stops=stops,
        max_words=cumulative.max_words,
    )


def is_cumulative(doc: Doc, language: str | None, start: int, end: int, what: str, value: int) -> bool:
    """Whether the count of ``value`` people ``what`` at original ``[start, end)`` is a war's or a
    period's toll: a cue says so, or it counts victims or the displaced above ``LARGEST_EVENT_TOLL`` and
    its sentence names no act nor a disaster, only deaths or flight ("half a million Syrians have died",
    "68 million people were forced to flee"; not "the earthquake killed 20,000")."""
    if what in _TOLL_KINDS and value > LARGEST_EVENT_TOLL and not _act_in_sentence(doc, language, start):
        return True
    cues = cumulative_cues(language)
    if cues is None:
        return False
    tokens = doc.tokens
    sentence = doc.sentence_at(start)
    floor, ceiling = (sentence.start, sentence.end) if sentence else (0, len(doc.text))
    first = max(tokens.first_at(start) - cues.max_words, tokens.first_at(floor))
    last = tokens.first_at(end) + len(tokens.after(end, cues.max_words, limit=ceiling, stops=cues.stops))
    if first >= last:
        return False
    lo, hi = tokens[first].fstart, tokens[last - 1].fend
    text = doc.folded.text
    for cue in cues.cues.finditer(text, lo, hi):
        before = text[max(lo, cue.start() - _VOID_CHARS) : cue.start()].split()[-_VOID_WORDS:]
        if cues.void.isdisjoint(before):
            return True
    return False


def shared_cumulative(
    text: str, spans: list[tuple[int, int, str | None]], cumulative: list[bool]
) -> list[bool]:
    """``cumulative``, where a count joined by a conjunction word to a cumulative toll right after it shares
    its scope ("About 530 people have died and more than 2,500 have been wounded in eastern Ghouta since
    ...": the cue stands too far after the first count). ``spans``: the counts' folded spans, in text
    order, with their language; one look-back per count."""
    shared = list(cumulative)
    for i in range(len(spans) - 2, -1, -1):
        (_, end, language), start = spans[i], spans[i + 1][0]
        tables = count_tables(language)
        shared[i] = shared[i] or (
            shared[i + 1]
            and tables is not None
            and end < start
            and tables.conjunction.fullmatch(text, end, start) is not None
            and word_pattern().search(text, end, start) is not None  # "and", not a comma
        )
    return shared


def _act_in_sentence(doc: Doc, language: str | None, start: int) -> bool:
    """Whether the sentence holding ``start`` names an act (a trigger not only of a death or an injury)
    or a happening such as a disaster."""
    sentence = doc.sentence_at(start)
    lo, hi = (sentence.start, sentence.end) if sentence else (0, len(doc.text))
    acts = (h for h in doc.event_hits if h.kind == "trigger" and not h.trigger.casualty)
    return any(lo <= h.start < hi for h in acts) or bool(happenings(doc.text[lo:hi], language))
