"""Mentions found so far: where they lie, their referent as a typed key, and what the context said."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from khabar.doc import Doc
from khabar.knowledge.actors import Actor
from khabar.knowledge.place_choice import Evidence
from khabar.knowledge.places import Place
from khabar.schema import MentionKind
from khabar.text.translit import display_name


@dataclass(frozen=True, slots=True)
class ActorKey:
    """A knowledge-base actor."""

    id: str


@dataclass(frozen=True, slots=True)
class CountryKey:
    iso3: str


@dataclass(frozen=True, slots=True)
class PlaceKey:
    """A place: its GeoNames id, or its name where it has none (a place the gazetteer lacks)."""

    ident: int | str


@dataclass(frozen=True, slots=True)
class NameKey:
    """A person or organisation the knowledge base lacks, by the name shown for it."""

    type: Literal["PERSON", "ORG"]
    name: str


@dataclass(frozen=True, slots=True)
class GroupKey:
    """A generic actor ("police", "Turkish forces"): its English name, and its country and sector, if
    known (a police spokesman is not a government one)."""

    name: str
    country: str | None
    sector: str | None


Key = ActorKey | CountryKey | PlaceKey | NameKey | GroupKey
PEOPLE_BLOCK = 32_768  # characters: a surname alone refers to a person named within one to two blocks
PEOPLE_NEAR = 128  # ... and among the latest this many of them to be named
MAX_POINTS = 40  # placed cities whose points are evidence for the next places (the first ones)


@dataclass(slots=True)
class Found:
    """One mention with its referent key and what the context said about it."""

    start: int
    end: int
    key: Key
    type: str
    role: str | None = None
    sector: str | None = None
    country: str | None = None
    place: Place | None = None
    actor: Actor | None = None
    name: str | None = None
    alternatives: list[Place] = field(default_factory=list)  # other places the name may mean
    cue: str | None = None  # the place feature a cue word implied
    kind: MentionKind = "name"  # a demonym points at its country without naming it ("भारतीय")
    town: Place | None = None  # the article's town, whose point a place without one takes ("Royal Street")


class Seen:
    """What the mentions found so far name, brought up to date as the list of them grows (it only
    grows while runs are linked): the mentions by where they start and end, every country of a
    mention, those of country mentions, and the people named near an offset (those with a mention
    in its block of ``PEOPLE_BLOCK`` characters or the blocks on either side, the latest
    ``PEOPLE_NEAR`` of them to be named, each with its last mention, in order of first mention), and
    the regions and city points of the places placed (``evidence``), so that a look-up costs the same
    however long the text."""

    def __init__(self, found: list[Found]) -> None:
        self.found = found
        self._read = 0
        self._countries: set[str] = set()
        self._named_countries: set[str] = set()  # those of country mentions
        self._opening: dict[int, list[Found]] = {}  # the mentions by where they start
        self._closing: dict[int, list[Found]] = {}  # ... and by where they end
        self._number: dict[Key, int] = {}  # each person's number, in order of first mention
        self._people: list[Found] = []  # by number, the last mention
        self._blocks: dict[int, set[int]] = {}  # the numbers of the people named in each block
        self._regions: set[tuple[str, str]] = set()  # (country, name) of the regions placed
        self._around: set[tuple[str, str]] = set()  # (country, region) of the cities placed
        self._points: list[tuple[float, float]] = []  # the first cities placed

    def _catch_up(self) -> None:
        for item in self.found[self._read :]:
            self._opening.setdefault(item.start, []).append(item)
            self._closing.setdefault(item.end, []).append(item)
            if item.country:
                self._countries.add(item.country)
                if item.type == "COUNTRY":
                    self._named_countries.add(item.country)
            if item.type == "PERSON":
                number = self._number.setdefault(item.key, len(self._number))
                if number == len(self._people):
                    self._people.append(item)
                self._people[number] = item
                self._blocks.setdefault(item.start // PEOPLE_BLOCK, set()).add(number)
            if (place := item.place) is not None and place.country:
                self._place(place)
        self._read = len(self.found)

    def _place(self, place: Place) -> None:
        if place.feature == "admin1":
            self._regions.add((place.country, place.name))
        elif len(self._points) < MAX_POINTS:
            self._points.append((place.lat, place.lon))
        if place.feature != "admin1" and place.admin1:
            self._around.add((place.country, place.admin1))

    def opening(self, offset: int) -> list[Found]:
        """The mentions that start at ``offset``, in the order they were found."""
        self._catch_up()
        return self._opening.get(offset, [])

    def closing(self, offset: int) -> list[Found]:
        """The mentions that end at ``offset``, in the order they were found."""
        self._catch_up()
        return self._closing.get(offset, [])

    def evidence(self, home: frozenset[str]) -> Evidence:
        """What the mentions so far say about where the article's places are (``home``: the home
        countries of its language); a view, to be read before more mentions are found."""
        self._catch_up()
        return Evidence(
            named=self._named_countries,
            implied=self._countries,
            regions=self._regions,
            points=self._points,
            around=self._around,
            home=home,
        )

    def names_country(self, iso3: str | None) -> bool:
        """Does a mention found so far (a country, a place in it, a known actor of it) name ``iso3``?"""
        self._catch_up()
        return iso3 in self._countries

    def people_near(self, offset: int) -> list[Found]:
        self._catch_up()
        block = offset // PEOPLE_BLOCK
        numbers = set().union(*(self._blocks.get(b, ()) for b in (block - 1, block, block + 1)))
        return [self._people[number] for number in sorted(numbers)[-PEOPLE_NEAR:]]


def country_found(start: int, end: int, iso3: str, *, demonym: bool = False) -> Found:
    """A mention of a country: its name, or (``demonym``) its people's or adjective ("भारतीय")."""
    kind: MentionKind = "demonym" if demonym else "name"
    return Found(start, end, CountryKey(iso3), "COUNTRY", country=iso3, kind=kind)


def named_found(
    start: int,
    end: int,
    type: Literal["PERSON", "ORG"],
    name: str,
    *,
    sector: str | None = None,
    country: str | None = None,
) -> Found:
    """A person or organisation the knowledge base lacks."""
    return Found(start, end, NameKey(type, name), type, sector=sector, country=country, name=name)


def group_found(start: int, end: int, name: str, sector: str | None, country: str | None) -> Found:
    """A generic actor: a group or person known by what they are, not by name."""
    return Found(
        start, end, GroupKey(name, country, sector), "GROUP", sector=sector, country=country, name=name
    )


def actor_found(start: int, end: int, actor: Actor, day: date | None) -> Found:
    if actor.type == "COUNTRY" and actor.country:
        return country_found(start, end, actor.country)
    role = actor.role_on(day)
    return Found(
        start,
        end,
        ActorKey(actor.id),
        actor.type,
        role=role.role if role else None,
        sector=(role.sector if role else None) or actor.sector,
        country=(role.country if role else None) or actor.country,
        actor=actor,
    )


def place_found(
    start: int, end: int, place: Place, alternatives: list[Place] | None = None, cue: str | None = None
) -> Found:
    return Found(
        start,
        end,
        place_key(place),
        "PLACE",
        country=place.country,
        place=place,
        alternatives=alternatives or [],
        cue=cue,
    )


def place_key(place: Place) -> PlaceKey:
    return PlaceKey(place.geonames_id or place.name)


def unresolved_place(doc: Doc, start: int, end: int) -> Found:
    """A place by its name alone, with no point: better than a same-named town elsewhere; shown as
    readers write it (``display_name``: रामपुरा गांव, "Rampura Gaon"), known by its surface."""
    surface = doc.text[start:end]
    return Found(start, end, PlaceKey(surface), "PLACE", name=display_name(surface))
