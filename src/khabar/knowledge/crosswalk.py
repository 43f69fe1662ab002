"""PLOVER ontology and its crosswalks to CAMEO and ACLED, from ``data/plover.yaml`` and
``data/crosswalk.yaml`` (facts from the published codebooks), loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from khabar.knowledge.acled_crosswalk import acled_crosswalk
from khabar.knowledge.data import load_yaml


@dataclass(frozen=True, slots=True)
class PloverCode:
    """What a CAMEO code means in PLOVER."""

    type: str
    mode: str | None
    context: tuple[str, ...]


@cache
def plover_types() -> dict[str, tuple[str, ...]]:
    """``{PLOVER type: its modes}``, in the manual's order."""
    return {name: tuple(entry.get("modes", [])) for name, entry in load_yaml("plover.yaml")["types"].items()}


@cache
def told_apart_by_content() -> frozenset[str]:
    """PLOVER types whose mentions are one happening only when they share content (AGREE)."""
    types = load_yaml("plover.yaml")["types"]
    return frozenset(name for name, entry in types.items() if entry.get("told_apart_by_content"))


@cache
def symmetric_types() -> frozenset[str]:
    """PLOVER types of acts both sides of a pair do together ("talks between A and B")."""
    types = load_yaml("plover.yaml")["types"]
    return frozenset(name for name, entry in types.items() if entry.get("symmetric"))


@cache
def reciprocal_types() -> frozenset[str]:
    """PLOVER types whose pair of subjects acts each with the other ("A and B agreed")."""
    types = load_yaml("plover.yaml")["types"]
    return frozenset(name for name, entry in types.items() if entry.get("reciprocal"))


@cache
def once_to_a_person() -> frozenset[str]:
    """PLOVER types of acts the named person they are done to identifies (a killing, an arrest)."""
    types = load_yaml("plover.yaml")["types"]
    return frozenset(name for name, entry in types.items() if entry.get("once_to_a_person"))


@cache
def once_by_actor() -> frozenset[str]:
    """Modes of acts one actor does once (a suicide attack): the same actor, even a generic one, acting
    so in two sentences did one act."""
    return frozenset(load_yaml("plover.yaml").get("once_by_actor") or ())


@cache
def contexts() -> frozenset[str]:
    return frozenset(load_yaml("plover.yaml")["contexts"])


@cache
def sectors() -> frozenset[str]:
    """The actor sectors khabar codes (``sectors`` of ``data/plover.yaml``)."""
    return frozenset(load_yaml("plover.yaml")["sectors"])


@cache
def state_sectors() -> frozenset[str]:
    """Sectors whose groups act for their state (GOV, MIL, COP, ...)."""
    return frozenset(load_yaml("plover.yaml")["state_sectors"])


@cache
def armed_sectors() -> frozenset[str]:
    return frozenset(load_yaml("plover.yaml")["armed_sectors"])


@cache
def rebel_sectors() -> frozenset[str]:
    """Sectors of armed groups that act for no state (REB, INS)."""
    return frozenset(load_yaml("plover.yaml")["rebel_sectors"])


@cache
def private_sectors() -> frozenset[str]:
    """Sectors of private people, who represent no one (CVL, REF)."""
    return frozenset(load_yaml("plover.yaml")["private_sectors"])


@cache
def hostile_types() -> frozenset[str]:
    """PLOVER types of acts done against someone (``hostile_types`` of ``data/plover.yaml``)."""
    return frozenset(load_yaml("plover.yaml")["hostile_types"])


@cache
def placed_types() -> frozenset[str]:
    """PLOVER types of acts done where the place they are aimed at is (``placed_types`` of
    ``data/plover.yaml``)."""
    return frozenset(load_yaml("plover.yaml")["placed_types"])


@cache
def object_types() -> frozenset[str]:
    """PLOVER types, or type/mode pairs, whose verbs take an object (``object_types`` of
    ``data/plover.yaml``)."""
    return frozenset(load_yaml("plover.yaml")["object_types"])


@cache
def actor_required() -> frozenset[str]:
    """PLOVER types coded only with a source or target (``actor_required`` of ``data/plover.yaml``)."""
    return frozenset(load_yaml("plover.yaml")["actor_required"])


@cache
def _cameo_table() -> dict[str, PloverCode | None]:
    table: dict[str, PloverCode | None] = {}
    for code, (kind, mode, context) in load_yaml("crosswalk.yaml")["cameo"].items():
        table[str(code)] = PloverCode(kind, mode, tuple(context)) if kind else None
    return table


def cameo_to_plover(code: str) -> PloverCode | None:
    """The PLOVER type, mode and contexts of a CAMEO code, falling back to its parent code.
    ``None`` for codes PLOVER does not code (public statements) or unknown roots."""
    table = _cameo_table()
    for length in range(len(code), 1, -1):
        if code[:length] in table:
            return table[code[:length]]
    return None


def cameo_for(kind: str, mode: str | None = None) -> str | None:
    """The default CAMEO code of a PLOVER type and mode (the type's own code when the mode has none)."""
    for row_kind, row_mode, code in load_yaml("crosswalk.yaml")["cameo_default"]:
        if row_kind == kind and (row_mode is None or row_mode == mode):
            return str(code)
    return None


def acled_for(
    kind: str,
    mode: str | None = None,
    target_sector: str | None = None,
    source_sector: str | None = None,
    cameo: str | None = None,
) -> tuple[str, str] | None:
    """ACLED ``(event type, sub-event type)`` of a PLOVER event, or ``None`` when ACLED has none.
    A row may also ask for CAMEO code prefixes (``cameo``) and source sectors (``source``)."""
    for row in acled_crosswalk().acled:
        if row.fits(kind, mode, target_sector, source_sector, cameo):
            return row.event, row.sub
    return None


@cache
def acled_sub_events() -> dict[str, str]:
    """``{ACLED sub-event type: its event type}`` (the codebook's 25 sub-event types)."""
    return {sub: event for event, subs in acled_crosswalk().acled_sub_events.items() for sub in subs}


@cache
def acled_precedence() -> dict[str, int]:
    """``{ACLED sub-event type: rank}``, 0 the most specific: of the sub-event types told in one text,
    the one to label the text with (``acled_precedence`` of ``data/crosswalk.yaml``; types of one
    rank are told apart by their order in the text)."""
    ranks: dict[str, int] = {}
    for rank, entry in enumerate(acled_crosswalk().acled_precedence):
        ranks.update(dict.fromkeys([entry] if isinstance(entry, str) else entry, rank))
    return ranks


@cache
def _announced(key: str) -> dict[str, tuple[str, str]]:
    """``{type: (PLOVER type, CAMEO code)}`` of one of crosswalk.yaml's announcement tables."""
    return {row["from"]: (row["to"], str(row["cameo"])) for row in load_yaml("crosswalk.yaml")[key]}


def intent_for(kind: str, negated: bool = False) -> tuple[str, str] | None:
    """``(PLOVER type, CAMEO code)`` of announcing an event of type ``kind`` (a future or intended
    one): AGREE for cooperation ("will release"), THREATEN for force ("plans to impose"); negated,
    REJECT for declining cooperation or yielding ("will not release": ``declined``); else None."""
    return _announced("declined" if negated else "intent").get(kind)


@cache
def told_intents() -> frozenset[str]:
    """Types whose future event with no one named to meet is an announcement only where someone tells
    it (``told`` of ``intent``: "the council will meet on Wednesday" is a meeting set, no promise)."""
    return frozenset(row["from"] for row in load_yaml("crosswalk.yaml")["intent"] if row.get("told"))


@cache
def escalations() -> dict[str, dict[str, str]]:
    """``{type: {mode: stronger mode}}``: mentions of one sentence with these two modes are one
    happening coded with the stronger (a rally and the stone-throwing at it are one riot)."""
    return {kind: dict(pairs) for kind, pairs in (load_yaml("plover.yaml").get("escalation") or {}).items()}


@cache
def refinements() -> dict[str, dict[str, str]]:
    """``{type: {mode: finer mode}}``: mentions of one happening with these two modes are coded with
    the finer (a blast and the suicide attack it was)."""
    return {kind: dict(pairs) for kind, pairs in (load_yaml("plover.yaml").get("refinement") or {}).items()}


@cache
def count_types() -> dict[str, frozenset[str]]:
    """``{count kind: PLOVER types}``: the events a count of that kind can belong to."""
    return {kind: frozenset(types) for kind, types in load_yaml("plover.yaml")["count_types"].items()}


@cache
def _uncounted_modes() -> dict[str, dict[str, frozenset[str]]]:
    """``{count kind: {PLOVER type: modes}}``: events of those modes carry no count of that kind."""
    table = load_yaml("plover.yaml").get("uncounted_modes") or {}
    return {kind: {t: frozenset(modes) for t, modes in by_type.items()} for kind, by_type in table.items()}


def carries(kind: str, event_type: str, mode: str | None) -> bool:
    """Can an event of this type and mode carry a count of ``kind`` ("killed" is no arrest's)?"""
    if event_type not in count_types().get(kind, frozenset()):
        return False
    return mode not in _uncounted_modes().get(kind, {}).get(event_type, frozenset())
