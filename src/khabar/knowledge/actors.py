"""The political actor knowledge base: people and organisations with dated roles.

Actors come from ``data/actors.yaml`` (built in) and from user files, either in that
YAML format (read here) or in the PETRARCH/TABARI actor dictionary format used by the
Phoenix dictionaries (``khabar.knowledge.petrarch``). The records are those of
``khabar.knowledge.actor_records``; ``ActorRegistry`` indexes them by folded surface.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import yaml

from khabar.knowledge.actor_records import ACTOR_TYPES, SECTORS, Actor, Role
from khabar.knowledge.data import PACKAGE_ROOT
from khabar.knowledge.petrarch import load_petrarch_actors, slug
from khabar.text.normalise import fold

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


def load_actor_file(path: str | Path) -> list[Actor]:
    """Actors from a YAML file (``.yaml``/``.yml``) or a PETRARCH/Phoenix actor dictionary.

    PETRARCH actor ids are ``<file stem slug>:<phrase slug>``, numbered when repeated.
    """
    path = Path(path)
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in {".yaml", ".yml"}:
        return _load_yaml_actors(text)
    return load_petrarch_actors(text, slug(path.stem))


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

    def surfaces(self) -> Iterator[tuple[str, Actor]]:
        """Every ``(surface, actor)`` pair, unfolded, for building a gazetteer."""
        for actor in self.actors:
            for surface in actor.surfaces():
                yield surface, actor

    def __iter__(self) -> Iterator[Actor]:
        return iter(self.actors)

    def __len__(self) -> int:
        return len(self.actors)
