"""Places named inside a known organisation's name: "Washington" in "The Washington Post", "European"
in "European Union", "Kurdistan" in "Kurdistan Democratic Party".

The knowledge base says where the body is, so a place name inside its name is taken only among the
places of the body's country (among the regions of no country, a continent, for an international
body), and only a large one, a region or a continent: "Sham" in "Ahrar al-Sham" names no village.
The body must be named after the place: its own name holds the place's name as a part, so another
name of it says nothing of a place ("Scotland Yard" is the Metropolitan Police, of London), nor does
a name that is all the body's own ("Xinhua News Agency": Xinhua, no town).
A union of states that the knowledge base says is also a region (``Actor.region``: the EU, Europe)
names that region by any name of its own that holds none ("EU"): its mention is the region's too,
pointing at it without naming it (kind "demonym", as "European" in "European Union").
These mentions come last, after every place has been chosen, so that they are no evidence for the
article's other places (a story that cites "The Washington Post" is no story about Washington).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from khabar.doc import Doc
from khabar.extractors.entities.found import Found, place_found
from khabar.extractors.entities.geocode import BODY_PLACE
from khabar.knowledge import places
from khabar.knowledge.place_choice import Evidence, choose
from khabar.knowledge.place_names import region_demonyms
from khabar.knowledge.places import Place
from khabar.text.normalise import fold
from khabar.text.tokens import Token

MAX_PLACE_WORDS = 4  # words of a place name looked for inside a body's name


def places_in_bodies(doc: Doc, found: list[Found]) -> list[Found]:
    """The place mentions inside the names of the known organisations in ``found``."""
    countries = [(f.start, f.end) for f in found if f.type == "COUNTRY"]
    out = []
    for item in found:
        if item.actor is None or item.actor.type != "ORG":
            continue
        inside = [
            place
            for place in _inside(doc, item, item.actor.country or "", countries)
            if place.place is not None and place.place in _named_after(item.actor.name)
        ]
        region = None if inside or item.actor.region is None else _region(item.actor.region)
        if region is not None:
            inside.append(place_found(item.start, item.end, region, [region]))
            inside[-1].kind = "demonym"
        out.extend(inside)
    return out


@lru_cache(maxsize=1024)
def _named_after(name: str) -> frozenset[Place]:
    """The places a body's own name holds as a part, not as the whole name ("Washington" of "The
    Washington Post")."""
    words = fold(name).split()
    return frozenset(
        place
        for n in range(1, min(MAX_PLACE_WORDS, len(words) - 1) + 1)
        for i in range(len(words) - n + 1)
        for place in places.by_name(" ".join(words[i : i + n]))
    )


def _region(name: str) -> Place | None:
    """The named region of no country called ``name`` ("Europe")."""
    return next((p for p in places.by_name(fold(name)) if not p.country), None)


def _inside(doc: Doc, body: Found, country: str, countries: list[tuple[int, int]]) -> Iterator[Found]:
    """The places named inside one body's mention, the longest name first, left to right."""
    tokens = doc.tokens.within(body.start, body.end)
    i = 0
    while i < len(tokens):
        longest = _longest_place(doc, tokens, i, country, countries)
        if longest is None:
            i += 1
            continue
        size, place = longest
        run = tokens[i : i + size]
        found = place_found(run[0].start, run[-1].end, place, [place])
        if doc.folded.text[run[0].fstart : run[-1].fend] in region_demonyms():
            found.kind = "demonym"
        yield found
        i += len(run)


def _longest_place(
    doc: Doc, tokens: list[Token], i: int, country: str, countries: list[tuple[int, int]]
) -> tuple[int, Place] | None:
    """The words and place of the longest place name from ``tokens[i]`` that is no whole name."""
    for n in range(min(MAX_PLACE_WORDS, len(tokens) - i), 0, -1):
        run = tokens[i : i + n]
        if n == len(tokens) or not _named(run) or _holds_country(run, countries):
            continue
        key = doc.folded.text[run[0].fstart : run[-1].fend]
        choice = choose([p for p in places.by_name(key) if _fits(p, country)], Evidence(), None, key)
        if choice is not None and choice.place is not None:
            return n, choice.place
    return None


def _named(run: list[Token]) -> bool:
    """Are the run's edge words capitalised (or in a script without case)?"""
    return all(t.capitalised or not t.latin for t in (run[0], run[-1]))


def _holds_country(run: list[Token], countries: list[tuple[int, int]]) -> bool:
    """Does the run overlap the mention of a country (a country is no place inside a body's name)?"""
    return any(s < run[-1].end and run[0].start < e for s, e in countries)


def _fits(place: Place, country: str) -> bool:
    """Is the place in the body's country (a region of no country for a body of none), and large, a
    region or a continent?"""
    return place.country == country and (
        not place.country or place.feature == "admin1" or place.population >= BODY_PLACE
    )
