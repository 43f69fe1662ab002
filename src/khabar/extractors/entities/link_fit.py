"""Which known referent fits a run: the kind a cue asks for, Latin names spelled alike word by word,
part of a known person's names, an office held on the day, and ties between known people or bodies."""

from __future__ import annotations

from datetime import date
from functools import cache

from khabar.extractors.entities.context import COREF_THRESHOLD, capital_of, name_parts, similar
from khabar.extractors.entities.cue_kinds import PERSON_CUES, Cue
from khabar.knowledge.actors import Actor
from khabar.knowledge.base import Referent
from khabar.text.normalise import fold
from khabar.text.tokens import Token
from khabar.text.tokens import words as words_of
from khabar.text.translit import NameMatch

# a Latin run to a Latin name, word by word (Sinjar: Sinwar 0.88; Houthi: Houthis 0.91), unless part
LATIN_THRESHOLD = 0.9
AMBIGUOUS_MARGIN = 1e-9  # known people or bodies whose scores differ by less tie for a name
ORG_CUES = frozenset({Cue.ORG, Cue.TAGGED_ORG})  # the run is an organisation


def ambiguous(matches: list[NameMatch[Referent]], cue: Cue, day: date | None) -> bool:
    """Do two known people or bodies fit the name equally well (a surname several office-holders
    share, सिंह or खान; "न्यूज़ एजेंसी" in every "X News Agency")? Then it names neither."""
    fitting = [
        m
        for m in matches
        if m.value[0] == "actor"
        and fits("actor", m.value[1], cue)
        and (not m.surname_only or holds_office(m.value[1], day))
    ]
    if not fitting:
        return False
    top = max(m.score for m in fitting)
    return len({m.value[1].id for m in fitting if m.score >= top - AMBIGUOUS_MARGIN}) > 1


def fits(kind: str, value: object, cue: Cue) -> bool:
    """Does a referent of this kind suit what the cue says the run is?"""
    if cue is Cue.LEANING_PERSON:  # the tagger only leans to a person: a known body fits too (अल जज़ीरा ने)
        return kind == "actor"
    if cue is Cue.SPEAKER:  # who speaks is a person, a body or a country, not a place of the same name
        return kind in ("actor", "country")
    if cue in PERSON_CUES:
        return kind == "actor" and getattr(value, "type", None) == "PERSON"
    if cue in ORG_CUES:
        return kind == "actor" and getattr(value, "type", None) == "ORG"
    if cue is Cue.OFFICE:
        return kind == "country" or (kind == "actor" and getattr(value, "type", None) == "ORG")
    if cue in (Cue.PLACE, Cue.TAGGED_PLACE):
        return kind in ("place", "country")
    if cue is Cue.SUBJECT:
        return kind == "place" and capital_of(value) is not None
    return True


def part_of_name(run: list[Token], referent: object) -> bool:
    """Are the two or more words of a Latin run all words of one of a known person's names ("Bin Salman",
    "Abu Bakr"; not "Ali Akbar Velayati" for Ali Akbar Salehi)?"""
    if len(run) < 2 or not isinstance(referent, Actor) or referent.type != "PERSON":
        return False
    wanted = {t.text for t in run}
    return any(wanted <= set(name) for name in _names_of(referent))


def spelled_alike(run: list[Token], referent: object) -> bool:
    """Is each word of a Latin run a spelling of a word of one of the referent's names ("Houthi":
    Houthis)? A name alike on average is not enough: "National Rail" is not "National Rally"."""
    if not isinstance(referent, Actor):
        return True
    return any(
        all(any(similar(t.text, word) >= LATIN_THRESHOLD for word in name) for t in run)
        for name in _names_of(referent)
    )


@cache
def _names_of(actor: Actor) -> tuple[tuple[str, ...], ...]:
    """The folded words of each of the actor's names (read for every match of a run: kept once)."""
    return tuple(tuple(words_of(fold(name))) for name in (actor.name, *actor.aliases))


def whole_name(run: list[Token], actor: Actor) -> bool:
    """Is the run, word for word and in order, a spelling of one of the known person's names? "आमिर ख़ान"
    is only part of "Amir Khan Muttaqi", and "अजय सिंह" is not "Ajay Banga" though the words count alike."""
    return any(
        len(name) == len(run)
        and all(similar(t.text, part) >= COREF_THRESHOLD for t, part in zip(run, name, strict=True))
        for name in name_parts(actor)
    )


def holds_office(actor: Actor, day: date | None) -> bool:
    return (
        any(r.dated for r in actor.roles)
        and actor.role_on(day) is not None
        and (day is None or any(r.valid_on(day) for r in actor.roles))
    )
