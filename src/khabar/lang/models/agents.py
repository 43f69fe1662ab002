"""Language data of generic actors: words for actors known by what they are (police, soldiers,
protesters), with their sector."""

from __future__ import annotations

from typing import ClassVar

from pydantic import StrictBool, field_validator

from khabar.knowledge.crosswalk import sectors
from khabar.lang.models.base import Strict, Topic, Word, Words
from khabar.text.patterns import expand


def _sector(code: str | None) -> str | None:
    if code is not None and code not in sectors():
        raise ValueError(f"unknown sector {code!r} (data/plover.yaml lists {', '.join(sorted(sectors()))})")
    return code


class Agent(Strict):
    """One generic actor: its English name (the entity's name), sector (none where only the actor's
    phrase gives one: "a police spokesman", "a government spokesman"), and the words for it, as
    patterns with ``{a,b}`` alternatives ("जवान{,ों}")."""

    name: Word
    sector: Word | None = None
    secondary: Word | None = None  # a second sector, as CAMEO's CVLOPP
    words: Words
    # an actor only right before a postposition or punctuation: a word that, before a name, says who its
    # person is (kin: "पत्नी हसीन जहां", a name the tagger may miss), not an actor of its own
    marked_only: StrictBool = False

    _sectors = field_validator("sector", "secondary")(_sector)

    @field_validator("words")
    @classmethod
    def _plain_words(cls, words: tuple[str, ...]) -> tuple[str, ...]:
        if not words:
            raise ValueError("an agent needs at least one word")
        for word in words:
            if any(mark in form for form in expand(word) for mark in ("*", "_", "...")):
                raise ValueError(f"{word!r}: agent words take only {{a,b}} alternatives")
        return words


class Agents(Topic):
    """``agents.yaml``: the generic actors of a language, and phrases that hold an agent word but
    name no actor ("social media")."""

    FILE: ClassVar[str] = "agents"
    source: Word | None = None  # where a generated file came from
    agents: tuple[Agent, ...] = ()
    not_agents: Words = ()
