"""What a pronoun argument stands for: an object pronoun ("him", उन्हें) or one with a target marker
(उन पर) the last person named before it other than the source; a subject pronoun the agent (or first
actor) of its sentence before it, else of the sentence before; an anaphor ("the organisation") the last
entity of its type."""

from __future__ import annotations

from khabar.extractors.events.candidates import Candidate
from khabar.extractors.events.clauses import sentence_bounds
from khabar.extractors.events.mentions import Context
from khabar.extractors.events.syntax import ArgCues


def person_before(context: Context, pronoun: Candidate, source: Candidate | None) -> Candidate | None:
    """What an object pronoun ("him", उन्हें) stands for: the last person named before it, in its
    sentence or the one before, other than the source (who does it is not whom it is done to)."""
    people = context.named.get("PERSON")
    if people is None:
        return None
    start, _ = sentence_bounds(context.doc, pronoun.start)
    floor = sentence_bounds(context.doc, max(0, start - 1))[0]
    for person in reversed(people.within(floor, pronoun.start)):
        if source is None or person.entity != source.entity:
            return person
    return None


def antecedent(context: Context, pronoun: Candidate, cues: ArgCues) -> Candidate | None:
    """What a pronoun or anaphor stands for: the agent (or first actor) of its sentence before it,
    else of the sentence before; an anaphor ("the organisation"), the last entity of its type."""
    if pronoun.kind == "anaphor":
        of_type = context.named.get(pronoun.refers_to)
        return of_type.last_ending(pronoun.start) if of_type else None
    start, _ = sentence_bounds(context.doc, pronoun.start)
    for bounds in (start, sentence_bounds(context.doc, max(0, start - 1))[0]):
        here = [
            a
            for a in context.within(bounds, pronoun.start)
            if a.kind == "entity" and (bounds == start or a.end < start)
        ]
        if cues.postpositional:
            agent = next((a for a in reversed(here) if a.role == "agent"), None) or next(
                (a for a in reversed(here) if a.role == "by"), None
            )
        else:
            agent = next((a for a in here if a.role is None and a.entity_type != "PLACE"), None)
        if agent is not None:
            return agent
        if bounds == 0:
            break
    return None
