"""Stories: the events of many articles, in any language, that report the same happening.

Two events report the same happening when they have the same PLOVER type, days at most
``DAY_WINDOW`` apart, places that agree (the same GeoNames place or points within
``NEAR_KM``; the same country when either place is imprecise) and actors that overlap.
Actors are compared side by side (source with source, target with target) through
language-independent keys (entities carry canonical English names, so a Hindi and an English
report give the same keys): the knowledge-base id, the folded canonical name, and country +
sector ("IND/COP" for "Delhi police"). A side named in both events must share a key, or the
events differ (police arresting teachers is not police arresting thieves). A shared strong
key links two events whose places do not disagree; a bare sector ("COP") is a weak key that
links them only when their places agree exactly, and so does an event with no named actor.

Grouping is single-linkage: an event joins every story one of whose events it matches, and
stories it bridges are merged. It runs incrementally (``assign``), so a store grows one
batch at a time without regrouping everything. Negated events and events not asserted as
having happened (future, intended, possible) belong to no story.

Counts are combined conservatively and never summed (``combine_counts``): each source's
figure is the largest its articles report for the story (reports are revised upwards as a
toll becomes known); with one source that figure, with two the minimum, with three or more
the lower median, so a single outlier neither inflates nor deflates the result. The
minimum, maximum and every source's figure are kept.

Hand-written: no installed library groups events by these rules. How well stories match a
gold grouping is measured in ``eval/stories.py``.
"""

from __future__ import annotations

import hashlib
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal
from urllib.parse import urlsplit

from khabar.rules import distance_km
from khabar.schema import Entity, Event
from khabar.text.normalise import fold

DAY_WINDOW = 3  # days between two reports of one happening
NEAR_KM = 50.0  # points closer than this are the same place
POINT_PRECISIONS = frozenset({"city", "point", "admin2"})  # places precise enough to measure distances
WEAK_PREFIX = "sector:"
SIDES = ("source", "target")

CountMethod = Literal["single", "minimum", "median"]


@dataclass(frozen=True, slots=True)
class Profile:
    """What stories compare and summarise about one event (built from an ``events`` row)."""

    event_id: str
    article_id: str
    type: str
    day: date | None
    actor_keys: frozenset[str] = frozenset()
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    geo_precision: str | None = None
    location_name: str | None = None
    mode: str | None = None
    actors: tuple[str, ...] = ()
    counts: Mapping[str, int] = field(default_factory=dict)
    language: str | None = None
    source: str | None = None  # who published the article: outlet, else URL host, else article id
    title: str | None = None
    published: date | None = None

    @property
    def has_point(self) -> bool:
        return self.lat is not None and self.lon is not None and self.geo_precision in POINT_PRECISIONS


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


@dataclass(slots=True)
class Assignment:
    """The result of ``assign``: a story for each new event, and stories merged into others."""

    story_of: dict[str, str] = field(default_factory=dict)  # event id -> story id
    merged: dict[str, str] = field(default_factory=dict)  # story id -> the story it was merged into
    touched: set[str] = field(default_factory=set)  # stories whose members changed (merged ones excluded)


def storyable(event: Event) -> bool:
    """Whether an event reports something that happened, and so can belong to a story."""
    return not event.negated and event.modality == "asserted"


def actor_keys(event: Event, entities: Mapping[str, Entity]) -> list[str]:
    """The language-independent keys of an event's actors, ``<side>|<key>`` (sorted, unique)."""
    keys: set[str] = set()
    sides = (
        ("source", event.source, event.source_country, event.source_sector),
        ("target", event.target, event.target_country, event.target_sector),
    )
    for side, entity_id, country, sector in sides:
        entity = entities.get(entity_id) if entity_id else None
        if entity is not None:
            if entity.type != "GROUP":  # "police" names no one: a generic actor keys by country and sector
                keys.add(f"{side}|name:{fold(entity.name)}")
            if entity.kb_id:
                keys.add(f"{side}|kb:{entity.kb_id}")
            country = country or entity.country
            sector = sector or entity.sector
        if sector:  # "IND/COP" and "COP" share the weak key
            keys.add(f"{side}|{WEAK_PREFIX}{sector}")
            if country:
                keys.add(f"{side}|cs:{country}/{sector}")
    return sorted(keys)


def source_key(outlet: str | None, url: str | None, article_id: str) -> str:
    """Who published an article, for counting independent sources."""
    if outlet:
        return outlet
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else article_id


def story_id(founding_event_id: str) -> str:
    """A story's id, from the event that founded it."""
    return "s" + hashlib.sha1(founding_event_id.encode()).hexdigest()[:15]


def places_agree(a: Profile, b: Profile) -> bool | None:
    """True for the same place, False for different ones, None when either is unknown or too coarse."""
    if a.geonames_id is not None and a.geonames_id == b.geonames_id:
        return True
    if a.has_point and b.has_point:
        return distance_km(a.lat, a.lon, b.lat, b.lon) <= NEAR_KM  # type: ignore[arg-type]
    if a.country and b.country:
        return None if a.country == b.country else False
    return None


def same_happening(a: Profile, b: Profile) -> bool:
    """Whether two events report the same happening (see the module docstring)."""
    if a.type != b.type or a.day is None or b.day is None or abs((a.day - b.day).days) > DAY_WINDOW:
        return False
    place = places_agree(a, b)
    if place is False:
        return False
    strong = False
    for side in SIDES:
        mine, theirs = _side_keys(a, side), _side_keys(b, side)
        if mine and theirs:
            shared = mine & theirs
            if not shared:
                return False
            strong = strong or any(not key.startswith(WEAK_PREFIX) for key in shared)
    return strong or place is True


def _side_keys(profile: Profile, side: str) -> set[str]:
    prefix = f"{side}|"
    return {key.removeprefix(prefix) for key in profile.actor_keys if key.startswith(prefix)}


def assign(new: Iterable[Profile], stories: Mapping[str, Sequence[Profile]]) -> Assignment:
    """Put each new event into the stories it matches (merging them) or into a new story.

    ``stories`` holds the existing stories that could match (their events); new events are
    compared with each other too, in order.
    """
    result = Assignment()
    members: dict[str, list[Profile]] = {sid: list(events) for sid, events in stories.items()}
    by_type_day: dict[tuple[str, date], set[str]] = defaultdict(set)
    for sid, events in members.items():
        for event in events:
            if event.day is not None:
                by_type_day[event.type, event.day].add(sid)
    for event in new:
        matched = sorted(
            {
                sid
                for sid in _candidates(event, by_type_day)
                if any(same_happening(event, other) for other in members[sid])
            },
            key=lambda sid: (-len(members[sid]), sid),
        )
        if not matched:
            target = story_id(event.event_id)
            members[target] = []
        else:
            target = matched[0]
            for absorbed in matched[1:]:
                _merge(absorbed, target, members, by_type_day, result)
        members[target].append(event)
        if event.day is not None:
            by_type_day[event.type, event.day].add(target)
        result.story_of[event.event_id] = target
        result.touched.add(target)
    return result


def _candidates(event: Profile, by_type_day: Mapping[tuple[str, date], set[str]]) -> set[str]:
    if event.day is None:
        return set()
    found: set[str] = set()
    first = max(event.day.toordinal() - DAY_WINDOW, date.min.toordinal())
    last = min(event.day.toordinal() + DAY_WINDOW, date.max.toordinal())
    for ordinal in range(first, last + 1):  # the window, clipped to the calendar (0001-01-01 to 9999-12-31)
        found |= by_type_day.get((event.type, date.fromordinal(ordinal)), set())
    return found


def _merge(
    absorbed: str,
    target: str,
    members: dict[str, list[Profile]],
    by_type_day: dict[tuple[str, date], set[str]],
    result: Assignment,
) -> None:
    for event in members.pop(absorbed):
        members[target].append(event)
        result.story_of[event.event_id] = target
        if event.day is not None:
            by_type_day[event.type, event.day].discard(absorbed)
            by_type_day[event.type, event.day].add(target)
    for earlier, into in result.merged.items():
        if into == absorbed:
            result.merged[earlier] = target
    result.merged[absorbed] = target
    result.touched.discard(absorbed)


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


def group(profiles: Iterable[Profile]) -> dict[str, str]:
    """Group events from scratch: event id -> story id."""
    assignment = assign(profiles, {})
    return assignment.story_of
