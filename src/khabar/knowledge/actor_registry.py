"""Every known actor, built in and from user files, indexed by folded surface.

A user file is read in the YAML format of ``data/actors.yaml`` (``khabar.knowledge.actors``) or,
for any other suffix, as a PETRARCH/Phoenix actor dictionary (``khabar.knowledge.petrarch``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cached_property
from pathlib import Path

from khabar.knowledge.actors import Actor, builtin_actors, load_yaml_actors
from khabar.knowledge.petrarch import load_petrarch_actors, slug
from khabar.text.normalise import fold


def load_actor_file(path: str | Path) -> list[Actor]:
    """Actors from a YAML file (``.yaml``/``.yml``) or a PETRARCH/Phoenix actor dictionary.

    PETRARCH actor ids are ``<file stem slug>:<phrase slug>``, numbered when repeated.
    """
    path = Path(path)
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in {".yaml", ".yml"}:
        return load_yaml_actors(text)
    return load_petrarch_actors(text, slug(path.stem))


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
