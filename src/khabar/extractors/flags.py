"""Flags: things in an article that a careful reader would question.

``out_of_geography``: a place used as a location (in X) that lies far outside the
geography of the rest of the story, like a district named in the wrong country by a
translation error. The rule is deliberately narrow: the place's country is not the
country of any other entity in the article, it is mentioned once or twice, it is
used locatively, and it is far from every other located entity.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from khabar.doc import Doc
from khabar.extractors.cues import is_locative
from khabar.knowledge import countries
from khabar.rules import distance_km
from khabar.schema import Entity, Flag

FAR_KM = 800.0
MAX_MENTIONS = 2


def find_flags(doc: Doc, entities: Sequence[Entity]) -> list[Flag]:
    located = [e for e in entities if _point(e) is not None]
    # a generic actor's country may come from the very place it stands by: it is no evidence
    named = Counter(e.country for e in entities if e.country and e.type != "GROUP")
    flags: list[Flag] = []
    for entity in located:
        # a country no other entity has: so at most one entity per country gets past this
        if not entity.country or named[entity.country] > 1 or len(entity.mentions) > MAX_MENTIONS:
            continue
        other_countries = {country for country in named if country != entity.country}
        neighbours = [e for e in located if e is not entity and e.country != entity.country]
        if not neighbours or min(_km(entity, n) for n in neighbours) < FAR_KM:
            continue
        for mention in entity.mentions:
            if is_locative(doc, mention.start, mention.end):
                where = ", ".join(sorted(other_countries))
                flags.append(
                    Flag(
                        start=mention.start,
                        end=mention.end,
                        kind="out_of_geography",
                        message=f"{entity.name} is far from the rest of the story ({where}): "
                        "check the place name",
                    )
                )
    return sorted(flags, key=lambda f: f.start)


def _point(entity: Entity) -> tuple[float, float] | None:
    """Where a place lies, for distances: its point, or its country's representative point (a record
    gives a country none)."""
    if entity.type == "PLACE" and entity.lat is not None and entity.lon is not None:
        return entity.lat, entity.lon
    country = countries.by_iso3(entity.country) if entity.type == "COUNTRY" and entity.country else None
    return (country.lat, country.lon) if country else None


def _km(a: Entity, b: Entity) -> float:
    """Great-circle distance in kilometres."""
    return distance_km(*_point(a), *_point(b))  # type: ignore[misc]
