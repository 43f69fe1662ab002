"""Places by sound: every Latin name of the gazetteer (cities of 500 people or more, with their
alternate names, and regions) filed under its phonetic key, for names written in another script.

GeoNames gives about 235,000 cities Latin names but only some 9,000 a Devanagari one, so most
places a Hindi paper names (भद्रवाह, किश्तवाड़, रफ़ाह) are found only by romanising the name and
comparing it with the Latin ones. The key (``khabar.text.translit.phonetic_key`` without word
breaks: Bhadarwah and bhadrawah are both "bdrvh") blocks the comparison: a look-up reads one
posting list, a few hundred names at most, whatever the size of the gazetteer. Which candidate a
name means, and whether it is one at all, is for the caller (``khabar.knowledge.place_choice``).

The index is built from the gazetteer's names in a few seconds and kept in the disk cache.
"""

from __future__ import annotations

import hashlib
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache

from khabar.knowledge import cache as disk_cache
from khabar.knowledge import places
from khabar.knowledge.data import PACKAGE_ROOT
from khabar.knowledge.place_names import is_latin, latin_key
from khabar.text.translit import phonetic_key, place_spelling

_FORMAT = 2  # bump when the built index changes shape or content rules


@dataclass(slots=True)
class _SoundIndex:
    """Phonetic keys, sorted and "\\n"-joined; the names under ``keys[i]`` are the gazetteer's
    folded names ``places.folded_names()[j]`` for j in ``names[offsets[i]:offsets[i + 1]]``."""

    keys: str
    offsets: array
    names: array


@lru_cache(maxsize=65_536)
def sound_key(latin: str) -> str:
    """The phonetic key of a Latin name as spelled for places (``place_spelling``), without word
    breaks ("nur sultan", "nursultan": one key). Remembered: a word is looked up under it again and
    again."""
    return phonetic_key(place_spelling(latin)).replace(" ", "")


def _build() -> _SoundIndex:
    postings: dict[str, list[int]] = {}
    for index, name in enumerate(places.folded_names()):
        if is_latin(name) and (key := sound_key(latin_key(name))):
            postings.setdefault(key, []).append(index)
    keys = sorted(postings)
    index = _SoundIndex("\n".join(keys), array("i", [0]), array("i"))
    for key in keys:
        index.names.extend(postings[key])
        index.offsets.append(len(index.names))
    return index


def _cache_key() -> str:
    digest = hashlib.sha256((PACKAGE_ROOT / "data" / "scripts" / "phonetic.yaml").read_bytes()).hexdigest()
    return f"format={_FORMAT} phonetic={digest} {places.cache_key()}"


@dataclass(frozen=True, slots=True)
class _Loaded:
    index: _SoundIndex
    keys: list[str]


@cache
def _loaded() -> _Loaded:
    index = disk_cache.load_or_build("place_sounds", _cache_key(), _build)
    return _Loaded(index, index.keys.split("\n"))


def preload() -> None:
    """Load the index now rather than on first use."""
    _loaded()


def by_sound(latin: str) -> list[str]:
    """Every folded Latin place name (``places.by_name`` gives its places) under the phonetic key of
    ``latin``."""
    loaded, key = _loaded(), sound_key(latin)
    at = bisect_left(loaded.keys, key)
    if not key or at == len(loaded.keys) or loaded.keys[at] != key:
        return []
    names, offsets = places.folded_names(), loaded.index.offsets
    return [names[j] for j in loaded.index.names[offsets[at] : offsets[at + 1]]]
