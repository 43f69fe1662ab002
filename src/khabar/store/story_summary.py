"""A story's summary row and its figures, combined across the sources that report them.

Counts are combined conservatively and never summed (``combine_counts``): each source's
figure is the largest its articles report for the story (reports are revised upwards as a
toll becomes known); with one source that figure, with two the minimum, with three or more
the lower median, so a single outlier neither inflates nor deflates the result. The
minimum, maximum and every source's figure are kept.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from khabar.store.stories import Profile

CountMethod = Literal["single", "minimum", "median"]


@dataclass(frozen=True, slots=True)
class CombinedCount:
    """One figure of a story, with the disagreement between its sources."""

    what: str
    value: int
    method: CountMethod
    min: int
    max: int
    per_source: tuple[tuple[str, str, int], ...]  # (source, article id, value)


@dataclass(frozen=True, slots=True)
class Summary:
    """A story as the ``stories`` table stores it."""

    id: str
    type: str
    mode: str | None
    first_day: date | None
    last_day: date | None
    country: str | None
    location_name: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    geo_precision: str | None
    actors: list[str]
    languages: list[str]
    article_ids: list[str]
    n_events: int
    n_sources: int
    title: str | None
    counts: list[CombinedCount]


def combine_counts(events: Sequence[Profile]) -> list[CombinedCount]:
    """Each kind of figure over a story's events, combined across sources (module docstring)."""
    per_article: dict[str, dict[tuple[str, str], int]] = defaultdict(dict)
    for event in events:
        for what, value in event.counts.items():
            key = (event.source or event.article_id, event.article_id)
            per_article[what][key] = max(value, per_article[what].get(key, value))
    combined = []
    for what in sorted(per_article):
        best: dict[str, tuple[str, int]] = {}
        for (source, article), value in sorted(per_article[what].items()):
            if source not in best or value > best[source][1]:
                best[source] = (article, value)
        values = sorted(value for _, value in best.values())
        method: CountMethod = "single" if len(values) == 1 else "minimum" if len(values) == 2 else "median"
        combined.append(
            CombinedCount(
                what=what,
                value=values[0] if method != "median" else statistics.median_low(values),
                method=method,
                min=values[0],
                max=values[-1],
                per_source=tuple(
                    (source, article, value) for source, (article, value) in sorted(best.items())
                ),
            )
        )
    return combined


def summarise(sid: str, events: Sequence[Profile]) -> Summary:
    """A story's row: its span of days, main place, actors, languages, articles and figures."""
    days = [e.day for e in events if e.day is not None]
    placed = [e for e in events if e.country or e.location_name]
    place = _main_place(placed) if placed else None
    by_article = sorted({(e.published or date.max, e.article_id, e.title) for e in events})
    return Summary(
        id=sid,
        type=events[0].type,
        mode=_most_common(e.mode for e in events),
        first_day=min(days, default=None),
        last_day=max(days, default=None),
        country=_most_common(e.country for e in events),
        location_name=place.location_name if place else None,
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        geonames_id=place.geonames_id if place else None,
        geo_precision=place.geo_precision if place else None,
        actors=[name for name, _ in Counter(a for e in events for a in e.actors).most_common()],
        languages=sorted({e.language for e in events if e.language}),
        article_ids=[article for _, article, _ in by_article],
        n_events=len(events),
        n_sources=len({e.source or e.article_id for e in events}),
        title=next((title for _, _, title in by_article if title), None),
        counts=combine_counts(events),
    )


def _main_place(events: Sequence[Profile]) -> Profile:
    """The most often named of the most precise places."""
    rank = {"point": 0, "city": 1, "admin2": 2, "admin1": 3, "country": 4}
    best = min(rank.get(e.geo_precision or "", 5) for e in events)
    precise = [e for e in events if rank.get(e.geo_precision or "", 5) == best]
    name = _most_common(e.location_name for e in precise)
    return next(e for e in precise if e.location_name == name)


def _most_common(values: Iterable[Any]) -> Any:
    counter = Counter(v for v in values if v is not None)
    return counter.most_common(1)[0][0] if counter else None
