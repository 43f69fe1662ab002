"""``Knowledge``: every lookup the extraction stages need, built lazily and once.

One object bundles the actor registry (built in plus user dictionaries), the gazetteer of
surfaces matched in one Aho-Corasick pass (country names and demonyms, actors, title,
institution and generic actor words of every language), and the cross-script name index used to link
romanised names to Latin knowledge-base names. Places are looked up by exact name in
``knowledge.places`` and fuzzily through the name index.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Literal

import ahocorasick_rs

import khabar
from khabar.knowledge import countries, place_sounds, places
from khabar.knowledge.actor_registry import ActorRegistry
from khabar.knowledge.actors import Actor
from khabar.knowledge.cache import load_or_build
from khabar.knowledge.data import PACKAGE_ROOT
from khabar.lang import languages, topic
from khabar.lang.models import Agents as AgentsTopic
from khabar.lang.models import Institutions as InstitutionsTopic
from khabar.lang.models import Titles as TitlesTopic
from khabar.text.normalise import fold
from khabar.text.patterns import expand
from khabar.text.translit import NameIndex, NameMatch

ACRONYM_MAX = 6  # surfaces this short with inner capitals must match the original case
FUZZY_PLACE_POPULATION = 15_000  # smaller places are linked by exact name only
MATCH_CACHE = 50_000  # remembered name lookups per process


@dataclass(frozen=True, slots=True)
class Title:
    """A title cue: the role it gives the person it introduces."""

    surface: str
    role: str | None
    sector: str | None
    position: Literal["before", "after", "both"] = "before"


@dataclass(frozen=True, slots=True)
class Institution:
    """An institution word that combines with a country ("Russian" + "defence ministry")."""

    surface: str
    name: str  # English, e.g. "Ministry of Defence"
    sector: str | None
    alone: str | None = None  # the known actor (id) the word names with no country told


@dataclass(frozen=True, slots=True)
class AgentWord:
    """A word for a generic actor ("police", "जवानों"): the actor's English name and sector, and
    whether it is one only right before a postposition or punctuation (``marked_only``: kin)."""

    surface: str
    name: str
    sector: str | None  # none: the actor's phrase gives it
    marked_only: bool = False


@dataclass(frozen=True, slots=True)
class NotAgent:
    """A phrase that holds a generic actor word but names no actor ("social media")."""

    surface: str


@dataclass(frozen=True, slots=True)
class CountryWord:
    """A country's name or its demonym ("Russia", "रूसी")."""

    iso3: str
    demonym: bool = False


@dataclass(frozen=True, slots=True)
class Hit:
    """What a gazetteer surface stands for: a country, a known actor, or a title or institution cue."""

    referent: CountryWord | Actor | Title | Institution | AgentWord | NotAgent
    language: str | None = None  # for cues: the language whose data it came from
    case_sensitive: bool = False


Referent = tuple[str, object]  # ("actor", Actor) | ("place", Place) | ("country", iso3)


@cache
def titles(language: str) -> tuple[Title, ...]:
    """Title cues (and honorifics, with no role) of ``language`` from ``lang/<code>/titles.yaml``."""
    data = topic(language, TitlesTopic)
    return (
        *(Title(entry.cue, entry.role, entry.sector, entry.position) for entry in data.titles),
        *(Title(entry.cue, None, None, entry.position) for entry in data.honorifics),
    )


@cache
def institutions(language: str) -> tuple[Institution, ...]:
    """Institution cues of ``language`` from ``lang/<code>/institutions.yaml``."""
    return tuple(
        Institution(entry.cue, entry.name, entry.sector, entry.alone)
        for entry in topic(language, InstitutionsTopic).institutions
    )


@cache
def agent_words(language: str | None) -> dict[str, AgentWord]:
    """Folded surface -> generic actor word of ``language`` (``lang/<code>/agents.yaml``)."""
    return {
        fold(surface): AgentWord(surface, agent.name, agent.sector, agent.marked_only)
        for agent in topic(language, AgentsTopic).agents
        for word in agent.words
        for surface in expand(word)
    }


class Gazetteer:
    """Folded surfaces → hits, matched in one Aho-Corasick pass."""

    def __init__(self, surfaces: dict[str, list[Hit]]) -> None:
        self.patterns = list(surfaces)
        self.hits = [surfaces[p] for p in self.patterns]
        self._automaton = ahocorasick_rs.AhoCorasick(self.patterns) if self.patterns else None

    def find(self, folded: str) -> list[tuple[int, int, list[Hit]]]:
        """Every (overlapping) occurrence of a surface: ``(start, end, hits)`` in folded offsets."""
        if self._automaton is None:
            return []
        return [
            (start, end, self.hits[index])
            for index, start, end in self._automaton.find_matches_as_indexes(folded, overlapping=True)
        ]


class Knowledge:
    """The knowledge khabar links to. ``Knowledge(actor_files=[...])`` adds user dictionaries
    (YAML as ``data/actors.yaml``, or PETRARCH/Phoenix actor files)."""

    def __init__(self, actor_files: Sequence[str | Path] = ()) -> None:
        self.actor_files = tuple(Path(p) for p in actor_files)
        self._matches: dict[tuple[str, float, bool], list[NameMatch[Referent]]] = {}
        self._bodies: dict[str, Actor | None] = {}
        self._loaded = False

    @cached_property
    def actors(self) -> ActorRegistry:
        return ActorRegistry.load(*self.actor_files)

    @cached_property
    def gazetteer(self) -> Gazetteer:
        surfaces: dict[str, list[Hit]] = defaultdict(list)

        def add(surface: str, hit: Hit) -> None:
            key = fold(surface).strip()
            if len(key) > 1 and hit not in surfaces[key]:
                surfaces[key].append(hit)

        codes = languages()
        for surface, iso3, kind in countries.surface_forms(codes):
            add(surface, Hit(CountryWord(iso3, demonym=kind != "name"), case_sensitive=_exact(surface)))
        for surface, actor in self.actors.surfaces():
            add(surface, Hit(actor, case_sensitive=_exact(surface)))
        for code in codes:
            for title in titles(code):
                add(title.surface, Hit(title, code))
            for institution in institutions(code):
                add(institution.surface, Hit(institution, code))
            for agent in agent_words(code).values():
                add(agent.surface, Hit(agent, code))
            for phrase in topic(code, AgentsTopic).not_agents:
                add(phrase, Hit(NotAgent(phrase), code))
        return Gazetteer(dict(surfaces))

    @cached_property
    def acronyms(self) -> dict[str, list[Actor]]:
        """Actors by acronym (upper case), for acronyms spelled in another script (सीएसटीओ)."""
        table: dict[str, list[Actor]] = defaultdict(list)
        for actor in self.actors:
            for acronym in actor.acronyms:
                table[acronym.upper()].append(actor)
        return dict(table)

    @cached_property
    def names(self) -> NameIndex[Referent]:
        """Latin names of actors, countries and places, for names written in other scripts
        (built once and kept in the disk cache: building takes seconds, loading a fraction)."""
        return load_or_build("names", self._names_key(), lambda: NameIndex(self._latin_names()))

    def _names_key(self) -> str:
        """Everything the name index is built from: package data, user dictionaries, settings."""
        digest = hashlib.sha256(
            f"{khabar.__version__} {NameIndex.FORMAT} {FUZZY_PLACE_POPULATION} {places.cache_key()}".encode()
        )
        for path in [*sorted((PACKAGE_ROOT / "data").rglob("*.yaml")), *self.actor_files]:
            digest.update(path.read_bytes())
        return digest.hexdigest()

    @cached_property
    def actor_names(self) -> NameIndex[Referent]:
        """Latin names of actors only: spelling variants of Latin names are people and bodies,
        while Latin place names are matched exactly (fuzzy Latin place matches are other words)."""
        return NameIndex((name, referent) for name, referent in self._latin_names() if referent[0] == "actor")

    def preload(self) -> None:
        """Load every table now rather than on first use (before forking workers that share them)."""
        if self._loaded:
            return
        for table in ("actors", "gazetteer", "acronyms", "names", "actor_names"):
            getattr(self, table)
        places.preload()
        place_sounds.preload()
        self._loaded = True

    def match_name(
        self, name: str, threshold: float, *, actors_only: bool = False
    ) -> list[NameMatch[Referent]]:
        """Names like ``name`` (any script), remembered: the same names recur across a day's news."""
        key = (name, threshold, actors_only)
        found = self._matches.get(key)
        if found is None:
            if len(self._matches) >= MATCH_CACHE:
                self._matches.clear()
            index = self.actor_names if actors_only else self.names
            try:
                found = index.match_detailed(name, threshold=threshold)
            except KeyError:  # a letter the romanisation tables lack (e.g. a nukta on श): no match
                found = []
            self._matches[key] = found
        return list(found)

    def body_named(self, institution: str) -> Actor | None:
        """The one known organisation an institution name fits ("Department of State"), if only one."""
        if institution not in self._bodies:
            wanted = fold(institution)
            bodies = [
                actor
                for actor in self.actors
                if actor.type == "ORG"
                and actor.country
                and any(wanted in fold(surface) for surface in (actor.name, *actor.aliases))
            ]
            self._bodies[institution] = bodies[0] if len(bodies) == 1 else None
        return self._bodies[institution]

    def _latin_names(self) -> Iterable[tuple[str, Referent]]:
        for actor in self.actors:
            if actor.type in ("PERSON", "ORG"):
                for surface in (actor.name, *actor.aliases):
                    if surface.isascii():
                        yield surface, ("actor", actor)
        for country in countries.all_countries():
            yield country.name, ("country", country.iso3)
        for name, place in places.latin_names():
            if place.feature == "admin1" or place.population >= FUZZY_PLACE_POPULATION:
                yield name, ("place", place)


def _exact(surface: str) -> bool:
    """Short forms with capitals after the first letter ("US", "LeT") match only so written: with
    those letters in lower case they are words ("us", "Let")."""
    return len(surface) <= ACRONYM_MAX and surface[1:] != surface[1:].lower()


@cache
def default_knowledge() -> Knowledge:
    """The built-in knowledge, shared by every call that passes none."""
    return Knowledge()
