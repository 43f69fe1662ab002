"""The records of the actor knowledge base: an actor, the dated roles it held, and the words
(types and sectors) those records may use.

Both readers of actor files (``khabar.knowledge.actors`` for YAML, ``khabar.knowledge.petrarch``
for PETRARCH dictionaries) build these records.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

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
