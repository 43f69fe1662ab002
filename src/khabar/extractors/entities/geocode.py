"""Places chosen with what the whole article says: the countries it names, and the regions and the
places it names and places with certainty (``khabar.knowledge.place_choice``).

Names found by exact name (``places``) are chosen twice: first with the countries the article names,
then also with the places that first pass placed (a name's own mentions never count for it). Once
every mention is found, same-named places are chosen again with all of them. A name the evidence
makes a place but cannot place is kept without a point, in its country when its likely candidates
share one (its precision then says "country"), or at the point of the story's town when it lies in
that town's country and near it or is named by the head word of a place inside a town ("Royal Street"
in a story placed in New Orleans; precision "city"). One too small for its evidence that is the only
place of its name, by its own name, in a place's context, takes that place's point ("near New
Quay"). A country's name in a story placed in another country with a region of that name is the
region ("Georgia").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from khabar.doc import Doc
from khabar.extractors.cues import after_containing
from khabar.extractors.entities.evidences import Districts, Evidences
from khabar.extractors.entities.foreign import common_latin_names
from khabar.extractors.entities.found import Found, PlaceKey, place_found, place_key
from khabar.extractors.entities.place_cue_words import home_countries
from khabar.extractors.entities.words import name_words, ordinary_words
from khabar.knowledge.place_choice import NAMED, NEAR_KM, Choice, Evidence, choose, km
from khabar.knowledge.place_names import region_demonyms
from khabar.knowledge.places import CueFeature, Place, by_name
from khabar.text.normalise import fold
from khabar.text.translit import display_name

LARGE_PLACE = 100_000  # places this large are kept by name alone, without a cue
LARGE_UNCASED_PLACE = 500_000  # the same for a name in a script without case, which shows no name
LARGE_HOME_PLACE = 15_000  # the same, in a home country of the language (a local paper's towns)
LARGE_FOREIGN_PLACE = 1_000_000  # the same inside a longer name, in none of the countries the article names
BODY_PLACE = 50_000  # a place this large opens a body's name ("Venice Commission") by name alone
LOCAL_SHARE = 4 / 3  # a story is local where its country has at least 3/4 of its country and place names


@dataclass(frozen=True, slots=True)
class NameOfPlace:
    """A run that names places: its span, folded name ("" when looked up otherwise), candidates, the
    feature a cue word implies, whether its context says it is a place, whether it is capitalised,
    and whether it lies inside a longer capitalised name ("Webster Theatre", "Ken Salazar"), where
    only a large place is taken, or one the article's places put in its area that opens a body's
    name (``opens_body``: "Torrington Fire Department"). ``point``: False for a county named after a
    town ("Henry County"), which takes only the town's country."""

    start: int
    end: int
    key: str
    candidates: list[Place]
    cue: CueFeature | None
    context: bool
    capitalised: bool
    embedded: bool = False
    point: bool = True
    opens_body: bool = False


def located(doc: Doc, names: list[NameOfPlace], found: list[Found]) -> list[Found]:
    """The mentions of the names that the evidence makes places, placed where it can."""
    named, home = _named(found), home_countries(doc.language)
    districts = Districts((name.key, name.candidates) for name in names)
    first = Evidence(named=named, implied=_implied(found), home=home)
    placed, free = [], set()
    for name in names:
        evidence_first = replace(first, districts=districts.for_name(name.key))
        choice = choose(name.candidates, evidence_first, name.cue, name.key)
        if choice is not None and _kept(doc, name, choice, named):
            if choice.place is not None:
                placed.append((name.key, choice.place))
            if not name.embedded:
                free.add(name.key)
    evidence = Evidences(named, _implied(found), home, placed, districts)
    mentions = []
    for name in names:
        if not name.candidates:  # a place named after a country ("Guernsey County")
            mentions.append(_unplaced(doc, name, None))
            continue
        choice = choose(name.candidates, evidence.for_name(name.key), name.cue, name.key)
        if choice is not None and (_kept(doc, name, choice, named) or (name.embedded and name.key in free)):
            mention = _mention(doc, name, choice)
            if name.key in region_demonyms():  # "European": the region's adjective, no name of it
                mention.kind = "demonym"
            mentions.append(mention)
    return mentions


def redisambiguate(doc: Doc, found: list[Found]) -> None:
    """Choose again among same-named places, now that all the article's mentions are known."""
    places = [(fold(doc.text[f.start : f.end]), f.place) for f in found if f.place is not None]
    districts = Districts(
        (fold(doc.text[f.start : f.end]), f.alternatives or [f.place])  # type: ignore[list-item]
        for f in found
        if f.type == "PLACE" and (f.place is not None or f.alternatives)
    )
    evidence = Evidences(_named(found), _implied(found), home_countries(doc.language), places, districts)
    for item in found:
        if item.type != "PLACE" or len(item.alternatives) < 2:
            continue
        key = fold(doc.text[item.start : item.end])
        choice = choose(item.alternatives, evidence.for_name(key), item.cue, key)  # type: ignore[arg-type]
        if choice is not None and choice.enough:
            _set_choice(doc, item, choice, key)


def regions_named_as_countries(doc: Doc, found: list[Found]) -> None:
    """A country's name that is also the name of a region in the country most of the article's places
    lie in is that region, when the article names no other foreign country and that one no other way
    (no demonym, no place in it): "Georgia" in a story placed in the United States is the state."""
    placed = Counter(f.country for f in found if f.type == "PLACE" and f.country)
    if not placed:
        return
    home, most = placed.most_common(1)[0]
    if 2 * most <= placed.total():
        return
    named: dict[str, list[Found]] = {}
    for item in found:
        if item.type == "COUNTRY" and item.country and item.country != home:
            named.setdefault(item.country, []).append(item)
    if len(named) != 1:
        return
    [(country, items)] = named.items()
    keys = {fold(doc.text[f.start : f.end]) for f in items}
    if country in placed or len(keys) != 1 or any(f.kind != "name" for f in items):
        return
    regions = [p for p in by_name(keys.pop()) if p.feature == "admin1" and p.country == home]
    if len(regions) != 1:
        return
    for item in items:
        item.type, item.key, item.place, item.country = "PLACE", place_key(regions[0]), regions[0], home


def place_unresolved(doc: Doc, found: list[Found]) -> None:
    """A place with no point and no country lies in the country the article's places and countries
    are most often in (placed places break ties): any such country for a name that no place is known
    by ("Henry County"), else the first one among its candidates' countries. A natural feature or a
    site outside towns may lie anywhere: it takes a country only where nearly all the countries and
    places the article names lie in that one (``LOCAL_SHARE``: "Kanawha River" in a story of West
    Virginia towns; not "the Black Sea resort of Sochi" in a story about Syria, Russia and Turkey)."""
    unplaced = [f for f in found if f.type == "PLACE" and f.place is None and f.country is None]
    named = Counter(f.country for f in found if f.type in ("COUNTRY", "PLACE") and f.country)
    placed = Counter(f.country for f in found if f.place is not None and f.country)
    ranked = sorted(named, key=lambda c: (-named[c], -placed[c]))
    local = bool(ranked) and LOCAL_SHARE * named[ranked[0]] >= named.total()
    features = set() if local else {f.key for f in unplaced if _feature(doc, f)}  # "the Euphrates" too
    for item in unplaced:
        if item.key in features:
            continue
        possible = {p.country for p in item.alternatives}
        item.country = next((c for c in ranked if not possible or c in possible), None)
    _in_story_town(doc, found)


def _in_story_town(doc: Doc, found: list[Found]) -> None:
    """A place without a point in the country of the article's town takes that town's point (its
    precision then says "city") when it has candidates near that town, or none and a name that ends
    in the head word of a place inside a town ("Royal Street" in a story placed in New Orleans); not
    a bare name the gazetteer lacks ("Tal Abyad" is no part of Idlib), nor one a cue word calls a
    settlement of its own ("the village of Baghuz"). The town is the city the article places most
    often, when most of its mentions of cities in that country lie within ``NEAR_KM`` of it."""
    cities = [f.place for f in found if f.place is not None and f.place.feature == "city"]
    counts = Counter(cities)
    towns = {}
    for country in {p.country for p in cities}:
        here = [p for p in counts if p.country == country]
        town = max(here, key=lambda p: counts[p])
        near = sum(counts[p] for p in here if km(p.lat, p.lon, town.lat, town.lon) <= NEAR_KM)
        if 2 * near > sum(counts[p] for p in here):
            towns[country] = town
    for item in found:
        town = towns.get(item.country or "")
        if item.type != "PLACE" or item.place is not None or town is None or item.cue == "city":
            continue
        near = [p for p in item.alternatives if km(p.lat, p.lon, town.lat, town.lon) <= NEAR_KM]
        if near or (not item.alternatives and _headed(doc, item)):
            item.town = town


def _headed(doc: Doc, item: Found) -> bool:
    """Does the name end in a head word of a place inside one town ("Royal Street", "Holy Redeemer
    Church")?"""
    words = fold(doc.text[item.start : item.end]).split()
    heads = name_words(doc.language_at(item.start)).local_place_heads
    return len(words) > 1 and words[-1].rstrip(".") in heads


def _feature(doc: Doc, item: Found) -> bool:
    """Is the name a natural feature's or a site's outside towns, by the head word that ends it or
    opens it ("Cauvery River", "River Thames", "Bagram Air Base"; not "Royal Street", "River Avenue")?"""
    words = fold(doc.text[item.start : item.end]).split()
    listed = name_words(doc.language_at(item.start))
    heads = listed.place_heads - listed.local_place_heads
    if len(words) < 2 or words[-1].rstrip(".") in listed.local_place_heads:
        return False
    return words[-1].rstrip(".") in heads or words[0] in heads & listed.place_openers


def _named(found: Iterable[Found]) -> frozenset[str]:
    return frozenset(f.country for f in found if f.type == "COUNTRY" and f.country)


def _implied(found: Iterable[Found]) -> frozenset[str]:
    """Countries of the people and bodies the article names."""
    return frozenset(f.country for f in found if f.type in ("PERSON", "ORG") and f.country)


def _kept(doc: Doc, name: NameOfPlace, choice: Choice, named: frozenset[str]) -> bool:
    """Is the name a place: large, or its context or the article's other places say so? A name too
    small for its evidence is one (without a point) only when capitalised in a place's context, with
    candidates in a country the article is about ("in Whitehall" in an American story). Inside a
    longer name, a large place must be in a country the article is about, when it names some
    ("Kaya Sertkaya" in a story about Turkey is no town in Burkina Faso), unless its own name opens
    a body's ("Venice Commission")."""
    if not choice.enough:
        return (
            name.context
            and name.capitalised
            and not name.embedded
            and (choice.support > 0 or (not named and _contained(doc, name)))
        )
    best = choice.best
    if name.embedded:  # "Torrington Fire Department" in a story about Litchfield County
        own = best.population >= BODY_PLACE and fold(best.name) == name.key
        if name.opens_body and (choice.support > NAMED or own):
            return True  # "Venice Commission", "Suffolk Times"
        elsewhere = choice.support == 0 and bool(named)
        return best.population >= (LARGE_FOREIGN_PLACE if elsewhere else LARGE_PLACE)
    home = best.country in home_countries(doc.language_at(name.start))
    large = LARGE_HOME_PLACE if home else LARGE_PLACE if name.capitalised else LARGE_UNCASED_PLACE
    in_named = (
        name.capitalised
        and len(name.candidates) == 1
        and choice.support >= NAMED
        and best.population >= LARGE_HOME_PLACE
    )
    return best.population >= large or name.context or choice.support > NAMED or in_named


def _contained(doc: Doc, name: NameOfPlace) -> bool:
    """Is the name a place by its preposition alone, in an article that names no country ("lives in
    Tega Cay")? Right after one that puts a thing in a place (``after_containing``), with all its
    candidates in one country (not "Cornwall", a Canadian town the gazetteer knows beside an English
    county it lacks), and no ordinary word of the language or common Latin given name or surname
    ("in Robertson's view")."""
    common, key = common_latin_names(), name.key
    return (
        after_containing(doc, name.start)
        and len({c.country for c in name.candidates}) == 1
        and key not in ordinary_words(doc.language_at(name.start))
        and key not in common["given"]
        and key not in common["surname"]
    )


def _mention(doc: Doc, name: NameOfPlace, choice: Choice) -> Found:
    if choice.place is not None and name.point and choice.enough:
        return place_found(name.start, name.end, choice.place, name.candidates, name.cue)
    if not choice.enough and name.point and name.context and _only_one(name, choice.best):
        return place_found(name.start, name.end, choice.best, name.candidates, name.cue)
    country = choice.country  # a county after a town ("Henry County") takes the town's country, if sure
    if not choice.enough:
        country = choice.best.country if len({c.country for c in name.candidates}) == 1 else None
    return _unplaced(doc, name, country)


def _only_one(name: NameOfPlace, best: Place) -> bool:
    """Is ``best`` the only place of the name, by its own name ("New Quay"; not "Jamison", an alternate
    name of Jemison, Alabama)?"""
    return len(name.candidates) == 1 and fold(best.name) == name.key


def _unplaced(doc: Doc, name: NameOfPlace, country: str | None) -> Found:
    surface = doc.text[name.start : name.end]
    alternatives = name.candidates if name.point else []
    return Found(
        name.start,
        name.end,
        PlaceKey(fold(surface)),
        "PLACE",
        country=country,
        name=display_name(surface),
        alternatives=alternatives,
        cue=name.cue,
    )


def _set_choice(doc: Doc, item: Found, choice: Choice, key: str) -> None:
    if choice.place is not None:
        item.place, item.country, item.key = choice.place, choice.place.country, place_key(choice.place)
    else:
        item.place, item.country, item.key = None, choice.country, PlaceKey(key)
        item.name = display_name(doc.text[item.start : item.end])
