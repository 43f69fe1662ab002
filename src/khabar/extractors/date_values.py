"""Date candidates resolved to ISO 8601 values against the article's publication date.

The rules are those of ``khabar.extractors.dates``' docstring: bare weekdays and year-less
days and months take the past unless their clause is in the future tense, "last year" after a
date names its year, and relative expressions need a publication date.
"""

from __future__ import annotations

import re
from datetime import date

from khabar.doc import Doc
from khabar.extractors.calendar import (
    UNIT_DAYS,
    closest_day,
    closest_month,
    day_value,
    modified_month,
    month_value,
    news_year,
    numeric_date,
    period,
    shifted,
    year_value,
)
from khabar.extractors.date_tables import NAME_GROUPS, WINDOW, DateTables, phrase_key
from khabar.extractors.numbers import parse_number
from khabar.extractors.tense import ClauseTense, clause_tense
from khabar.schema import Precision


def named_right(match: re.Match[str], tables: DateTables, doc: Doc) -> bool:
    """False when the candidate's month or weekday name is not capitalised in a language that
    capitalises them ("march on" is no month)."""
    name = next((k for k in NAME_GROUPS if match.group(k)), None)
    return not (name and tables.capitalised and not doc.text[doc.folded.offset(match.start(name))].isupper())


def resolve(match: re.Match[str], tables: DateTables, doc: Doc) -> tuple[str, Precision] | None:
    """ISO value and precision of one candidate, or ``None`` when it is not a date here."""
    g = match.groupdict()
    published = doc.published
    if not named_right(match, tables, doc):
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
    if g["mm_m"]:  # "last July": the nearest July before the publication's month, "next July" after it
        return modified_month(tables.months[g["mm_m"]], tables.modifiers[phrase_key(g["mm_mod"])], published)
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
        return period(
            tables.modifiers[phrase_key(g["per_mod"])], tables.units[phrase_key(g["per_u"])], published
        )
    if g["ago_n"]:
        return _ago(match, tables, doc, published)
    key = phrase_key(g["day"])
    offset = tables.days[key]
    if key in tables.tense_sensitive and _tense(match, tables, doc) == "future":
        offset = -offset
    day = shifted(published, offset)
    return (day.isoformat(), "day") if day else None


def _relative_year(match: re.Match[str], tables: DateTables, published: date | None) -> int | None:
    """The year a "last year", "this year" or "next year" right after a year-less date (or right before
    it: "पिछले साल जुलाई में") names."""
    if published is None:
        return None
    relative = tables.relative_year.match(match.string, match.end()) or tables.relative_year_before.search(
        match.string, max(0, match.start() - WINDOW), match.start()
    )
    if relative is None:
        return None
    modifier = tables.modifiers[phrase_key(relative.group("mod"))]
    return published.year + {"last": -1, "this": 0, "next": 1}[modifier]


def _weekday(
    match: re.Match[str], tables: DateTables, doc: Doc, published: date
) -> tuple[str, Precision] | None:
    weekday = tables.weekdays[match.group("wd")]
    modifier = tables.modifiers.get(phrase_key(match.group("wd_mod") or ""))
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


def _ago(match: re.Match[str], tables: DateTables, doc: Doc, published: date) -> tuple[str, Precision] | None:
    before = doc.folded.text[max(0, match.start() - 20) : match.start()].split()
    if before and before[-1] in tables.ago_blockers:
        return None
    parsed = parse_number(match.group("ago_n"), tables.language) if tables.language else None
    count = parsed[0] if parsed else 1  # "a week ago"
    unit = tables.units[phrase_key(match.group("ago_u"))]
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


def _tense(match: re.Match[str], tables: DateTables, doc: Doc) -> ClauseTense:
    """The tense of the date's clause; none for a date that qualifies a noun ("26 नवंबर के हमले"):
    the clause's verb is not the noun's time."""
    before, after = tables.roles["attribute"]
    text, start = match.string, match.start()
    if after.match(text, match.end()) or before.search(text, max(0, start - WINDOW), start):
        return None
    return clause_tense(doc, tables.language, start, match.end())
