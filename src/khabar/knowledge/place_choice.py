"""Which place a name means: its candidates scored by what the article says about where it is.

A candidate's score is the evidence for it plus its size: the base-10 log of its population and
``FAME`` times that of the number of names it is known by (Geneva, Switzerland, has 60 in GeoNames,
Geneva, New York, 13: a proxy of how widely a place is written about that population misses). The
evidence:
- ``REGION``: it lies in a region (admin-1) the article names, shared out when the article names
  more than ``FOCUS`` regions (a list of states says less about each name than a dateline);
- ``NEAR``: it lies within ``NEAR_KM`` of a city the article names and places with certainty, or, a
  region, holds such a city;
- ``DISTRICT``: a town, it lies in a county (admin-2) that another name of the article may be; a county,
  it holds a town that another name may be ("Paris" and "Henry County": Paris, Tennessee, and its
  county): two names that fit one county are that county's, as "Town, Region" is that region's;
- ``NAMED``: it lies in a country the article names ("Syria", "Syrian");
- ``IMPLIED``: it lies in the country of a place the article places with certainty;
- ``HOME``: it lies in a home country of the article's language (``home_countries`` in places.yaml);
- ``PRIMARY``: the name, in Latin script, is the place's own GeoNames name rather than one of its
  alternate names ("Venice" is Venice, not Dayton, Ohio, whose alternate names include "Venice").
A region with no country (a continent) counts as named wherever it is. A cue word next to the name
("province", "county", "ज़िला") keeps only the places of its feature (a district's own name holds its cue
word: "Henry County"), else only cities; without one, a city of ``MAJOR_CITY``
people beats its own country's same-named region ("Washington", "Kabul") unless the article names
that region otherwise ("Wash.").

The best candidate is a place when its population (the larger of its own and that of a candidate
that is the same place, such as the region of its name that holds it) reaches what its evidence asks
(``MIN_POPULATION``), and it is given its point only when it leads every candidate elsewhere by
``MARGIN``. Otherwise the name is a place without a point, in the country those close candidates
share (if they share one): weak evidence is said, not guessed.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from khabar.knowledge.places import CueFeature, Place
from khabar.text.normalise import fold

REGION, NEAR, NAMED, IMPLIED, HOME, PRIMARY, DISTRICT = 3.0, 1.5, 1.5, 1.0, 1.5, 3.0, 6.0
FOCUS = 2  # regions an article may name before each counts for less
FAME = 1.5
STRONG = NAMED  # evidence this strong lets a small place be taken
NEAR_KM = 150.0  # a candidate this close to a place placed with certainty is in the story's area
SAME_PLACE_KM = 50.0  # candidates this close are one place for the margin (a city and its district)
SAME_REGION_KM = 100.0  # regions this close are one for the margin (a city region and the one around it)
MARGIN = 0.5  # score by which the best candidate leads every other one elsewhere, to be placed
MAJOR_CITY = 100_000
DWARFED = 5  # times a major city outnumbers a namesake close in score that does not unseat it

# Least population of the chosen place, by (strong evidence, cue word seen).
MIN_POPULATION: dict[tuple[bool, bool], int] = {
    (True, True): 0,
    (True, False): 1_000,
    (False, True): 1_000,
    (False, False): 50_000,
}


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the article says about where its places are."""

    named: Collection[str] = frozenset()  # countries it names (ISO3)
    implied: Collection[str] = frozenset()  # countries of its people, bodies and places placed with certainty
    located: Collection[str] = frozenset()  # countries of the places it places with certainty
    regions: Collection[tuple[str, str]] = frozenset()  # (country, region name) of the regions it names
    points: Sequence[tuple[float, float]] = ()  # cities it places with certainty
    around: Collection[tuple[str, str]] = frozenset()  # (country, region name) of those cities
    home: Collection[str] = frozenset()  # home countries of its language
    districts: Collection[int] = frozenset()  # admin-2 regions its other names fit (see DISTRICT)

    def support(self, place: Place) -> float:
        """The evidence for ``place``, without its population and name."""
        if not place.country:
            return NAMED
        score = 0.0
        if self._in_region(place):
            score += REGION * min(1.0, FOCUS / len(self.regions))
        if self._near(place):
            score += NEAR
        if place.district is not None and place.district in self.districts:
            score += DISTRICT
        if place.country in self.named:
            score += NAMED
        elif place.country in self.implied:
            score += IMPLIED
        if place.country in self.home:
            score += HOME
        return score

    def in_area(self, place: Place) -> bool:
        """Does the place lie in a region the article names, or near a city it places?"""
        return self._in_region(place) or self._near(place)

    def _in_region(self, place: Place) -> bool:
        return (place.country, place.admin1 or "") in self.regions

    def _near(self, place: Place) -> bool:
        if place.feature == "admin1":
            return (place.country, place.name) in self.around
        return any(km(place.lat, place.lon, lat, lon) <= NEAR_KM for lat, lon in self.points)


@dataclass(frozen=True, slots=True)
class Choice:
    """A name's place (None when its point is unsure), the best candidate, the country (None when
    unknown), the evidence for the best candidate, and whether the best is large enough for it."""

    place: Place | None
    best: Place
    country: str | None
    support: float
    enough: bool = True


def choose(
    candidates: Sequence[Place], evidence: Evidence, cue: CueFeature | None = None, name: str | None = None
) -> Choice | None:
    """The place ``name`` (folded; None for a cross-script match) means among ``candidates``: its place
    is None when the evidence cannot tell them apart, and ``enough`` False when the best one is too
    small for the evidence (then no place is taken from the name alone); None without candidates."""
    latin = name is not None and name.isascii()
    ranked = sorted(
        (
            (support + _size(p) + (PRIMARY if latin and fold(p.name) == name else 0.0), support, p)
            for p in _fitting(candidates, cue, evidence.regions)
            for support in (evidence.support(p),)
        ),
        key=lambda ranked: -ranked[0],
    )
    if not ranked:
        return None
    score, support, best = ranked[0]
    if _population(best, candidates) < MIN_POPULATION[support >= STRONG, cue is not None]:
        return Choice(None, best, None, support, enough=False)
    if any(
        s > score - MARGIN and not _same_place(p, best) and not _dwarfed(p, best, evidence)
        for s, _, p in ranked[1:]
    ):
        countries = {p.country for s, _, p in ranked if s > score - MARGIN}
        return Choice(None, best, countries.pop() if len(countries) == 1 else None, support)
    return Choice(best, best, best.country, support)


def _fitting(
    candidates: Sequence[Place], cue: CueFeature | None, regions: Collection[tuple[str, str]]
) -> list[Place]:
    """The candidates a cue word allows; without one, no region that a major city of its country
    shares its name with, unless the article names that region otherwise ("CAMP MURRAY, Wash." makes
    a later "Washington" the state)."""
    if cue is not None:
        wanted = [p for p in candidates if p.feature == cue] or [p for p in candidates if p.feature == "city"]
        return wanted or list(candidates)
    major = {p.country for p in candidates if p.feature == "city" and p.population >= MAJOR_CITY}
    kept = [p for p in candidates if p.feature == "city" or p.country not in major]
    return kept + [p for p in candidates if p not in kept and (p.country, p.name) in regions]


def _dwarfed(rival: Place, best: Place, evidence: Evidence) -> bool:
    """Is ``rival`` a town that a major city ``best`` outnumbers ``DWARFED`` times, in a country where
    the article places nothing else (Geneva, Illinois, beside Geneva in a story that names the United
    States only as an actor): a namesake in a country the article names does not unseat the city?"""
    return (
        best.feature == "city"
        and best.population >= MAJOR_CITY
        and rival.population * DWARFED <= best.population
        and rival.country not in evidence.located
    )


def _population(best: Place, candidates: Sequence[Place]) -> int:
    """The population of the place ``best`` is, counting the candidates that are the same place: a
    town and the region of its name that holds it are one (Saipan: the town 48,220, its municipality
    57,747), so the larger figure says how large the place the name means is."""
    return max(p.population for p in candidates if p is best or _same_place(p, best))


def _size(place: Place) -> float:
    return math.log10(max(place.population, 1)) + FAME * math.log10(1 + place.known_names)


def _same_place(a: Place, b: Place) -> bool:
    if a.country != b.country:
        return False
    if a.feature != b.feature:  # a city and the region it lies in
        return (a.admin1 or a.name) == (b.admin1 or b.name)
    near = SAME_REGION_KM if a.feature == "admin1" else SAME_PLACE_KM
    return km(a.lat, a.lon, b.lat, b.lon) <= near


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance in kilometres, equirectangular: exact enough at the distances compared here, and cheap."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    y = math.radians(lat2 - lat1)
    return 6371.0 * math.hypot(x, y)
