"""Calendar arithmetic for dates resolved against a publication day, bounded to years 0001-9999.

Every function returns ``None`` (never raises) when the date it would give falls outside the
calendar that ISO 8601 and Python's ``date`` share.
"""

from __future__ import annotations

from datetime import MAXYEAR, MINYEAR, date

from khabar.schema import Precision

_FUTURE_WEIGHT = 3  # a day after publication counts as this many days before it
UNIT_DAYS = {"day": 1, "week": 7}
_FIRST_DAY, _LAST_DAY = date.min.toordinal(), date.max.toordinal()  # 0001-01-01, 9999-12-31


def shifted(published: date, days: int) -> date | None:
    """``published`` moved by ``days`` (any size), or ``None`` outside years 0001-9999."""
    ordinal = published.toordinal() + days
    return date.fromordinal(ordinal) if _FIRST_DAY <= ordinal <= _LAST_DAY else None


def year_value(year: int) -> tuple[str, Precision] | None:
    return (f"{year:04d}", "year") if MINYEAR <= year <= MAXYEAR else None


def month_value(index: int) -> tuple[str, Precision] | None:
    """The month ``index`` months after January of year 0, or ``None`` outside years 0001-9999."""
    year, month = divmod(index, 12)
    return (f"{year:04d}-{month + 1:02d}", "month") if MINYEAR <= year <= MAXYEAR else None


def day_value(year: int | None, month: int, day: int) -> tuple[str, Precision] | None:
    if year is None:
        return None
    try:
        return date(year, month, day).isoformat(), "day"
    except ValueError:
        return None


def _distance(candidate: date, published: date) -> int:
    days = (candidate - published).days
    return days * _FUTURE_WEIGHT if days > 0 else -days


def _closest(candidates: list[date], published: date, tense: str | None) -> date | None:
    """The candidate meant: the earliest on or after publication in a future-tense clause, else
    the latest on or before it (news speaks of the past unless it says otherwise)."""
    if tense == "future":
        candidates = [d for d in candidates if d >= published] or candidates
    else:
        candidates = [d for d in candidates if d <= published] or candidates
    return min(candidates, key=lambda d: _distance(d, published), default=None)


def closest_day(
    month: int, day: int, published: date | None, tense: str | None
) -> tuple[str, Precision] | None:
    if published is None:
        return None
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    found = _closest(candidates, published, tense)
    return (found.isoformat(), "day") if found else None


def closest_month(month: int, published: date | None, tense: str | None) -> tuple[str, Precision] | None:
    if published is None:
        return None
    years = (published.year - 1, published.year, published.year + 1)
    candidates = [date(y, month, 1) for y in years if MINYEAR <= y <= MAXYEAR]
    found = _closest(candidates, published.replace(day=1), tense)
    return (f"{found.year:04d}-{month:02d}", "month") if found else None


def modified_month(month: int, modifier: str, published: date | None) -> tuple[str, Precision] | None:
    """The month a modifier names ("last July", "this July", "next July"): the nearest such month
    before the month of publication, in its year, or after it."""
    if published is None:
        return None
    year = published.year
    if modifier == "last":
        year -= 1 if month >= published.month else 0
    elif modifier == "next":
        year += 1 if month <= published.month else 0
    return month_value(year * 12 + month - 1)


def numeric_date(
    first: int, second: int, year: int, order: str, published: date | None
) -> tuple[str, Precision] | None:
    """``first/second/year``: the language's order, unless only the other is a valid date,
    or (both valid) the other is on or before publication and closer to it."""
    readings = []
    for day, month in (
        ((first, second), (second, first)) if order == "dmy" else ((second, first), (first, second))
    ):
        if (resolved := day_value(news_year(str(year)), month, day)) is not None:
            readings.append(date.fromisoformat(resolved[0]))
    if not readings:
        return None
    if published is not None:
        readings.sort(key=lambda d: _distance(d, published))
    return readings[0].isoformat(), "day"


def period(modifier: str, unit: str, published: date) -> tuple[str, Precision] | None:
    step = {"last": -1, "this": 0, "next": 1}[modifier]
    if unit == "year":
        return year_value(published.year + step)
    if unit == "month":
        return month_value(published.year * 12 + published.month - 1 + step)
    if unit == "week":
        moved = shifted(published, 7 * step)
        return (f"{moved.year:04d}-{moved.month:02d}", "month") if moved else None
    return None


def news_year(surface: str) -> int | None:
    """A four-digit year as news writes it (1900-2100), else ``None``."""
    year = int(surface)
    return year if 1900 <= year <= 2100 else None
