"""Regions next to a town: "Town, Region" and the abbreviations of regions.

"Paris, Tenn.", "New Quay, Ceredigion", "Paris, France": the region (named or abbreviated) or the
country after "Town, " holds the town, so only the candidates there are kept; not a region that a
conjunction follows with no comma, the next item of a list ("Washington, New York and Boston"). A region's
abbreviation (in ``region_names`` of ``places.yaml``, with its periods: "Tenn.", "N.C.") is a mention
of the region after "Town, ", and anywhere when it holds an inner period; the capitalised name before
it is a town even when the gazetteer lacks it (a dateline: "CAMP MURRAY, Wash.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from khabar.doc import Doc
from khabar.extractors.cues import grammar
from khabar.extractors.entities.geocode import NameOfPlace
from khabar.knowledge import places
from khabar.knowledge.places import Place
from khabar.text.normalise import fold

MAX_REGION_WORDS = 4
_ABBREVIATION = re.compile(r"(?:[A-Z][a-z]{0,4}\.\s?){1,3}")  # "Tenn.", "N.C.", "W. Va."


@dataclass(frozen=True, slots=True)
class Apposition:
    """The region (named or abbreviated) or country after "Town, ", and the places it holds."""

    regions: tuple[Place, ...]  # the admin-1 regions it may name
    country: str | None  # or the country it names

    def holds(self, place: Place) -> bool:
        return place.country == self.country or any(self.in_region(place, r) for r in self.regions)

    @staticmethod
    def in_region(place: Place, region: Place) -> bool:
        return place.country == region.country and place.admin1 == region.name


def apposition(doc: Doc, country_at: dict[int, tuple[str, int]], end: int) -> Apposition | None:
    """The region or country that follows "Town, " at original ``end`` (``country_at``: the country
    and end of each of the article's country mentions, by start); not a country word that opens a
    longer name ("Freeland, U.S. Trade Representative ...": a person's apposition)."""
    if not doc.text.startswith(", ", end):
        return None
    start = end + 2
    if (country := country_at.get(start)) is not None:
        return None if _name_goes_on(doc, country[1]) else Apposition((), country[0])
    abbreviated = _ABBREVIATION.match(doc.text, start)
    if abbreviated is not None and (regions := _regions(fold(abbreviated.group().rstrip()))):
        return Apposition(regions, None)
    i = doc.tokens.first_at(start)
    for n in range(MAX_REGION_WORDS, 0, -1):
        run = doc.tokens[i : i + n]
        if len(run) == n and run[0].start == start and all(t.capitalised for t in run):
            key = doc.folded.text[run[0].fstart : run[-1].fend]
            if all(t.joined for t in run[:-1]) and (regions := _regions(key)):
                return None if _listed(doc, run[-1].end) else Apposition(regions, None)
    return None


def _listed(doc: Doc, end: int) -> bool:
    """Does a conjunction follow original ``end`` after one space (an item of a list, not a region
    holding the town before it: "Washington, New York and Boston")?"""
    following = doc.tokens.first_at(end)
    return (
        following < len(doc.tokens)
        and doc.text[end : doc.tokens[following].start] == " "
        and doc.tokens[following].text in grammar(doc.language_at(end)).conjunctions
    )


def _name_goes_on(doc: Doc, end: int) -> bool:
    """Does a capitalised word follow original ``end`` after one space?"""
    following = doc.tokens.first_at(end)
    return (
        following < len(doc.tokens)
        and doc.tokens[following].capitalised
        and doc.text[end : doc.tokens[following].start] == " "
    )


def abbreviated_region(doc: Doc, start: int) -> NameOfPlace | None:
    """A region's abbreviation (``region_names``: "Tenn.", "N.C.") at original ``start``, after
    "Town, " or, when it holds an inner period, anywhere."""
    abbreviated = _ABBREVIATION.match(doc.text, start)
    if abbreviated is None:
        return None
    surface = abbreviated.group().rstrip()
    apposed = doc.text[max(0, start - 2) : start] == ", " and doc.text[start - 3 : start - 2].isalpha()
    if not (apposed or "." in surface[:-1]) or not (regions := _regions(fold(surface))):
        return None
    return NameOfPlace(start, start + len(surface), "", list(regions), "admin1", True, True)


def before_abbreviated_region(doc: Doc, end: int) -> bool:
    """Does a comma and a region's abbreviation follow original ``end`` ("CAMP MURRAY, Wash.")?"""
    if not doc.text.startswith(", ", end):
        return False
    abbreviated = _ABBREVIATION.match(doc.text, end + 2)
    return abbreviated is not None and bool(_regions(fold(abbreviated.group().rstrip())))


@lru_cache(maxsize=4096)
def _regions(key: str) -> tuple[Place, ...]:
    """The admin-1 regions of a country named ``key`` (folded)."""
    return tuple(p for p in places.by_name(key) if p.feature == "admin1" and p.country)
