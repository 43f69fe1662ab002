"""Which names of places are indexed, and in what form: the scripts kept, base forms without
generic words ("Mangghystaū oblysy" -> "mangghystau"), keys for fuzzy Latin matching, and the
plain spelling a place is named by (Jhārkhand -> Jharkhand)."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Literal

import regex

from khabar.knowledge.data import load_yaml
from khabar.lang import merged
from khabar.lang.models import Places
from khabar.text.normalise import fold

MIN_BASE_LENGTH = 4  # shorter base forms are not indexed: they collide with words
_NAME_PUNCTUATION = r"\s\d\-'’ʻʼ.,()\p{sc=Zinh}\u200C\u200D"  # spaces, digits, marks, joiners


@cache
def _in_scripts(*codes: str) -> regex.Pattern[str]:
    """A name written only in the scripts ``codes`` (ISO 15924), with name punctuation."""
    letters = "".join(f"\\p{{sc={code}}}" for code in codes)
    return regex.compile(f"[{_NAME_PUNCTUATION}{letters}]+")


def kept_script(name: str) -> bool:
    """Is the name in a script whose names are indexed (``place_name_scripts`` in scripts.yaml)?"""
    return _in_scripts(*load_yaml("scripts.yaml")["place_name_scripts"]).fullmatch(name) is not None


def is_latin(name: str) -> bool:
    return _in_scripts("Latn").fullmatch(name) is not None


_APOSTROPHES = re.compile(r"['’ʻʼ`]")
_LATIN_ACCENTS = regex.compile(r"(?<=\p{sc=Latn})\p{Mn}+")
_NOT_WORD = re.compile(r"[\W_]+")


def kept(name: str) -> bool:
    """A name worth indexing: in a kept script, and not a lower-case romanisation or a code."""
    if not kept_script(name):
        return False
    if is_latin(name):
        return name != name.lower() and name != name.upper()
    return True


@cache
def place_words(field: Literal["generic", "generic_foreign", "connectors", "not_places"]) -> frozenset[str]:
    """The folded words of list ``field`` in every language's ``places.yaml``."""
    return frozenset(fold(word) for data in merged(Places).values() for word in getattr(data, field))


@cache
def region_demonyms() -> frozenset[str]:
    """The folded demonyms of the named and the admin-1 regions in every language's ``places.yaml``
    ("european", "ohioans")."""
    data = merged(Places).values()
    named = (word for d in data for region in d.regions for word in region.demonyms)
    admin1 = (word for d in data for words in d.region_demonyms.values() for word in words)
    return frozenset(fold(word) for word in (*named, *admin1))


def base_form(folded_name: str) -> str | None:
    """``folded_name`` without its generic words ("mangghystau oblysy" -> "mangghystau"), or None
    when nothing is dropped or too little is left."""
    return _without(folded_name.split(), place_words("generic") | place_words("generic_foreign"))


def shown_name(name: str) -> str:
    """A region's name as readers know it: without the generic words of its source language ("Sichuan
    Sheng" -> "Sichuan", "Tehran Ostan" -> "Tehran"); English ones stay ("Northern Territory")."""
    return _without(name.split(), place_words("generic_foreign")) or name


def _without(words: list[str], generic: frozenset[str]) -> str | None:
    """``words`` without those whose folded form is ``generic`` and the connectors left at either end,
    or None when nothing is dropped or too little is left."""
    connectors = place_words("connectors")
    kept = [word for word in words if fold(word) not in generic]
    while kept and fold(kept[0]) in connectors:
        kept.pop(0)
    while kept and fold(kept[-1]) in connectors:
        kept.pop()
    base = " ".join(kept)
    if len(kept) == len(words) or len(base) < MIN_BASE_LENGTH:
        return None
    return base


def latin_key(folded_name: str) -> str:
    return _NOT_WORD.sub(" ", _APOSTROPHES.sub("", folded_name)).strip()


def plain_name(name: str) -> str:
    """``name`` with no accents on its Latin letters, as English text writes it: GeoNames spells
    Indian places in scholarly transliteration (Jhārkhand, Tamil Nādu -> Jharkhand, Tamil Nadu)."""
    return unicodedata.normalize("NFC", _LATIN_ACCENTS.sub("", unicodedata.normalize("NFD", name)))
