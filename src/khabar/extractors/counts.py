"""Counts of people killed, injured, arrested, missing, displaced or taking part.

A count is a quantity (``khabar.extractors.numbers``) tied to an outcome cue within a few words,
with the people noun between them giving ``who``: "लगभग 20 कज़ाख सुरक्षाकर्मी मारे गए",
"More than 2,000 protesters were detained", or, with the cue first, "killed dozens of rioters",
"death toll rose to 35". Coordinated quantities share their cue ("दर्जनों प्रदर्शनकारी और लगभग
20 सुरक्षाकर्मी मारे गए" gives two counts), and so do the tolls of a list by place ("केरल में 126
और असम में 34 लोगों की जान गई"), parts of a whole told elsewhere: scope ``cumulative``.
Conservative: numbers that are dates, years, ages,
money, percentages, durations or measures are never counts, a figure above ``rules.MAX_COUNT``
("20 billion billion killed") is a misreading and is dropped, and a negated count ("no one was
killed", "कोई घायल नहीं हुआ") or a hypothetical one ("could be killed") gives nothing: no zero
counts are emitted. A war's or a period's toll has scope ``cumulative`` (``extractors.tolls``). All
cues, nouns, gap sizes and exclusions are data in ``lang/<code>/counts.yaml``; this code knows no
language.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import partial
from itertools import islice

from khabar.doc import Doc
from khabar.extractors.count_tables import (
    CountCue,
    CountTables,
    PeopleNoun,
    count_tables,
    cue_key,
    place_between,
    word_pattern,
    words_between,
)
from khabar.extractors.dates import in_date, language_ranges
from khabar.extractors.numbers import NumberMatch, find_numbers
from khabar.extractors.tolls import is_cumulative, shared_cumulative
from khabar.rules import valid_count
from khabar.schema import Count, CountKind

# a count's span, kind, who, quantity, and whether it is one toll of a list by place
_Found = tuple[int, int, CountKind, str | None, NumberMatch, bool]
_BRACKETED = re.compile(r".?\(\s*$")  # an opening bracket right before a number
_CLOSED = re.compile(r"\s*\)")


def find_counts(doc: Doc) -> list[Count]:
    """Every count of people the article states, in text order."""
    text = doc.folded.text
    found: list[tuple[int, int, CountKind, str | None, NumberMatch, bool, str | None]] = []
    for start, end, language in language_ranges(doc):
        tables = count_tables(language)
        if tables is None:
            continue
        cues = [  # outcome cues are rarer than numbers: look for them first
            CountCue(m.start(), m.end(), *tables.cue_kinds[cue_key(m.group())])
            for m in tables.cues.finditer(text, start, end)
        ]
        if not cues:
            continue
        numbers = [n for n in find_numbers(text, language, start, end) if not _excluded(n, text, tables)]
        if not numbers:
            continue
        numbers = [n for n in numbers if not in_date(doc, n.start, n.end, language)]
        nouns = [
            PeopleNoun(m.start(), m.end(), tables.who[cue_key(m.group())])
            for m in tables.nouns.finditer(text, start, end)
        ]
        attached = _attach(text, tables, numbers, cues, nouns, partial(in_date, doc, language=language))
        found.extend((*count, language) for count in _wholes_only(text, tables, attached))
    found = [f for f in sorted(found, key=lambda f: (f[0], f[1])) if valid_count(f[4].value)]
    cumulative = [
        by_place or is_cumulative(doc, language, *doc.folded.span(lo, hi), kind, number.value)
        for lo, hi, kind, _, number, by_place, language in found
    ]
    cumulative = shared_cumulative(text, [(f[0], f[1], f[6]) for f in found], cumulative)
    counts = []
    for (span_start, span_end, kind, who, number, _, _), scope in zip(found, cumulative, strict=True):
        orig_start, orig_end = doc.folded.span(span_start, span_end)
        counts.append(
            Count(
                start=orig_start,
                end=orig_end,
                text=doc.text[orig_start:orig_end],
                what=kind,
                who=who,
                value=number.value,
                approx=number.approx,
                scope="cumulative" if scope else "event",
            )
        )
    return counts


def _excluded(number: NumberMatch, text: str, tables: CountTables) -> bool:
    """Ages, money, percentages, durations and measures are not counts, nor a number alone in brackets
    (an age after a name: "दीपचंद (22) की भी मौत हुई", "Ali (35) was killed")."""
    if tables.not_before.search(text, max(0, number.start - 12), number.start):
        return True
    if _BRACKETED.match(text[max(0, number.start - 2) : number.start]) and _CLOSED.match(text, number.end):
        return True
    return tables.not_after.match(text, number.end) is not None


def _attach(
    text: str,
    tables: CountTables,
    numbers: list[NumberMatch],
    cues: list[CountCue],
    nouns: list[PeopleNoun],
    dated: Callable[[int, int], bool],
) -> list[_Found]:
    """Tie quantities to cues: first each cue to the quantity before it, then after it. ``dated`` tells
    whether a span is part of a date."""
    claimed: set[int] = set()
    found = []
    cue_starts = [c.start for c in cues]
    for cue in cues:
        attached, by_place = (
            _before_cue(text, tables, numbers, cue, cue_starts, nouns, claimed)
            if cue.follows
            else ([], False)
        )
        if not attached and (cue.precedes or cue.leads):
            attached = _after_cue(text, tables, numbers, cue, cue_starts, nouns, claimed)
        for index, noun, span in attached:
            if (cue.kind in tables.needs_noun and noun is None) or _negated(
                text, tables, numbers[index], cue, span, dated
            ):
                continue
            claimed.add(index)
            found.append((*span, cue.kind, noun.who if noun else None, numbers[index], by_place))
    return found


def _wholes_only(text: str, tables: CountTables, counts: list[_Found]) -> list[_Found]:
    """Without the parts told right after their whole of the same kind ("मारे गए 48 लोगों में से 16 की
    मौत ...", "14 civilians including three children were killed"): the whole is the toll, and a part
    added to it would count its people twice. The whole's number is followed by at most its noun
    (``words_to_noun`` words) before the partitive word. The tolls of a list by place are no whole nor part
    of each other ("यूपी 79 और असम में 34": "में" marks a place there)."""
    if tables.partitive is None:
        return counts
    ends: dict[CountKind, list[int]] = {}
    for count in counts:
        if not count[5]:
            ends.setdefault(count[2], []).append(count[4].end)
    for kind_ends in ends.values():
        kind_ends.sort()

    def whole_before(part_start: int, kind: CountKind) -> bool:
        """Is a number of ``kind`` close enough before the partitive? Only the nearest can be: one further
        away has more words before it (one look-up per part, linear in the text)."""
        kind_ends = ends.get(kind, [])
        i = bisect_right(kind_ends, part_start)
        return i > 0 and len(words_between(text, kind_ends[i - 1], part_start)) <= tables.words_to_noun

    return [
        count
        for count in counts
        if count[5]
        or not (
            (part := tables.partitive.search(text, max(0, count[4].start - 20), count[4].start))
            and whole_before(part.start(), count[2])
        )
    ]


def _crosses(text: str, tables: CountTables, start: int, end: int, cue_starts: list[int]) -> bool:
    """Whether a clause mark or another cue lies in ``[start, end)``."""
    i = bisect_left(cue_starts, start)
    return (i < len(cue_starts) and cue_starts[i] < end) or tables.clause_mark.search(
        text, start, end
    ) is not None


def _noun_after(
    tables: CountTables, text: str, position: int, limit: int, nouns: list[PeopleNoun]
) -> PeopleNoun | None:
    """The people noun that follows ``position`` within ``words_to_noun`` words, before ``limit``."""
    at = bisect_left(nouns, position, key=lambda noun: noun.start)
    if at < len(nouns) and nouns[at].start < limit:
        noun = nouns[at]
        return noun if len(words_between(text, position, noun.start)) <= tables.words_to_noun else None
    return None


def _counts_things(text: str, tables: CountTables, position: int, limit: int) -> bool:
    """Does a word that counts no people (animals, vehicles, years: the language's ``not_counts``) stand
    among the ``words_to_noun`` + 1 words after ``position``, before ``limit``, where a count's people noun
    would ("सैकड़ों जंगली जानवरों की मौत", "killed hundreds of wild animals"); not after a locative
    preposition, whose noun is no count's ("killed 20 in their homes", "killed 20 in 3 years")?"""
    words = list(islice(word_pattern().finditer(text, position, limit), tables.words_to_noun + 1))
    if not words:
        return False
    end = words[-1].end()
    place = tables.places.search(text, position, end) if tables.places is not None else None
    return tables.things.search(text, position, place.start() if place else end) is not None


def _before_cue(
    text: str,
    tables: CountTables,
    numbers: list[NumberMatch],
    cue: CountCue,
    cue_starts: list[int],
    nouns: list[PeopleNoun],
    claimed: set[int],
) -> tuple[list[tuple[int, PeopleNoun | None, tuple[int, int]]], bool]:
    """Quantities before a cue: the nearest one, then those coordinated with it; and whether they are a
    list of tolls by place (``place_between``)."""
    index = bisect_left(numbers, cue.start + 1, key=lambda n: n.end) - 1
    if index < 0 or index in claimed:
        return [], False
    number = numbers[index]
    if _crosses(text, tables, number.end, cue.start, cue_starts):
        return [], False
    noun = _noun_after(tables, text, number.end, cue.start, nouns)
    if noun is None and _counts_things(text, tables, number.end, cue.start):
        return [], False
    gap_start, limit = (noun.end, tables.words_to_cue) if noun else (number.end, tables.words_without_noun)
    if len(words_between(text, gap_start, cue.start)) > limit:
        return [], False
    attached = [(index, noun, (number.start, cue.end))]
    by_place = False
    while index > 0 and index - 1 not in claimed:
        previous, head = numbers[index - 1], numbers[index]
        noun = _noun_after(tables, text, previous.end, head.start, nouns)
        gap_start = noun.end if noun else previous.end
        if tables.conjunction.fullmatch(text, gap_start, head.start) is None:
            if not place_between(text, tables, gap_start, head.start, cue_starts):
                break
            by_place = True
        index -= 1
        attached.insert(0, (index, noun, (previous.start, cue.end)))
    if by_place:  # the people the list's last toll names are every place's ("... असम में 34 लोगों")
        shared = attached[-1][1]
        attached = [(i, noun or shared, span) for i, noun, span in attached]
    return attached, by_place


def _after_cue(
    text: str,
    tables: CountTables,
    numbers: list[NumberMatch],
    cue: CountCue,
    cue_starts: list[int],
    nouns: list[PeopleNoun],
    claimed: set[int],
) -> list[tuple[int, PeopleNoun | None, tuple[int, int]]]:
    """Quantities after a cue ("killed dozens of rioters"), with those coordinated with them. After a
    participle that only leads ("मारे गए 48 लोगों"), an exact quantity follows at once, with its noun."""
    index = bisect_left(numbers, cue.end, key=lambda n: n.start)
    if index >= len(numbers) or index in claimed:
        return []
    number = numbers[index]
    bridge = words_between(text, cue.end, number.start)
    if not cue.precedes:  # a participle: no bridge words, and no vague "कुछ" or "कई" ("घायल कई लोगों की हालत")
        if bridge or number.approx:
            return []
    elif len(bridge) > tables.bridge_words or any(word not in tables.bridge for word in bridge):
        return []
    if _crosses(text, tables, cue.end, number.start, cue_starts):
        return []
    attached = []
    while True:
        limit = numbers[index + 1].start if index + 1 < len(numbers) else len(text)
        noun = _noun_after(tables, text, number.end, limit, nouns)
        end = noun.end if noun else number.end
        if noun is None and (not cue.precedes or _counts_things(text, tables, number.end, limit)):
            break
        if _crosses(text, tables, number.end, end, cue_starts):
            break
        attached.append((index, noun, (cue.start, end)))
        index += 1
        if index >= len(numbers) or index in claimed:
            break
        number = numbers[index]
        if tables.conjunction.fullmatch(text, end, number.start) is None:
            break
    return attached


def _negated(
    text: str,
    tables: CountTables,
    number: NumberMatch,
    cue: CountCue,
    span: tuple[int, int],
    dated: Callable[[int, int], bool],
) -> bool:
    """A negation just before the count, in it, or just after its cue (the quantity's own cue words,
    as in "no fewer than", do not count), outside a date ("the attack in May 2017 killed 22": the month
    is no hypothetical "may")."""
    lo = max(0, span[0] - 40)
    lo = max([lo, *(m.end() for m in tables.clause_mark.finditer(text, lo, span[0]))])
    before = [m.start() for m in word_pattern().finditer(text, lo, span[0])][-3:]
    after = [m.end() for m in word_pattern().finditer(text, cue.end, min(len(text), cue.end + 40))]
    after = after[: tables.negation_words_after]
    start = before[0] if before else span[0]
    end = max(span[1], after[-1] if after else 0)
    return any(
        not dated(m.start(), m.end())
        for lo, hi in ((start, number.start), (number.end, end))
        for m in tables.negation.finditer(text, lo, hi)
    )
