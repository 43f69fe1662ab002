"""The date patterns and tables of one language, compiled from ``lang/<code>/dates.yaml``.

One regex per language finds every candidate (ISO and numeric forms, day and month names,
month and year cues, "3 days ago", weekdays, relative periods and day words); the tables map
what it captures to numbers and keys. ``khabar.extractors.dates`` finds dates with them and
``khabar.extractors.date_values`` resolves them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from khabar.extractors.regexes import StartFinder, bounded, phrase_pattern, word_chars
from khabar.lang import topic
from khabar.lang.models import Dates, Numbers
from khabar.text.normalise import fold, fold_phrases

_ISO = r"(?P<iso_y>\d{4})-(?P<iso_m>\d{2})-(?P<iso_d>\d{2})"
_NUMERIC = r"(?P<n1>\d{1,2})(?P<nsep>[/.-])(?P<n2>\d{1,2})(?P=nsep)(?P<n3>\d{4})"
WINDOW = 30  # characters around a number read to tell whether it belongs to a date
DateRole = Literal["period", "attribute"]
NAME_GROUPS = ("dm_m", "md_m", "my_m", "mc_m", "ma_m", "mm_m", "wd")  # groups holding a month or weekday name


@dataclass(frozen=True, slots=True)
class DateTables:
    """The compiled date patterns and lookup tables of one language."""

    starts: StartFinder
    pattern: re.Pattern[str]
    relative_year: re.Pattern[str]  # "last year" right after a date
    relative_year_before: re.Pattern[str]  # ... or right before it ("पिछले साल जुलाई में")
    roles: dict[DateRole, tuple[re.Pattern[str], re.Pattern[str]]]  # words right before, right after
    period_clause: re.Pattern[str] | None  # opens a clause bounding a period ("since the war began")
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
    return {phrase_key(fold(word)): key for key, words in table.items() for word in words}


def _words(items: tuple[str, ...]) -> str:
    return phrase_pattern(fold_phrases(items))


@cache
def date_tables(language: str | None) -> DateTables:
    """The compiled patterns and tables of ``language`` (built once per language)."""
    data = topic(language, Dates)
    w = word_chars()
    months = _names(data.months)
    abbreviations = _names(data.month_abbreviations)
    weekdays = _names(data.weekdays)
    days = {phrase_key(fold(k)): v for k, v in data.days.items()}
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
        rf"(?P<mm_mod>{phrase_pattern(modifiers)})\s+(?P<mm_m>{full})(?![{w}])(?!\.?,?\s+\d)",
        rf"(?:(?P<wd_mod>{phrase_pattern(modifiers)})\s+)?(?P<wd>{phrase_pattern(weekdays)})",
        rf"(?P<per_mod>{phrase_pattern(modifiers)})\s+(?P<per_u>{unit_words})",
        rf"(?P<day>{phrase_pattern(days)})",
    ]
    pattern = "|".join(f"(?:{alt})" for alt in alternatives)
    first_words = [*months, *abbreviations, *weekdays, *days, *modifiers, *counts]
    first_words += fold_phrases([*data.month_cues_before, *data.year_cues_before])
    return DateTables(
        starts=StartFinder.of(first_words),
        pattern=re.compile(bounded(pattern)),
        roles={
            role: (
                re.compile(rf"(?<![{w}])(?:{_words(getattr(data, f'{role}_before'))})\s+$"),
                re.compile(rf"\s+(?:{_words(getattr(data, f'{role}_after'))})(?![{w}])"),
            )
            for role in ("period", "attribute")
        },
        period_clause=re.compile(bounded(_words(data.period_clauses))) if data.period_clauses else None,
        relative_year=re.compile(
            rf"\s+(?P<mod>{phrase_pattern(modifiers)})\s+(?:{_words(data.units.year)})(?![{w}])"
        ),
        relative_year_before=re.compile(
            rf"(?<![{w}])(?P<mod>{phrase_pattern(modifiers)})\s+(?:{_words(data.units.year)})\s+$"
        ),
        months={**months, **abbreviations},
        weekdays=weekdays,
        days=days,
        tense_sensitive=frozenset(phrase_key(fold(k)) for k in data.tense_sensitive),
        modifiers=modifiers,
        units=units,
        ago_blockers=frozenset(fold(k) for k in data.ago_blockers),
        language=language,
        numeric_order=data.numeric_order,
        capitalised=data.capitalised,
    )


def phrase_key(surface: str) -> str:
    """A captured phrase as the tables key it: its words joined by one space."""
    return " ".join(surface.split())
