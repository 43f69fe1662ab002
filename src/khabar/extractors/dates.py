"""Dates mentioned in an article, resolved against its publication date.

Candidates are found with one regex per language built from ``lang/<code>/dates.yaml``
(month and weekday names, relative words, period words, tense cues), then resolved here.
Hand-written rather than dateparser because dateparser costs milliseconds per call, gives no
offsets, reads Hindi कल as tomorrow and finds a false date in अब; these tables are explicit
and the whole paragraph costs one regex pass. Forms without letters (2022-01-07, 7/1/2022)
need no language data.

Rules: a bare weekday is the most recent such day on or before publication (the next one in
a future-tense clause); a day or month without a year takes the year a following "last year" or
"next year" names, else the earliest such date on or after publication in a future-tense clause
(``khabar.extractors.tense``) and otherwise the latest on or before it: news speaks of the past
unless it says otherwise; कल and other tense-sensitive words point back unless the clause is in
the future tense. Without a
publication date, relative expressions are skipped. Every value is a valid ISO 8601 date, month
or year in years 0001-9999: a date that resolves outside them ("800000 days ago", "tomorrow"
published 9999-12-31) is dropped, never an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Literal

from khabar.doc import Doc
from khabar.extractors.calendar import (
    UNIT_DAYS,
    closest_day,
    closest_month,
    day_value,
    month_value,
    news_year,
    numeric_date,
    period,
    shifted,
    year_value,
)
from khabar.extractors.numbers import parse_number
from khabar.extractors.regexes import StartFinder, bounded, phrase_pattern, word_chars
from khabar.extractors.tense import ClauseTense, clause_tense
from khabar.lang import topic
from khabar.lang.models import Dates, Numbers
from khabar.schema import DateMention, Precision
from khabar.text.normalise import fold, fold_phrases

_ISO = r"(?P<iso_y>\d{4})-(?P<iso_m>\d{2})-(?P<iso_d>\d{2})"
_NUMERIC = r"(?P<n1>\d{1,2})(?P<nsep>[/.-])(?P<n2>\d{1,2})(?P=nsep)(?P<n3>\d{4})"
_WINDOW = 30  # characters around a number read to tell whether it belongs to a date
DateRole = Literal["period", "attribute"]
_NAME_GROUPS = ("dm_m", "md_m", "my_m", "mc_m", "ma_m", "wd")  # groups holding a month or weekday name


@dataclass(frozen=True, slots=True)
class _Tables:
    """The compiled date patterns and lookup tables of one language."""

    starts: StartFinder
    pattern: re.Pattern[str]
    relative_year: re.Pattern[str]  # "last year" right after a date
    roles: dict[DateRole, tuple[re.Pattern[str], re.Pattern[str]]]  # words right before, right after
    months: dict[str, int]
    weekdays: dict[str, int]
    days: dict[str, int]
    tense_sensitive: frozenset[str]
    modifiers: dict[str, str]
    units: dict[str, str]
    ago_blockers: frozenset[str]
    language: str | None
    numeric_order: str
    capitalised: bool


def _names(table: dict[int, tuple[str, ...]]) -> dict[str, int]:
    return {fold(name): number for number, names in table.items() for name in names}


def _inverse(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {" ".join(fold(word).split()): key for key, words in table.items() for word in words}


def _words(items: tuple[str, ...]) -> str:
    return phrase_pattern(fold_phrases(items))


@cache
def _tables(language: str | None) -> _Tables:
    data = topic(language, Dates)
    w = word_chars()
    months = _names(data.months)
    abbreviations = _names(data.month_abbreviations)
    weekdays = _names(data.weekdays)
    days = {" ".join(fold(k).split()): v for k, v in data.days.items()}
    modifiers = _inverse(data.modifiers.model_dump())
    units = _inverse(data.units.model_dump())
    full = phrase_pattern(months)
    any_month = phrase_pattern([*months, *abbreviations])
    suffix = _words(data.day_suffixes)
    day = rf"\d{{1,2}}(?:{suffix})?(?![{w}])"
    year = r"\d{4}(?!\d)"
    numbers = topic(language, Numbers)
    counts = [*map(fold, numbers.units), *map(fold, numbers.article_one)]
    count = phrase_pattern(counts)
    unit_words = phrase_pattern(units)
    alternatives = [
        _ISO,
        _NUMERIC,
        rf"(?P<dm_d>{day})\.?\s+(?P<dm_m>{any_month})\.?(?:,?\s+(?P<dm_y>{year}))?",
        rf"(?P<md_m>{any_month})\.?\s+(?P<md_d>{day})(?:,?\s+(?P<md_y>{year}))?",
        rf"(?P<my_m>{any_month})\.?,?\s+(?P<my_y>{year})",
        rf"(?:(?P<mc_before>{_words(data.month_cues_before)})\s+)(?P<mc_m>{full})(?![{w}])(?!\.?,?\s+\d)",
        rf"(?P<ma_m>{full})(?=\s+(?:{_words(data.month_cues_after)})(?![{w}]))",
        rf"(?:{_words(data.year_cues_before)})\s+(?P<yb_y>{year})",
        rf"(?P<ya_y>{year})(?=\s+(?:{_words(data.year_cues_after)})(?![{w}]))",
        rf"(?P<ago_n>\d+|{count})\s+(?P<ago_u>{unit_words})\s+(?:{_words(data.ago)})",
        rf"(?:(?P<wd_mod>{phrase_pattern(modifiers)})\s+)?(?P<wd>{phrase_pattern(weekdays)})",
        rf"(?P<per_mod>{phrase_pattern(modifiers)})\s+(?P<per_u>{unit_words})",
        rf"(?P<day>{phrase_pattern(days)})",
    ]
    pattern = "|".join(f"(?:{alt})" for alt in alternatives)
    first_words = [*months, *abbreviations, *weekdays, *days, *modifiers, *counts]
    first_words += fold_phrases([*data.month_cues_before, *data.year_cues_before])
    return _Tables(
        starts=StartFinder.of(first_words),
        pattern=re.compile(bounded(pattern)),
        roles={
            role: (
                re.compile(rf"(?<![{w}])(?:{_words(getattr(data, f'{role}_before'))})\s+$"),
                re.compile(rf"\s+(?:{_words(getattr(data, f'{role}_after'))})(?![{w}])"),
            )
            for role in ("period", "attribute")
        },
        relative_year=re.compile(
            rf"\s+(?P<mod>{phrase_pattern(modifiers)})\s+(?:{_words(data.units.year)})(?![{w}])"
        ),
        months={**months, **abbreviations},
        weekdays=weekdays,
        days=days,
        tense_sensitive=frozenset(" ".join(fold(k).split()) for k in data.tense_sensitive),
        modifiers=modifiers,
        units=units,
        ago_blockers=frozenset(fold(k) for k in data.ago_blockers),
        language=language,
        numeric_order=data.numeric_order,
        capitalised=data.capitalised,
    )


def language_ranges(doc: Doc) -> Iterator[tuple[int, int, str | None]]:
    """``(start, end, language)`` of each segment, in folded-text offsets."""
    if not doc.segments:
        yield 0, len(doc.folded.text), doc.language
        return
    for segment in doc.segments:
        start, end = doc.folded.folded_index(segment.start), doc.folded.folded_index(segment.end)
        yield start, end, segment.language or doc.language


def _overlapping(tables: _Tables, text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """The date matches, read in a small window, that overlap folded ``[lo, hi)``."""
    window = _matches(tables, text, max(0, lo - _WINDOW), min(len(text), hi + _WINDOW))
    return (m for m in window if (span := _span(m))[0] < hi and lo < span[1])


def in_date(doc: Doc, start: int, end: int, language: str | None) -> bool:
    """Whether folded ``[start, end)`` is part of a date expression (read in a small window)."""
    return any(True for _ in _overlapping(_tables(language), doc.folded.text, start, end))


def in_written_date(doc: Doc, start: int, end: int) -> bool:
    """Whether original ``[start, end)`` is part of a date as the language writes one, resolvable or
    not ("on March 21" in a text with no publication date: no march)."""
    tables = _tables(doc.language_at(start))
    lo, hi = doc.folded.folded_index(start), doc.folded.folded_index(end)
    return any(_named_right(m, tables, doc) for m in _overlapping(tables, doc.folded.text, lo, hi))


def _named_right(match: re.Match[str], tables: _Tables, doc: Doc) -> bool:
    """False when the candidate's month or weekday name is not capitalised in a language that
    capitalises them ("march on" is no month)."""
    name = next((k for k in _NAME_GROUPS if match.group(k)), None)
    return not (name and tables.capitalised and not doc.text[doc.folded.offset(match.start(name))].isupper())


def _matches(
    tables: _Tables, text: str, start: int, end: int, scan_end: int | None = None
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
        tables = _tables(language)
        for match in _matches(tables, doc.folded.text, start, end, scan_end):
            resolved = _resolve(match, tables, doc)
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
    tables = _tables(segment.language if segment and segment.language else doc.language)
    text = doc.folded.text
    for role, (before, after) in tables.roles.items():
        if before.search(text, max(0, start - _WINDOW), start) or after.match(text, end):
            return role
    return None


def _resolve(match: re.Match[str], tables: _Tables, doc: Doc) -> tuple[str, Precision] | None:
    """ISO value and precision of one candidate, or ``None`` when it is not a date here."""
    g = match.groupdict()
    published = doc.published
    if not _named_right(match, tables, doc):
        return None
    if g["iso_y"]:
        return day_value(int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"]))
    if g["n1"]:
        return numeric_date(int(g["n1"]), int(g["n2"]), int(g["n3"]), tables.numeric_order, published)
    for prefix in ("dm", "md"):
        if g[f"{prefix}_m"]:
            month, day = tables.months[g[f"{prefix}_m"]], int(re.match(r"\d+", g[f"{prefix}_d"]).group())
            if g[f"{prefix}_y"]:
                return day_value(news_year(g[f"{prefix}_y"]), month, day)
            if (year := _relative_year(match, tables, published)) is not None:
                return day_value(year, month, day)
            return closest_day(month, day, published, _tense(match, tables, doc))
    if g["my_m"]:
        year = news_year(g["my_y"])
        return (f"{year:04d}-{tables.months[g['my_m']]:02d}", "month") if year else None
    if g["mc_m"] or g["ma_m"]:
        month = tables.months[g["mc_m"] or g["ma_m"]]
        if (year := _relative_year(match, tables, published)) is not None:
            return month_value(year * 12 + month - 1)
        return closest_month(month, published, _tense(match, tables, doc))
    if g["yb_y"] or g["ya_y"]:
        year = news_year(g["yb_y"] or g["ya_y"])
        return (f"{year:04d}", "year") if year else None
    if published is None:
        return None
    if g["wd"]:
        return _weekday(match, tables, doc, published)
    if g["per_u"]:
        return period(tables.modifiers[_key(g["per_mod"])], tables.units[_key(g["per_u"])], published)
    if g["ago_n"]:
        return _ago(match, tables, doc, published)
    key = _key(g["day"])
    offset = tables.days[key]
    if key in tables.tense_sensitive and _tense(match, tables, doc) == "future":
        offset = -offset
    day = shifted(published, offset)
    return (day.isoformat(), "day") if day else None


def _key(surface: str) -> str:
    return " ".join(surface.split())


def _relative_year(match: re.Match[str], tables: _Tables, published: date | None) -> int | None:
    """The year a "last year", "this year" or "next year" right after a year-less date names."""
    if published is None:
        return None
    relative = tables.relative_year.match(match.string, match.end())
    if relative is None:
        return None
    return published.year + {"last": -1, "this": 0, "next": 1}[tables.modifiers[_key(relative.group("mod"))]]


def _weekday(
    match: re.Match[str], tables: _Tables, doc: Doc, published: date
) -> tuple[str, Precision] | None:
    weekday = tables.weekdays[match.group("wd")]
    modifier = tables.modifiers.get(_key(match.group("wd_mod") or ""))
    back = (published.isoweekday() - weekday) % 7
    forward = (weekday - published.isoweekday()) % 7
    if modifier == "last":
        day = shifted(published, -(back or 7))
    elif modifier == "next":
        day = shifted(published, forward or 7)
    elif modifier is None and _tense(match, tables, doc) == "future":
        day = shifted(published, forward)
    else:
        day = shifted(published, -back)
    return (day.isoformat(), "day") if day else None


def _ago(match: re.Match[str], tables: _Tables, doc: Doc, published: date) -> tuple[str, Precision] | None:
    before = doc.folded.text[max(0, match.start() - 20) : match.start()].split()
    if before and before[-1] in tables.ago_blockers:
        return None
    parsed = parse_number(match.group("ago_n"), tables.language) if tables.language else None
    count = parsed[0] if parsed else 1  # "a week ago"
    unit = tables.units[_key(match.group("ago_u"))]
    if unit in UNIT_DAYS:
        moved = shifted(published, -count * UNIT_DAYS[unit])
        if moved is None:
            return None
        if unit == "day":
            return moved.isoformat(), "day"
        return f"{moved.year:04d}-{moved.month:02d}", "month"
    if unit == "month":
        return month_value(published.year * 12 + published.month - 1 - count)
    return year_value(published.year - count)


def _tense(match: re.Match[str], tables: _Tables, doc: Doc) -> ClauseTense:
    """The tense of the date's clause; none for a date that qualifies a noun ("26 नवंबर के हमले"):
    the clause's verb is not the noun's time."""
    before, after = tables.roles["attribute"]
    text, start = match.string, match.start()
    if after.match(text, match.end()) or before.search(text, max(0, start - _WINDOW), start):
        return None
    return clause_tense(doc, tables.language, start, match.end())
