"""Where an event happens: the place a locative marker of its clause names ("in Idlib", "पुलवामा में"),
or, for an act done at what it is aimed at, the place it is aimed at ("bombed Aleppo", "the attack on
Douma"), else the place a locative marker of its sentence names."""

from __future__ import annotations

from khabar.extractors.events.candidates import Candidate, leading
from khabar.extractors.events.mentions import Context, Mention
from khabar.extractors.events.syntax import ArgCues
from khabar.extractors.events.targets import aimed_at
from khabar.knowledge.crosswalk import placed_types
from khabar.schema import Entity


def event_place(context: Context, mention: Mention, cues: ArgCues) -> tuple[Entity | None, bool]:
    """The mention's place and whether its clause states it: the clause's (the aimed place where it is
    finer: "bombed Aleppo in Syria" is in Aleppo), else the sentence's."""
    clause, (s_start, s_end) = mention.clause, mention.clause.sentence
    here = _stated_place(context, mention, cues, clause.start, clause.end)
    aimed = _aimed_place(context, mention, cues)
    if aimed is not None and (here is None or _finer(aimed, here)):
        here = aimed
    if here is not None:
        return here, True
    return _stated_place(context, mention, cues, s_start, s_end), False


def _finer(aimed: Entity, stated: Entity) -> bool:
    """Does the place an act is aimed at tell better where it happens than a place its clause states:
    the stated one is its country, or in another country (an act aimed at a place in Syria happens in
    Syria: "negotiated in Moscow a deal to avoid an assault on Idlib")?"""
    if aimed.country is None:
        return False
    return stated.country != aimed.country or stated.type == "COUNTRY"


def _stated_place(context: Context, mention: Mention, cues: ArgCues, lo: int, hi: int) -> Entity | None:
    """The place in ``[lo, hi)`` that a locative marker says the act happens in: a place before a country
    (or a country named as a place's: "the Iraqi border"), the nearest first; not one the act comes from,
    nor one that leads it ("in a Saudi-led airstrike")."""
    places = [
        a
        for a in context.within(lo, hi)
        if a.mark in cues.locative
        and (a.entity_type == "PLACE" or (a.entity_type == "COUNTRY" and a.role != "possessor"))
        and not _origin(mention, cues, a)
        and not leading(context.doc, cues, a.end)
    ]
    if not places:
        return None
    best = min(places, key=lambda a: (_named_type(context, a) != "PLACE", abs(a.start - mention.hit.start)))
    return context.entities.get(best.entity or "")


def _aimed_place(context: Context, mention: Mention, cues: ArgCues) -> Entity | None:
    """Where an act done at what it is aimed at (``placed_types``) happens: the place that is its
    target ("Russian jets bombed Aleppo"), else the place its marker aims it at ("the attack on
    Douma", "पुलवामा पर हमला")."""
    if mention.coding.type not in placed_types():
        return None
    target = mention.target
    if target is not None and target.entity_type == "PLACE":
        return context.entities.get(target.entity or "")
    hit, clause = mention.hit, mention.clause
    side = (
        context.within(clause.start, hit.start)[::-1]
        if cues.postpositional
        else context.within(hit.end, clause.end)
    )
    place = aimed_at(context, cues, mention, side, mention.source, places=True)
    return None if place is None else context.entities.get(place.entity or "")


def _named_type(context: Context, candidate: Candidate) -> str | None:
    """The type of the entity the candidate names."""
    entity = context.entities.get(candidate.entity or "")
    return entity.type if entity is not None else candidate.entity_type


def _origin(mention: Mention, cues: ArgCues, place: Candidate) -> bool:
    """Is the place where the subject of a verb after it comes from ("a missile from Syria struck")?"""
    return place.mark in cues.origins and place.end <= mention.hit.start and mention.predicate.verbal
