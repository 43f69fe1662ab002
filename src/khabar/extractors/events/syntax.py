"""The grammar cues of a language's ``events.yaml`` that clause reading and argument attachment read.

Which side a marker stands on is ``cues.grammar(...).postpositional``: Hindi postpositions follow
the noun (ने agent, द्वारा by, को object, का/की/के of), English prepositions precede it. A language
without event data has no cues.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from khabar.extractors.cues import grammar
from khabar.extractors.events.lexicon import Phrase, padded, phrases
from khabar.lang import topic
from khabar.text.normalise import fold

Modality = tuple[
    str, tuple[str, ...], tuple[str, ...], tuple[str, ...]
]  # name, padded before/after, suffixes
ROLES = ("agent", "by", "object", "genitive", "oblique", "possessor")


@dataclass(frozen=True, slots=True)
class ArgCues:
    """The grammar cues of one language's ``events.yaml`` that attachment and modality read."""

    postpositional: bool
    genitive: tuple[Phrase, ...]
    locative: tuple[Phrase, ...]
    target_prepositions: tuple[Phrase, ...]
    determiners: frozenset[str]
    quantities: frozenset[str]
    light_verbs: frozenset[str]
    bridges: tuple[Phrase, ...]  # words between a noun and its light verb ("भी", "की घटना")
    auxiliaries: frozenset[str]
    passive: frozenset[str]
    infinitive_suffixes: tuple[str, ...]
    infinitive_kept_before: tuple[Phrase, ...]
    infinitive_before: tuple[Phrase, ...]
    attempts: frozenset[str]  # words before "to" whose infinitive is the act itself ("tried to")
    demonstratives: frozenset[str]  # "this attack", "यह हमला": a noun that refers back
    relatives: frozenset[str]
    negation: tuple[str, ...]  # padded
    negation_suffixes: tuple[str, ...]
    not_negation: tuple[str, ...]  # padded
    modality: tuple[Modality, ...]
    not_destination: frozenset[str] = frozenset()  # "border with X": X is not where forces go
    markers: dict[Phrase, str] = field(default_factory=dict)  # every marker phrase -> its role
    longest_marker: int = 1


def _folded(items: list[str] | None) -> frozenset[str]:
    return frozenset(fold(w) for w in items or [])


@cache
def arg_cues(language: str | None) -> ArgCues:
    data = (topic(language, "events") if language else {}).get("grammar", {})
    g = grammar(language)
    locative = tuple(g.locative_markers)
    markers = {p: "locative" for p in locative}
    markers.update((p, role) for role in ROLES for p in phrases(data.get(role)))
    modality = tuple(
        (
            name,
            padded(spec.get("before")),
            padded(spec.get("after")),
            tuple(fold(s) for s in spec.get("suffixes", [])),
        )
        for name, spec in (data.get("modality") or {}).items()
    )
    return ArgCues(
        postpositional=g.postpositional,
        genitive=phrases(data.get("genitive")),
        locative=locative,
        target_prepositions=phrases(data.get("target_prepositions")),
        determiners=_folded(data.get("determiners")),
        quantities=_folded(data.get("quantities")),
        light_verbs=_folded(data.get("light_verbs")),
        bridges=phrases(data.get("bridges")),
        auxiliaries=_folded(data.get("auxiliaries")),
        passive=_folded(data.get("passive")),
        infinitive_suffixes=tuple(fold(s) for s in data.get("infinitive_suffixes", [])),
        infinitive_kept_before=phrases(data.get("infinitive_kept_before")),
        infinitive_before=phrases(data.get("infinitive_before")),
        attempts=_folded(data.get("attempts")),
        demonstratives=_folded(data.get("demonstratives")),
        relatives=_folded(data.get("relatives")),
        negation=padded(data.get("negation")),
        negation_suffixes=tuple(fold(s) for s in data.get("negation_suffixes", [])),
        not_negation=padded(data.get("not_negation")),
        modality=modality,
        not_destination=_folded(data.get("not_destination")),
        markers=markers,
        longest_marker=max(map(len, markers), default=1),
    )
