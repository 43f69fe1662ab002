"""The event knowledge of a language's ``events.yaml``: trigger codings and ``refine`` rules, and the
phrase helpers every part of the coder matches data words with."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from khabar.lang import merged, topic
from khabar.text.normalise import fold
from khabar.text.tokens import words

Phrase = tuple[str, ...]
_BRACES = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True, slots=True)
class Coding:
    type: str
    mode: str | None
    cameo: str | None
    context: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Trigger:
    """One entry of ``events.yaml``'s ``triggers`` (see the file for what each field means)."""

    coding: Coding
    noun: bool = False
    intransitive: bool = False
    casualty: bool = False
    embeds: bool = False
    specific: bool = False
    needs: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    abroad: Coding | None = None
    acled: str | None = None  # the ACLED sub-event type the word names itself ("grenade")


@dataclass(frozen=True, slots=True)
class Refinement:
    """One entry of ``events.yaml``'s ``refine``: an event of ``type`` (with one of ``modes``) whose
    clause holds one of ``words`` takes this mode, CAMEO code or ACLED sub-event type ("attacked"
    with "warplanes" is an air strike, "seized" with "town" an occupation of territory)."""

    type: str
    modes: tuple[str | None, ...] | None
    words: tuple[str, ...]  # padded
    cameos: tuple[str, ...]  # CAMEO prefixes the event's code must start with (none: any)
    sources: frozenset[str]  # sectors the source must have (none: any source, or none)
    mode: str | None
    cameo: str | None
    acled: str | None


def phrases(items: Sequence[str] | None) -> tuple[Phrase, ...]:
    """Folded word tuples, longest first."""
    out = {tuple(words(fold(str(w)))) for w in items or ()}
    return tuple(sorted((p for p in out if p), key=len, reverse=True))


def padded(items: Sequence[str] | None) -> tuple[str, ...]:
    """Folded phrases as ``" w1 w2 "`` strings, for ``contains``."""
    return tuple(f" {' '.join(p)} " for p in phrases(items))


def contains(sequence: Sequence[str], options: Sequence[str]) -> bool:
    """Does the word sequence hold one of the ``padded`` phrases?"""
    joined = f" {' '.join(sequence)} "
    return any(p in joined for p in options)


def starts_with(sequence: Sequence[str], options: Sequence[Phrase]) -> Phrase | None:
    for phrase in options:
        if tuple(sequence[: len(phrase)]) == phrase:
            return phrase
    return None


@cache
def word_stops() -> frozenset[str]:
    """Where the words around an offset stop: clause punctuation, quotation marks and every shipped
    language's sentence terminators (``lang/<code>/language.yaml``)."""
    terminators = {t for data in merged("language").values() for t in data.get("sentence_terminators", [])}
    return frozenset("".join(terminators) + ',;:\n"“”')


def expand(surface: str) -> list[str]:
    """Brace expansion: ``"arrest{,s,ed}"`` -> ``["arrest", "arrests", "arrested"]``."""
    match = _BRACES.search(surface)
    if not match:
        return [surface]
    head, tail = surface[: match.start()], surface[match.end() :]
    return [form for option in match.group(1).split(",") for form in expand(head + option + tail)]


def coding(entry: dict) -> Coding:
    return Coding(entry["type"], entry.get("mode"), entry.get("cameo"), tuple(entry.get("context", [])))


def _joined(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(" ".join(p) for p in phrases(list(items)))


def trigger(entry: dict) -> Trigger:
    return Trigger(
        coding=coding(entry),
        intransitive=bool(entry.get("intransitive")),
        casualty=bool(entry.get("casualty")),
        embeds=bool(entry.get("embeds")),
        specific=bool(entry.get("specific")),
        needs=_joined(entry.get("needs", [])),
        unless=_joined(entry.get("unless", [])),
        abroad=coding({**entry, **entry["abroad"]}) if entry.get("abroad") else None,
        acled=entry.get("acled"),
    )


@cache
def refinements(language: str) -> tuple[Refinement, ...]:
    """The ``refine`` rules of a language, in the file's order (the first that applies wins)."""
    rules = (topic(language, "events") or {}).get("refine") or []
    return tuple(
        Refinement(
            rule["type"],
            tuple(rule["modes"]) if "modes" in rule else None,
            tuple(f" {w} " for w in _joined(rule["words"])),
            tuple(str(c) for c in rule.get("cameos", [])),
            frozenset(rule.get("sources", [])),
            rule.get("mode"),
            rule.get("cameo"),
            rule.get("acled"),
        )
        for rule in rules
    )
