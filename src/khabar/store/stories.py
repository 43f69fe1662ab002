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

A story's row and its combined counts are made in ``khabar.store.story_summary``.

Hand-written: no installed library groups events by these rules. How well stories match a
gold grouping is measured in ``eval/stories.py``.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

from khabar.rules import distance_km
from khabar.schema import Entity, Event
from khabar.text.normalise import fold

DAY_WINDOW = 3  # days between two reports of one happening
NEAR_KM = 50.0  # points closer than this are the same place
POINT_PRECISIONS = frozenset({"city", "point", "admin2"})  # places precise enough to measure distances
WEAK_PREFIX = "sector:"
SIDES = ("source", "target")


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
