"""One happening told more and less finely: codings whose modes are a step apart (a rally and the riot
it turned into, a blast and the suicide attack it was) and places one within the other (a town and its
country), of which merged mentions keep the stronger or finer."""

from __future__ import annotations

from khabar.extractors.events.lexicon import Coding
from khabar.knowledge.crosswalk import escalations, refinements
from khabar.schema import Entity

_FINENESS = {"country": 0, "admin1": 1, "admin2": 2, "city": 3, "point": 4}  # by place precision


def finer(a: Coding, b: Coding) -> Coding | None:
    """Of two codings of one type whose modes tell one happening less and more finely (a blast, the
    suicide attack it was), the finer one."""
    return _step(refinements().get(a.type, {}), a, b)


def stronger(a: Coding, b: Coding) -> Coding | None:
    """Of two codings of one type whose modes escalate (a rally, a riot), the stronger one."""
    return _step(escalations().get(a.type, {}), a, b)


def _step(steps: dict[str, str], a: Coding, b: Coding) -> Coding | None:
    """Of two codings, the one whose mode is a step (``steps``) from the other's; else None."""
    if a.mode is None or b.mode is None:  # no escalation: the mode told is kept ("air strikes" and "wounded")
        return None
    if steps.get(a.mode) == b.mode:
        return b
    if steps.get(b.mode) == a.mode:
        return a
    return None


def _fineness(place: Entity) -> int:
    """How fine a place is: 0 for a country, 1 for a region (a town can be told within either)."""
    return 0 if place.type == "COUNTRY" else _FINENESS.get(place.precision or "city", 3)


def one_place(a: Entity | None, b: Entity | None) -> bool:
    """Can two places be where one happening was: one unknown, the same, or a country or region and a
    place within the same country (not two different towns)?"""
    if a is None or b is None or a.id == b.id:
        return True
    return a.country == b.country and min(_fineness(a), _fineness(b)) <= 1


def finer_place(a: Entity | None, b: Entity | None) -> Entity | None:
    """Of two places of one happening, the finer one (a town over its region or country); ``a`` if
    they are as fine."""
    return b if a is None or (b is not None and _fineness(b) > _fineness(a)) else a
