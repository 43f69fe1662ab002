"""The rules that derive values from records, stated once for the store, its exports and the API.

The store writes what these functions compute into its columns (``events.day``,
``events.fatalities``, ``dates.day``, ``stories.fatalities``), exports and the API read those
columns, and the evaluation scorers call the same functions, so no copy of a rule can drift.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date

from khabar.schema import Event

EARTH_RADIUS_KM = 6371.0
FATALITIES = "killed"  # the count kind whose figure is an event's (or story's) fatalities
# The largest count a record may carry; a larger figure is a misreading ("20 billion billion
# killed") and is dropped. Not the world's population: counts are not only of people (bbc-hi:271
# reports 20.7 अरब, 2.07 * 10^10, mammals dead). 10^12 keeps such figures, and a story's sum of
# a million events' counts still fits a signed 64-bit column (DuckDB BIGINT, 9.2 * 10^18).
MAX_COUNT = 10**12
# More killed than this in one event is a war's or a period's toll unless the text names the act that
# killed them ("the blast killed ..."): the coder keeps such a count off an event whose clause tells only
# of deaths, and the attachment report counts the events above it.
LARGEST_EVENT_TOLL = 10_000


def first_day(value: str | None) -> date | None:
    """The first day an ISO 8601 date, month or year (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``) stands for."""
    if not value:
        return None
    parts = value.split("-")
    if len(parts) > 3:
        return None
    try:
        year, month, day = [int(part) for part in parts] + [1] * (3 - len(parts))
        return date(year, month, day)
    except ValueError:
        return None


def valid_count(value: int) -> bool:
    """Whether a count of people is one a record may carry: not negative, at most ``MAX_COUNT``."""
    return 0 <= value <= MAX_COUNT


def event_day(event: Event, published: date | None) -> date | None:
    """An event's day: its own date when given to the day, else its article's publication day."""
    if event.date and event.date_precision == "day":
        return first_day(event.date)
    return published


def fatalities(counts: Mapping[str, int]) -> int | None:
    """The number of people killed among an event's (or a story's) counts, None when not reported."""
    return counts.get(FATALITIES)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance between two points, in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlam = phi2 - phi1, math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlam / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))
