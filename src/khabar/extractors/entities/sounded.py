"""Places the gazetteer knows only in Latin letters, found by sound from a name in another script.

GeoNames has Latin names for every city but Devanagari ones for few, so a Hindi paper's भद्रवाह,
किश्तवाड़ or रफ़ाह is no exact name (``places``). A run that something says is a place (the name tagger,
a place cue word next to it: "भद्रवाह शहर", "किश्तवाड़ ज़िले", or a locative marker after it:
"भद्रवाह में") is romanised and compared with the Latin names under its phonetic key
(``khabar.knowledge.place_sounds``); the places with a name alike enough are its candidates, chosen
among with what the article says so far (``khabar.knowledge.place_choice``).

A name the gazetteer has in the run's own script is taken as it is; a sound is weaker evidence than a
spelling, so the place must suit the story. Where the tagger or a cue word says the run is a place, it
lies in a country the article names or places in, or a home country of the language, or is large
(``LARGE_PLACE``) and named by its own name ("शहर खाली करने", emptying the city, is not Hebron, Al
Khalil). Where only a locative marker does (many a common noun stands before "में"), the
run sounds like the own name of a place (not one of its many alternate names: बचा, "saved", is one of
Bhachau's) in a home country or, more closely, in one the article names, and is large (``LARGE_HOME_PLACE`` at
home, ``LARGE_PLACE`` abroad) or lies in a region the article names or near a city it places.
Places of fewer than ``MIN_POPULATION`` people (or none given) are not matched by sound: among
hundreds of thousands of villages some sound like any word. Frequent ordinary words are never looked
up (``link``). Candidates the evidence cannot tell apart (three towns named Tanda) make a place
without a point, in the country they share.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from rapidfuzz.distance import JaroWinkler
from rapidfuzz.process import cdist

from khabar.extractors.entities.context import similar
from khabar.extractors.entities.geocode import LARGE_HOME_PLACE, LARGE_PLACE
from khabar.knowledge import place_sounds, places
from khabar.knowledge.place_choice import Evidence, choose
from khabar.knowledge.places import CueFeature, Place
from khabar.text.normalise import fold
from khabar.text.translit import place_spelling, romanise, script_of, similarity

SOUND_THRESHOLD = 0.93  # least similarity of the romanised run to a place's Latin name
# names spelled less alike than this (Jaro-Winkler, in one vectorised pass) are not compared in full:
# a one-word name scoring SOUND_THRESHOLD needs 0.79; no pair that passed in 1,000 bench articles had < 0.9
SPELLING_FLOOR = 0.8
OWN_NAME_AT_HOME = 0.9  # ... to a home-country place's own name, on a locative marker alone (Bhadarwah 0.92)
OWN_SPELLING = 0.85  # ... to be a spelling of a place's own name, not another name (Lalgarh: Laungowal, 0)
MIN_POPULATION = 1_000  # smaller places are not matched by sound


@dataclass(frozen=True, slots=True)
class Sounded:
    """The place a run names (None when the evidence cannot tell its candidates apart), the country
    those share (if any), and the candidates (for choosing again with the whole article)."""

    place: Place | None
    country: str | None
    alternatives: list[Place]


def place_by_sound(surface: str, evidence: Evidence, cue: CueFeature | None, *, said: bool) -> Sounded | None:
    """The place ``surface`` names by sound, if one suits the story; ``said``: the tagger or a place
    cue word says it is a place (else only a locative marker does)."""
    candidates = list(sounded_places(surface))
    if not said:
        candidates = [p for p in candidates if _own_name_nearby(surface, p, evidence)]
    choice = choose(candidates, evidence, cue)
    if choice is None or not choice.enough:
        return None
    best = choice.best
    if said:
        local = any(best.country in c for c in (evidence.named, evidence.implied, evidence.home))
        # one town (not towns it cannot tell apart), by another of its names
        afar = choice.place is not None and by_other_name_afar(surface, best, evidence)
        kept = (local and not afar) or (
            best.population >= LARGE_PLACE and _alike(surface, best.name) >= SOUND_THRESHOLD
        )
    else:
        large = LARGE_HOME_PLACE if best.country in evidence.home else LARGE_PLACE
        kept = best.population >= large or evidence.in_area(best)
    return Sounded(choice.place, choice.country, candidates) if kept else None


def by_own_name(surface: str, place: Place) -> bool:
    """Is ``surface`` a name the gazetteer gives ``place`` in the run's script, or alike its own name? Not
    one of its alternate Latin names by sound alone: कोतवाली, a police station, is not Rangpur (Kotwali)."""
    return place in places.by_name(fold(surface)) or _alike(surface, place.name) >= SOUND_THRESHOLD


def by_other_name_afar(surface: str, place: Place, evidence: Evidence) -> bool:
    """Is ``place`` a small town named by none of its own names but another one (GeoNames' alternate names,
    old or local), in a state (admin-1 region) where the article names or places nothing while it names or
    places something in another state of that country? लालगढ़ in a West Bengal story is no Laungowal,
    Punjab, which GeoNames also calls Lalgarh."""
    if place.population >= LARGE_PLACE or place.feature == "admin1" or not place.admin1:
        return False
    if place in places.by_name(fold(surface)) or _alike(surface, place.name) >= OWN_SPELLING:
        return False  # its own name, or a spelling of it (भद्रवाह: Bhadarwah, 0.92)
    state = (place.country, place.admin1)
    if evidence.in_area(place) or state in evidence.around:
        return False
    return any(country == place.country for country, _ in (*evidence.regions, *evidence.around))


def _own_name_nearby(surface: str, place: Place, evidence: Evidence) -> bool:
    """Is ``surface`` the own name of a place in a home country, or of one in a country the article
    names (more strictly: a paper names its own towns without a cue more often than others)?"""
    if place.country in evidence.home:
        return _alike(surface, place.name) >= OWN_NAME_AT_HOME
    return place.country in evidence.named and _alike(surface, place.name) >= SOUND_THRESHOLD


def _latin(surface: str) -> str | None:
    """The name in Latin script: as written, else romanised; None where the romanisation tables lack
    one of its letters (e.g. a nukta on श)."""
    if script_of(surface) == "Latn":
        return surface
    try:
        return romanise(surface)
    except KeyError:
        return None


def with_latin_namesakes(surface: str, exact: list[Place]) -> list[Place]:
    """The places a name in another script is the exact name of, and the larger ones its romanisation
    is the own Latin name of (not Bihar Sharif, "Bihar" among its alternate names): GeoNames gives
    फ्लोरिडा to two towns named Florida, not to the state."""
    if not exact or script_of(surface) == "Latn" or (latin := _latin(surface)) is None:
        return exact
    key = fold(latin)
    largest = max(p.population for p in exact)
    latin = [p for p in places.by_name(key) if fold(p.name) == key and p.population > largest]
    return [*exact, *(p for p in latin if p not in exact)]


@lru_cache(maxsize=262_144)
def _alike(surface: str, name: str) -> float:
    """How alike a name is to a place's Latin name, as written or, from another script, as spelled
    for places (``place_spelling``: फिरोजाबाद, "phirojabad", and Firozabad; a Latin name is compared
    as its writer spelled it: Hawija is not Hawizeh)."""
    written = similar(surface, name)
    if written == 1.0 or script_of(surface) == "Latn" or (latin := _latin(surface)) is None:
        return written
    return max(written, similarity(place_spelling(latin), place_spelling(name)))


@lru_cache(maxsize=65_536)
def sounded_places(surface: str) -> tuple[Place, ...]:
    """Places of ``MIN_POPULATION`` or more that ``surface`` (any script) names: by its exact name
    where the gazetteer has it in that script, else by a Latin name it sounds like (remembered: the
    same names recur)."""
    exact = with_latin_namesakes(surface, places.by_name(fold(surface)))
    if exact:
        return tuple(p for p in exact if p.population >= MIN_POPULATION)
    if (latin := _latin(surface)) is None:
        return ()
    names = place_sounds.by_sound(latin)
    if not names:
        return ()
    spelled = [place_spelling(name) for name in names]
    near = cdist([place_spelling(latin)], spelled, scorer=JaroWinkler.normalized_similarity)[0]
    found = [
        place
        for k in np.flatnonzero(near >= SPELLING_FLOOR).tolist()
        if _alike(surface, names[k]) >= SOUND_THRESHOLD
        for place in places.by_name(names[k])
        if place.population >= MIN_POPULATION
    ]
    return tuple(dict.fromkeys(found))  # a place under several of its names, once
