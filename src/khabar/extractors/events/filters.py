"""Conservative filters: a trigger word inside the name of an organisation or a generic actor
("Ministry of Emergency Situations", "riot police") is no event; infinitives and the content of
requests and threats are not events; a bare
noun needs something that anchors it (an actor, place, date or count); a death with no agent adds its
counts to a violent event of the same sentence; an unanchored "this attack" adds its clause to the
last attack."""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Doc
from khabar.extractors.events.clauses import Clause, sentence_bounds
from khabar.extractors.events.lexicon import word_stops
from khabar.extractors.events.mentions import Mention
from khabar.extractors.events.predicates import Predicate
from khabar.extractors.events.syntax import arg_cues
from khabar.schema import Entity

VIOLENT = frozenset({"PROTEST", "ASSAULT", "COERCE"})  # types a death with no agent can belong to
VIOLENT_BEFORE = frozenset({"PROTEST", "ASSAULT"})  # ... when told in the sentence before it
NAMING = frozenset({"ORG", "GROUP"})  # entities whose words are no event words


def outside_names(doc: Doc, entities: Sequence[Entity]) -> list[Predicate]:
    """The predicates whose trigger lies outside every organisation and generic actor mention."""
    inside = bytearray(len(doc.text) + 1)
    for entity in entities:
        if entity.type in NAMING:
            for m in entity.mentions:
                inside[m.start : m.end] = b"\x01" * (m.end - m.start)
    return [p for p in doc.predicates if inside.find(0, p.hit.start, p.hit.end) >= 0]


def suppress_embedded(mentions: list[Mention]) -> None:
    """Drop infinitives, and nouns that are the content of a request, threat or agreement."""
    by_clause: dict[Clause, list[Mention]] = {}
    for m in mentions:
        by_clause.setdefault(m.clause, []).append(m)
    for m in mentions:
        if not m.trigger.embeds or not m.predicate.verbal or m.predicate.nonfinite:
            continue
        postpositional = arg_cues(m.hit.language).postpositional
        for other in by_clause[m.clause]:
            if other is m or (other.predicate.verbal and not other.predicate.nonfinite):
                continue
            if postpositional:
                inside = other.hit.end <= m.hit.start and (
                    m.source is None or other.hit.start >= m.source.end
                )
            else:
                inside = other.hit.start >= m.hit.end
            if inside:
                other.dropped = True
    for m in mentions:
        if m.predicate.nonfinite:
            m.dropped = True


def absorb_casualties(doc: Doc, mentions: list[Mention]) -> None:
    """A death or injury with no agent belongs to a violent event of its sentence (else of the
    sentence before), whose target its victims become if it has none; with none there it is no event
    (a flood's or an accident's dead)."""
    # the violent events by sentence: none of them is absorbable, so none is dropped below
    violent: dict[tuple[int, int], list[Mention]] = {}
    for o in mentions:
        if not o.dropped and not o.absorbable and o.coding.type in VIOLENT:
            violent.setdefault(o.clause.sentence, []).append(o)
    for m in mentions:
        if m.dropped or not m.absorbable:
            continue
        sentence = m.clause.sentence
        hosts = violent.get(sentence, [])
        if not hosts and sentence[0] > 0:
            before = sentence_bounds(doc, sentence[0] - 1)
            hosts = [o for o in violent.get(before, []) if o.coding.type in VIOLENT_BEFORE][-1:]
        if hosts:
            host = min(hosts, key=lambda o: (o.hit.start > m.hit.start, abs(o.hit.start - m.hit.start)))
            host.counts.update(m.counts)
            victims = m.target
            if (
                host.target is None
                and victims is not None
                and (host.source is None or host.source.key != victims.key)
            ):
                host.target, host.target_entity = m.target, m.target_entity
            host.absorbed = True
            host.evidence.extend(m.evidence)
            m.dropped = True
        elif m.source is None:
            m.dropped = True


def anchored(m: Mention) -> bool:
    """A bare noun is an event only with something that anchors it in the text."""
    if m.predicate.verbal:
        return True
    if m.source or m.target or m.location_in_clause or m.date_in_clause or m.counted or m.absorbed:
        return True
    return m.trigger.specific and bool(m.location or m.date)


def referent(doc: Doc, m: Mention, last_of_type: dict[str, Mention]) -> Mention | None:
    """The event an unanchored noun after a demonstrative ("यह हमला", "this attack") refers back
    to: the last kept event of its type (``last_of_type``)."""
    before = doc.tokens.before(m.hit.start, 1, floor=m.clause.start, stops=word_stops())
    if not before or before[-1] not in arg_cues(m.hit.language).demonstratives:
        return None
    return last_of_type.get(m.coding.type)
