"""The political actor knowledge base: people and organisations with dated roles.

Actors come from ``data/actors.yaml`` (built in) and from user files, either in that
YAML format or in the PETRARCH/TABARI actor dictionary format used by the Phoenix
dictionaries. The PETRARCH reader is written here because no maintained Python package
reads that format (petrarch2 is unmaintained Python 2 code that loads into globals).

PETRARCH format, as read here::

    PRIMARY_PHRASE  [CODE]          # comment
    +SYNONYM_PHRASE                 # same actor, same codes
        [CODE YYMMDD-YYMMDD]        # tab-indented: code valid in that interval
        [CODE >YYMMDD]              # from that day on
        [CODE <YYMMDD]              # before that day

Lines starting with ``#`` or ``<`` are comments, ``#`` starts a comment anywhere, and
``---STOP---`` ends the file. Several bracketed codes may share one line. A bracket
without a date is the actor's default code. Dates are ``YYMMDD`` (years 00-30 are
20YY, others 19YY, as in PETRARCH) or ``YYYYMMDD``; an unreadable date drops that code.

CAMEO actor codes are runs of 3-letter parts, read as follows:

* the first part is the country when it is an ISO 3166-1 (or, for former states,
  ISO 3166-3) alpha-3 code, after ``CAMEO_COUNTRY_ALIASES`` (old CAMEO spellings such
  as ``TMP`` for Timor-Leste); regional and international parts (``IGO``, ``NGO``,
  ``MNC``, ``AFR``, ``MEA`` ...) give no country;
* the sector is the first part that ``CAMEO_SECTORS`` knows: most CAMEO role codes
  (GOV, MIL, COP, JUD, LEG, OPP, REB, PTY, ...) are kept as they are, a few are
  renamed (``CIV`` -> CVL, ``MNC`` -> BUS, ``IMG`` -> REB, ``NGM`` -> NGO) and the
  religion codes (``CHR``, ``MOS``, ``HIN`` ...) become REL;
* ``---`` (PETRARCH's "recognised, not coded") gives neither.

An entry is typed COUNTRY when a code is a bare country and none has a sector, PERSON
when any code carries a date restriction or the ELI (elite) sector, and ORG otherwise:
the format does not say, so undated individuals come out as ORG.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import yaml

from khabar.knowledge.data import PACKAGE_ROOT
from khabar.text.normalise import fold

ACTOR_TYPES = frozenset({"PERSON", "ORG", "COUNTRY"})
SECTORS = frozenset(
    {
        "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "SEP", "PTY", "ELI", "SPY",
        "IGO", "NGO", "MED", "BUS", "CVL", "REL", "EDU", "HLH", "REF", "LAB", "AGR", "CRM",
        "HRI", "ENV", "UAF", "RAD", "MOD",
    }
)  # fmt: skip
_RELIGION_CODES = (
    "ATH", "BAH", "BUD", "CHR", "CON", "HIN", "ITR", "JAN", "JEW", "MOS", "SHI", "SIK", "SUN", "TAO", "ZRO",
)  # fmt: skip
CAMEO_SECTORS: dict[str, str] = {
    **{code: code for code in SECTORS},
    "CIV": "CVL",
    "MNC": "BUS",
    "IMG": "REB",
    "NGM": "NGO",
    **dict.fromkeys(_RELIGION_CODES, "REL"),
}
CAMEO_COUNTRY_ALIASES: dict[str, str] = {"TMP": "TLS", "KSV": "XKX", "ROM": "ROU", "ZAR": "COD", "USR": "SUN"}
_NO_COUNTRY = frozenset({"IGO", "NGO", "NGM", "IMG", "MNC", "UIS", "---"})

_BRACKET = re.compile(r"\[([^\]]*)\]")
_RESTRICTION = re.compile(
    r"^\s*(?P<code>[^\s<>\d][^\s<>]*?)?\s*"
    r"(?:(?P<op>[<>])\s*(?P<day>\d{6,8})|(?P<first>\d{6,8})\s*-\s*(?P<last>\d{6,8}))?\s*$"
)
_SLUG = re.compile(r"[^0-9a-z]+")


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
            return max(self.roles, key=_recency, default=None)
        valid = [role for role in self.roles if role.valid_on(day)]
        return max(valid, key=lambda r: (r.dated, r.start or date.min), default=None)


def _recency(role: Role) -> tuple[bool, date, date]:
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


def _load_yaml_actors(text: str) -> list[Actor]:
    entries = yaml.load(text, Loader=yaml.CSafeLoader) or []
    if isinstance(entries, dict):
        entries = entries.get("actors") or []
    return [actor_from_entry(entry) for entry in entries]


@cache
def builtin_actors() -> tuple[Actor, ...]:
    """The actors shipped in ``data/actors.yaml``, parsed once."""
    text = (PACKAGE_ROOT / "data" / "actors.yaml").read_text(encoding="utf-8")
    return tuple(_load_yaml_actors(text))


# ----------------------------------------------------------- PETRARCH format


@cache
def _country_codes() -> frozenset[str]:
    import pycountry  # only needed for CAMEO codes; loaded on first use

    codes = {c.alpha_3 for c in pycountry.countries} | {c.alpha_3 for c in pycountry.historic_countries}
    return frozenset(codes | set(CAMEO_COUNTRY_ALIASES.values()))


def cameo_country_sector(code: str) -> tuple[str | None, str | None]:
    """``(ISO3 country, sector)`` of a CAMEO actor code, e.g. ``USAGOV`` -> ``(USA, GOV)``."""
    parts = [code[i : i + 3].upper() for i in range(0, len(code) - 2, 3)]
    if not parts:
        return None, None
    first = CAMEO_COUNTRY_ALIASES.get(parts[0], parts[0])
    country = first if first not in _NO_COUNTRY and first in _country_codes() else None
    rest = parts[1:] if country else parts
    sector = next((CAMEO_SECTORS[p] for p in rest if p in CAMEO_SECTORS), None)
    return country, sector


def _parse_cameo_day(digits: str) -> date:
    """PETRARCH dates: ``YYMMDD`` (00-30 -> 20YY, else 19YY) or ``YYYYMMDD``."""
    if len(digits) <= 7:
        year = int(digits[:2])
        year += 2000 if year <= 30 else 1900
        return date(year, int(digits[2:4]), int(digits[4:6]))
    return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))


def _cameo_role(inside: str) -> Role | None:
    """A ``Role`` from the inside of one ``[...]``; ``None`` when it cannot be read."""
    match = _RESTRICTION.match(inside)
    if not match or not (code := match["code"] or ""):
        return None
    try:
        if match["op"] == "<":
            start, end = None, _parse_cameo_day(match["day"])
        elif match["op"] == ">":
            start, end = _parse_cameo_day(match["day"]), None
        elif match["first"]:
            start, end = _parse_cameo_day(match["first"]), _parse_cameo_day(match["last"])
        else:
            start = end = None
    except ValueError:
        return None
    if start and end and end < start:
        return None
    country, sector = cameo_country_sector(code)
    return Role(role=None, country=country, sector=sector, start=start, end=end, cameo=code)


def _phrase(raw: str) -> str:
    return " ".join(raw.replace("_", " ").split())


def _display_name(phrase: str) -> str:
    """``KASSYM-JOMART_TOKAYEV`` -> ``Kassym-Jomart Tokayev``; dotted words (``U.N.``) kept."""
    return " ".join(
        word if "." in word else "-".join(part.capitalize() for part in word.split("-"))
        for word in phrase.split(" ")
    )


def _slug(text: str) -> str:
    return _SLUG.sub("-", fold(text)).strip("-") or "actor"


@dataclass(slots=True)
class _Block:
    phrases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)


def _petrarch_actor(block: _Block, actor_id: str) -> Actor:
    defaults = [r for r in block.roles if not r.dated]
    main = defaults[0] if defaults else max(block.roles, key=_recency, default=None)
    bare_country = any(r.country and len(r.cameo or "") == 3 for r in block.roles)
    if bare_country and not any(r.sector for r in block.roles):
        kind = "COUNTRY"
    elif any(r.dated or r.sector == "ELI" for r in block.roles):
        kind = "PERSON"
    else:
        kind = "ORG"
    return Actor(
        id=actor_id,
        name=_display_name(block.phrases[0]),
        type=kind,
        aliases=tuple(dict.fromkeys(block.phrases[1:])),
        country=main.country if main else None,
        sector=main.sector if main else None,
        roles=tuple(block.roles),
        cameo=main.cameo if main else None,
    )


def _load_petrarch_actors(text: str, prefix: str) -> list[Actor]:
    blocks: list[_Block] = []
    for raw_line in text.splitlines():
        if "---STOP---" in raw_line:
            break
        if not raw_line.strip() or raw_line[0] in "#<":
            continue
        line = raw_line.split("#", 1)[0]
        head = line.split("[", 1)[0].strip()
        roles = [role for inside in _BRACKET.findall(line) if (role := _cameo_role(inside))]
        if head.startswith("+"):
            if blocks and (synonym := _phrase(head[1:])):
                blocks[-1].phrases.append(synonym)
        elif head and not line[0].isspace():
            blocks.append(_Block([_phrase(head)]))
        if blocks:
            blocks[-1].roles.extend(roles)
    seen: dict[str, int] = {}
    actors = []
    for block in blocks:
        slug = _slug(block.phrases[0])
        seen[slug] = seen.get(slug, 0) + 1
        suffix = f"-{seen[slug]}" if seen[slug] > 1 else ""
        actors.append(_petrarch_actor(block, f"{prefix}:{slug}{suffix}"))
    return actors


def load_actor_file(path: str | Path) -> list[Actor]:
    """Actors from a YAML file (``.yaml``/``.yml``) or a PETRARCH/Phoenix actor dictionary.

    PETRARCH actor ids are ``<file stem slug>:<phrase slug>``, numbered when repeated.
    """
    path = Path(path)
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in {".yaml", ".yml"}:
        return _load_yaml_actors(text)
    return _load_petrarch_actors(text, _slug(path.stem))


# ------------------------------------------------------------------ registry


class ActorRegistry:
    """All known actors (built in first, then user files), indexed by folded surface."""

    def __init__(self, actors: Iterable[Actor]) -> None:
        self.actors: tuple[Actor, ...] = tuple(actors)

    @classmethod
    def load(cls, *paths: str | Path) -> ActorRegistry:
        """The built-in actors plus those of each file in ``paths``."""
        actors = list(builtin_actors())
        for path in paths:
            actors.extend(load_actor_file(path))
        return cls(actors)

    @cached_property
    def _index(self) -> dict[str, list[Actor]]:
        index: dict[str, list[Actor]] = {}
        for surface, actor in self.surfaces():
            matches = index.setdefault(fold(surface), [])
            if actor not in matches:
                matches.append(actor)
        return index

    @cached_property
    def _by_id(self) -> dict[str, Actor]:
        by_id: dict[str, Actor] = {}
        for actor in self.actors:
            by_id.setdefault(actor.id, actor)
        return by_id

    def lookup(self, folded_surface: str) -> list[Actor]:
        """Actors written ``folded_surface`` (already folded with ``fold``), in load order."""
        return self._index.get(folded_surface, [])

    def get(self, actor_id: str) -> Actor | None:
        return self._by_id.get(actor_id)

    @staticmethod
    def role_on(actor: Actor, day: date | None) -> Role | None:
        """The role ``actor`` held on ``day`` (the latest one when ``day`` is None)."""
        return actor.role_on(day)

    def surfaces(self) -> Iterator[tuple[str, Actor]]:
        """Every ``(surface, actor)`` pair, unfolded, for building a gazetteer."""
        for actor in self.actors:
            for surface in actor.surfaces():
                yield surface, actor

    def __iter__(self) -> Iterator[Actor]:
        return iter(self.actors)

    def __len__(self) -> int:
        return len(self.actors)
