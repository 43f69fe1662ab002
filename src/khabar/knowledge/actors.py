"""The political actor knowledge base: people and organisations with dated roles.

An actor and its roles are the records below; the built-in actors are read from
``data/actors.yaml`` in the YAML format read here. User files may be in that format or in the
PETRARCH/TABARI actor dictionary format used by the Phoenix dictionaries
(``khabar.knowledge.petrarch``); ``khabar.knowledge.actor_registry`` loads both kinds and
indexes every actor by folded surface.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

import yaml

from khabar.knowledge.data import PACKAGE_ROOT

ACTOR_TYPES = frozenset({"PERSON", "ORG", "COUNTRY"})
SECTORS = frozenset(
    {
        "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "SEP", "PTY", "ELI", "SPY",
        "IGO", "NGO", "MED", "BUS", "CVL", "REL", "EDU", "HLH", "REF", "LAB", "AGR", "CRM",
        "HRI", "ENV", "UAF", "RAD", "MOD",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Role:
    """A position held over a date range (``None`` ends are open)."""

    role: str | None
    country: str | None
    sector: str | None
    start: date | None = None
    end: date | None = None
    cameo: str | None = None  # the CAMEO actor code, when the role came from one

    def valid_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


@dataclass(frozen=True, slots=True)
class Actor:
    """One knowledge-base entry, as in ``data/actors.yaml``."""

    id: str
    name: str
    type: str  # PERSON | ORG (COUNTRY for PETRARCH country entries)
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    country: str | None = None  # ISO 3166-1 alpha-3, None for international actors
    sector: str | None = None
    roles: tuple[Role, ...] = ()
    cameo: str | None = None  # default CAMEO actor code, if known
    region: str | None = None  # the named region a union of its states is also (the EU: Europe)

    def surfaces(self) -> tuple[str, ...]:
        """Every written form of the actor: name, aliases, acronyms."""
        return (self.name, *self.aliases, *self.acronyms)

    def role_on(self, day: date | None) -> Role | None:
        """The role valid on ``day`` (dated roles before open defaults, then the latest
        start), ``None`` if none is; without a day, the current or latest role."""
        if day is None:
            return max(self.roles, key=recency, default=None)
        valid = [role for role in self.roles if role.valid_on(day)]
        return max(valid, key=lambda r: (r.dated, r.start or date.min), default=None)


def recency(role: Role) -> tuple[bool, date, date]:
    """Sort key of roles, latest last: open-ended ones, then by end, then by start."""
    return (role.end is None, role.end or date.min, role.start or date.min)


# ---------------------------------------------------------------- YAML format


def _as_date(value: Any, where: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as error:
        raise ValueError(f"{where}: bad date {value!r}") from error


def _checked(value: Any, allowed: frozenset[str], what: str, where: str) -> Any:
    if value is not None and value not in allowed:
        raise ValueError(f"{where}: unknown {what} {value!r}")
    return value


def _check_country(value: Any, where: str) -> str | None:
    if value is not None and not (isinstance(value, str) and re.fullmatch(r"[A-Z]{3}", value)):
        raise ValueError(f"{where}: country must be an alpha-3 code, not {value!r}")
    return value


def actor_from_entry(entry: dict[str, Any]) -> Actor:
    """An ``Actor`` from one YAML entry; roles default to the actor's country and sector."""
    where = f"actor {entry.get('id')!r}"
    if not entry.get("id") or not entry.get("name"):
        raise ValueError(f"{where}: id and name are required")
    country = _check_country(entry.get("country"), where)
    sector = _checked(entry.get("sector"), SECTORS, "sector", where)
    roles = tuple(
        Role(
            role=item["role"],
            country=_check_country(item.get("country", country), where),
            sector=_checked(item.get("sector", sector), SECTORS, "sector", where),
            start=_as_date(item.get("start"), where),
            end=_as_date(item.get("end"), where),
        )
        for item in entry.get("roles") or ()
    )
    return Actor(
        id=entry["id"],
        name=entry["name"],
        type=_checked(entry.get("type"), ACTOR_TYPES, "type", where) or "ORG",
        aliases=tuple(entry.get("aliases") or ()),
        acronyms=tuple(entry.get("acronyms") or ()),
        country=country,
        sector=sector,
        roles=roles,
        cameo=entry.get("cameo"),
        region=entry.get("region"),
    )


def load_yaml_actors(text: str) -> list[Actor]:
    """The actors of a file in the format of ``data/actors.yaml`` (a list, or ``actors:`` holding one)."""
    entries = yaml.load(text, Loader=yaml.CSafeLoader) or []
    if isinstance(entries, dict):
        entries = entries.get("actors") or []
    return [actor_from_entry(entry) for entry in entries]


@cache
def builtin_actors() -> tuple[Actor, ...]:
    """The actors shipped in ``data/actors.yaml``, parsed once."""
    text = (PACKAGE_ROOT / "data" / "actors.yaml").read_text(encoding="utf-8")
    return tuple(load_yaml_actors(text))
