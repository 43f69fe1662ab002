"""The event knowledge of a language's ``events.yaml``: trigger codings and ``refine`` rules, and the
phrase helpers every part of the coder matches data words with."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from khabar.knowledge.data import load_yaml
from khabar.lang import LanguageDataError, merged, topic
from khabar.lang.models import Events, LanguageRules
from khabar.lang.models.events import Coding as CodingData
from khabar.lang.models.events import Concept, EventConcepts, TriggerEntry
from khabar.text.patterns import expand
from khabar.text.tokens import Phrase, phrases


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
    fatal: bool = False  # the words state a death
    embeds: bool = False
    specific: bool = False
    inaction: bool = False
    undergoer: bool = False  # its subject is who it happens to ("died", "मारे गए"): the target
    patient_genitive: bool = False  # the genitive is whom it is done to ("X की हत्या", "arrest of X")
    alleges: bool = False  # an event named in its genitive is alleged ("X पर हत्या का आरोप")
    target_markers: tuple[Phrase, ...] = ()  # its own target markers (से: "X से मुलाकात")
    far_target_markers: tuple[Phrase, ...] = ()  # ... anywhere before it in its clause ("X पर ... का आरोप")
    agent_markers: tuple[Phrase, ...] = ()  # the marker of its agent after it ("fell to")
    needs: tuple[str, ...] = ()
    sent: bool = False  # a needs word counts only as what is sent, not as the agent ("पुलिस ने शव भेजा")
    destination: bool = False  # an arrival: an event only where its clause names a place
    official: bool = False  # a journey: an event only where its source represents someone
    clause_agent: bool = False  # a noun of meeting or talking: its clause's agent took part in it
    addressed: bool = False  # a reported demand: an act only where one who must act is named (opinions)
    paired: bool = False  # an event only with both a source and a target ("help")
    opinion_verbs: frozenset[str] = frozenset()  # "agreed it was vital": a view held, not an act
    reciprocal: bool = False  # "A and B clashed": each with the other (its type's acts may not be)
    unless: tuple[str, ...] = ()
    unless_before: tuple[str, ...] = ()  # ... and in the sentences just before its own
    not_after_infinitive: frozenset[str] = frozenset()  # "बनाने में मदद": help in doing, no event
    taken_with: frozenset[str] = frozenset()  # light verbs of taking it: "X की मदद ली", X helps
    complement_target: bool = False  # "मांग की कि सरकार ...": the complement's subject is its target
    abroad: Coding | None = None
    acled: str | None = None  # the ACLED sub-event type the word names itself ("grenade")


@dataclass(frozen=True, slots=True)
class Refinement:
    """One entry of ``events.yaml``'s ``refine``: an event of ``type`` (with one of ``modes``) whose
    clause holds one of ``words`` (or whose target is an entity of ``target_types``) takes this mode,
    CAMEO code or ACLED sub-event type ("attacked" with "warplanes" is an air strike, "seized" with
    "town", or a place, an occupation of territory)."""

    type: str
    modes: tuple[str | None, ...] | None
    words: tuple[str, ...]  # padded
    target_types: frozenset[str]
    cameos: tuple[str, ...]  # CAMEO prefixes the event's code must start with (none: any)
    sources: frozenset[str]  # sectors the source must have (none: any source, or none)
    mode: str | None
    cameo: str | None
    acled: str | None


def padded(items: Sequence[str]) -> tuple[str, ...]:
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
    terminators = {t for data in merged(LanguageRules).values() for t in data.sentence_terminators}
    return frozenset("".join(terminators) + ',;:\n"“”')


def coding(entry: CodingData) -> Coding:
    return Coding(entry.type, entry.mode, entry.cameo, entry.context)


def _joined(items: Iterable[str]) -> tuple[str, ...]:
    """Context words as folded phrases, patterns expanded ("{denied,denies} that")."""
    return tuple(" ".join(p) for p in phrases([phrase for item in items for phrase in expand(item)]))


@cache
def concepts() -> dict[str, Concept]:
    """The event concepts of ``data/event_concepts.yaml``, validated."""
    return EventConcepts.model_validate(load_yaml("event_concepts.yaml")).concepts


def trigger(entry: TriggerEntry, language: str) -> Trigger:
    """The trigger of a language's entry, coded by its concept."""
    concept = concepts().get(entry.concept)
    if concept is None:
        raise LanguageDataError(f"lang/{language}/events.yaml: unknown event concept {entry.concept!r}")
    return Trigger(
        coding=coding(concept),
        intransitive=entry.intransitive,
        casualty=entry.casualty,
        fatal=entry.fatal,
        embeds=entry.embeds,
        specific=entry.specific,
        inaction=entry.inaction,
        undergoer=entry.undergoer,
        patient_genitive=entry.patient_genitive,
        alleges=entry.alleges,
        target_markers=phrases(entry.target_markers),
        far_target_markers=phrases(entry.far_target_markers),
        agent_markers=phrases(entry.agent_markers),
        needs=_joined(entry.needs),
        sent=entry.sent,
        destination=entry.destination,
        official=entry.official,
        clause_agent=entry.clause_agent,
        addressed=entry.addressed,
        paired=entry.paired,
        opinion_verbs=frozenset(_joined(entry.opinion_verbs)),
        reciprocal=entry.reciprocal,
        unless=_joined(entry.unless),
        unless_before=_joined(entry.unless_before),
        not_after_infinitive=frozenset(_joined(entry.not_after_infinitive)),
        taken_with=frozenset(_joined(entry.taken_with)),
        complement_target=entry.complement_target,
        abroad=coding(concept.abroad) if concept.abroad else None,
        acled=concept.acled,
    )


@cache
def refinements(language: str) -> tuple[Refinement, ...]:
    """The ``refine`` rules of a language, in the file's order (the first that applies wins)."""
    return tuple(
        Refinement(
            rule.type,
            rule.modes,
            tuple(f" {w} " for w in _joined(rule.words)),
            frozenset(rule.target_types),
            rule.cameos,
            frozenset(rule.sources),
            rule.mode,
            rule.cameo,
            rule.acled,
        )
        for rule in topic(language, Events).refine
    )
