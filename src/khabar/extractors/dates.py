"""Dates mentioned in an article, resolved against its publication date.

Candidates are found with one regex per language built from ``lang/<code>/dates.yaml``
(month and weekday names, relative words, period words, tense cues; ``date_tables``), then
resolved (``date_values``).
Hand-written rather than dateparser because dateparser costs milliseconds per call, gives no
offsets, reads Hindi कल as tomorrow and finds a false date in अब; these tables are explicit
and the whole paragraph costs one regex pass. Forms without letters (2022-01-07, 7/1/2022)
need no language data.

Rules: a bare weekday is the most recent such day on or before publication (the next one in
a future-tense clause); a day or month without a year takes the year a following "last year" or
"next year" names, else the earliest such date on or after publication in a future-tense clause
(``khabar.extractors.tense``) and otherwise the latest on or before it: news speaks of the past
unless it says otherwise; कल and other tense-sensitive words point back unless the clause is in
the future tense. Without a publication date, relative expressions are skipped. Every value is
a valid ISO 8601 date, month or year in years 0001-9999: a date that resolves outside them
("800000 days ago", "tomorrow" published 9999-12-31) is dropped, never an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from khabar.doc import Doc
from khabar.extractors.date_tables import WINDOW, DateRole, DateTables, date_tables
from khabar.extractors.date_values import named_right, resolve
from khabar.schema import DateMention


def language_ranges(doc: Doc) -> Iterator[tuple[int, int, str | None]]:
    """``(start, end, language)`` of each segment, in folded-text offsets."""
    if not doc.segments:
        yield 0, len(doc.folded.text), doc.language
        return
    for segment in doc.segments:
        start, end = doc.folded.folded_index(segment.start), doc.folded.folded_index(segment.end)
        yield start, end, segment.language or doc.language


def _overlapping(tables: DateTables, text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """The date matches, read in a small window, that overlap folded ``[lo, hi)``."""
    window = _matches(tables, text, max(0, lo - WINDOW), min(len(text), hi + WINDOW))
    return (m for m in window if (span := _span(m))[0] < hi and lo < span[1])


def in_date(doc: Doc, start: int, end: int, language: str | None) -> bool:
    """Whether folded ``[start, end)`` is part of a date expression (read in a small window)."""
    return any(True for _ in _overlapping(date_tables(language), doc.folded.text, start, end))


def in_written_date(doc: Doc, start: int, end: int) -> bool:
    """Whether original ``[start, end)`` is part of a date as the language writes one, resolvable or
    not ("on March 21" in a text with no publication date: no march)."""
    tables = date_tables(doc.language_at(start))
    lo, hi = doc.folded.folded_index(start), doc.folded.folded_index(end)
    return any(named_right(m, tables, doc) for m in _overlapping(tables, doc.folded.text, lo, hi))


def bare_month(doc: Doc, start: int, end: int) -> bool:
    """Whether original ``[start, end)`` is a capitalised month name after no determiner and no
    capitalised word of a name, standing for the month ("March: agencies warned ..."; not "the March
    on Washington", "a Peaceful March of Pittsburgh")."""
    tables = date_tables(doc.language_at(start))
    lo, hi = doc.folded.folded_index(start), doc.folded.folded_index(end)
    text = doc.folded.text
    if not doc.text[start:end][:1].isupper() or text[lo:hi] not in tables.months:
        return False
    if (at := doc.tokens.first_at(start) - 1) >= 0:
        previous = doc.tokens[at]
        joined = not doc.text[previous.end : start].strip()
        if joined and doc.text[previous.start : previous.start + 1].isupper():
            return False
    determiner, _ = tables.roles["attribute"]
    return determiner.search(text, max(0, lo - WINDOW), lo) is None


def _matches(
    tables: DateTables, text: str, start: int, end: int, scan_end: int | None = None
) -> Iterator[re.Match[str]]:
    """Date candidates in ``text[start:end]`` that begin before ``scan_end`` (default ``end``): a
    fast scan for where one may begin, then the full pattern anchored there."""
    resume, scan_end = start, end if scan_end is None else scan_end
    for position in tables.starts.positions(text, start, end):
        if position >= scan_end:
            break
        if position >= resume and (match := tables.pattern.match(text, position, end)):
            resume = match.end()
            yield match


def _span(match: re.Match[str]) -> tuple[int, int]:
    """The date itself, without the cue words that only confirm it ("in 2021" -> "2021")."""
    for group in ("yb_y", "mc_m"):
        if match.group(group):
            return match.span(group)
    return match.span()


def find_dates(doc: Doc, until: int | None = None) -> list[DateMention]:
    """Every date the article mentions that can be resolved, in text order; with ``until``, only
    the candidates that begin before that original offset (a candidate may still end after it)."""
    found: list[DateMention] = []
    scan_end = len(doc.folded.text) if until is None else doc.folded.folded_index(until)
    for start, end, language in language_ranges(doc):
        if start >= scan_end:
            break
        tables = date_tables(language)
        for match in _matches(tables, doc.folded.text, start, end, scan_end):
            resolved = resolve(match, tables, doc)
            if resolved is None:
                continue
            value, precision = resolved
            orig_start, orig_end = doc.folded.span(*_span(match))
            found.append(
                DateMention(
                    start=orig_start,
                    end=orig_end,
                    text=doc.text[orig_start:orig_end],
                    value=value,
                    precision=precision,
                )
            )
    return found


def date_role(doc: Doc, mention: DateMention) -> DateRole | None:
    """How a date stands: bounding a period ("since 2016", "2016 तक"), naming the time of the noun
    after it ("a 2013 attack", "2013 के हमले"), or neither."""
    start, end = doc.folded.folded_index(mention.start), doc.folded.folded_index(mention.end)
    segment = doc.segment_at(mention.start)
    tables = date_tables(segment.language if segment and segment.language else doc.language)
    text = doc.folded.text
    for role, (before, after) in tables.roles.items():
        if before.search(text, max(0, start - WINDOW), start) or after.match(text, end):
            return role
    return None


def opens_period(doc: Doc, start: int, end: int) -> bool:
    """Whether a word that opens a clause bounding a period ("since") stands in original ``[start, end)``:
    a date after it bounds that period ("killed in the worst attack since the war began in 2013")."""
    segment = doc.segment_at(start)
    tables = date_tables(segment.language if segment and segment.language else doc.language)
    if tables.period_clause is None or start >= end:
        return False
    lo, hi = doc.folded.folded_index(start), doc.folded.folded_index(end)
    return tables.period_clause.search(doc.folded.text, lo, hi) is not None
