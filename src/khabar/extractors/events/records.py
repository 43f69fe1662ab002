"""Assembly of mentions into ``Event`` records: CAMEO codes from the trigger (or the crosswalk's
default), ACLED types from the crosswalk; a future or intended event also carries the coding
PLOVER gives announcing it (``announced_as``); an act the report recalls from years before is marked
``historical`` (``history``)."""

from __future__ import annotations

from bisect import bisect_left

from khabar.doc import Doc
from khabar.extractors.cues import grammar
from khabar.extractors.events.circumstances import event_date
from khabar.extractors.events.history import HISTORICAL, historical
from khabar.extractors.events.mentions import Mention
from khabar.extractors.events.syntax import arg_cues
from khabar.knowledge.crosswalk import (
    acled_for,
    acled_sub_events,
    cameo_for,
    intent_for,
    told_intents,
)
from khabar.rules import FATALITIES
from khabar.schema import Event
from khabar.text.ranges import ByStart

PLACES = frozenset({"PLACE"})  # entity types of a target that is where one meets, not whom


class _Tellers:
    """What tells a mention, looked up by bisection: the quotes and the claim verbs of ``doc``."""

    def __init__(self, doc: Doc) -> None:
        self.quotes = ByStart(doc.quotes)
        self.claims = ByStart(h for h in doc.event_hits if h.kind == "claim")

    def told(self, m: Mention) -> bool:
        """Does someone tell the mention: a speaker it is attributed to, a quote that holds it, or a
        claim verb in its sentence ("will visit Senegal, diplomatic sources said")?"""
        return (
            m.attributed_to is not None
            or bool(self.quotes.holding(m.hit.start))
            or bool(self.claims.starting(*m.clause.sentence))
        )


def _told_of_subject(doc: Doc, m: Mention, starts: list[int]) -> bool:
    """Is the mention's trigger the verb of a restrictive relative clause (no comma before it: one
    between commas ends before the main verb) on its sentence's subject: right after its relative
    word (auxiliaries and adverbs between), with no trigger (of ``starts``, sorted) before that word
    in the sentence ("the rebels who (had) attacked the town were arrested"; not
    "a warning by police who threatened them with arrest"), or a participle in -ing right after its
    source, which opens the clause (quantities and determiners before it: "Hundreds of rebels
    fighting in the north have reached a deal")? Such a clause runs on into the main verb in one
    clause; its act is told of the subject, not as news."""
    clause, hit = m.clause, m.hit
    cues = arg_cues(hit.language)
    if clause.opener in cues.relatives:
        restrictive = not doc.text[clause.sentence[0] : clause.start].rstrip().endswith(",")
        if not restrictive or bisect_left(starts, clause.sentence[0]) != bisect_left(starts, clause.start):
            return False
        between = doc.tokens.between(clause.start, hit.start)[len(clause.opener.split()) :]
        auxiliaries = grammar(hit.language).subject_auxiliaries
        return all(word in cues.passive or word in auxiliaries for word in between)
    source, own = m.source, doc.tokens.between(hit.start, hit.end)
    return (
        source is not None
        and bool(own)
        and bool(cues.progressive_suffixes)
        and own[0].endswith(cues.progressive_suffixes)
        and all(
            w in cues.determiners or w in cues.quantities or (w,) in cues.genitive
            for w in doc.tokens.between(clause.start, source.start)
        )
        and not doc.text[source.end : hit.start].strip()
    )


def _in_order(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions in text order by clause, then by trigger; in a clause, an act told of its subject
    (``_told_of_subject``) comes after the clause's other acts: the main verb's act is the first told
    ("the rebels who attacked the town were arrested": the arrest)."""
    starts = sorted(m.hit.start for m in mentions)
    return sorted(mentions, key=lambda m: (m.clause.start, _told_of_subject(doc, m, starts), m.hit.start))


def _announcement(tellers: _Tellers, m: Mention) -> tuple[str, str] | None:
    """The coding PLOVER and CAMEO give announcing the mention (type, CAMEO code), where it is told as
    future or intended ("X will release Y": AGREE, "X plans to impose a ban": THREATEN, by X; "X will not
    release Y": REJECT), else None. The event stays the announced act, with its future or intended
    modality, as an analyst codes it; the announcement is a coding of that one event, not a second
    event. A future meeting with no one named to meet (or only a place) and told by no one ("the council
    will meet on Wednesday") is set, not announced (``told_intents``)."""
    # an act made possible on a condition ("may halt mediation if ...") is announced as well
    possible = m.modality == "possible" and m.predicate.conditioned
    negated = m.predicate.negated
    announced = m.modality in ("future", "intended") or (possible and not negated)
    untold = m.modality == "future" and m.coding.type in told_intents() and not tellers.told(m)
    untold = untold and (m.target is None or m.target.entity_type in PLACES)  # no one to meet
    return intent_for(m.coding.type, negated) if announced and not untold else None


def _acled(m: Mention) -> tuple[str, str] | None:
    if m.acled:
        return acled_sub_events()[m.acled], m.acled
    coding = m.coding
    return acled_for(
        coding.type,
        coding.mode,
        m.target.sector if m.target else None,
        m.source.sector if m.source else None,
        coding.cameo or cameo_for(coding.type, coding.mode),
    )


def events(doc: Doc, mentions: list[Mention]) -> list[Event]:
    out: list[Event] = []
    told = _in_order(doc, mentions)
    recalled = historical(doc, told)
    tellers = _Tellers(doc)
    for number, m in enumerate(told):
        announcement = _announcement(tellers, m)
        coding, source, target = m.coding, m.source, m.target
        spans = [doc.span(lo, hi) for lo, hi in dict.fromkeys(m.evidence)]
        shown = source or m.source_via
        totals = m.totals()
        date, precision, date_source = event_date(doc, m)
        acled = _acled(m)
        out.append(
            Event(
                id=f"{doc.article_id}:v{number}",
                type=coding.type,
                mode=coding.mode,
                context=[*coding.context, HISTORICAL] if number in recalled else list(coding.context),
                source=source.entity if source else None,
                target=m.target_entity,
                source_text=doc.span(shown.start, shown.end) if shown else None,
                target_text=doc.span(target.start, target.end) if target else None,
                source_country=source.country if source else None,
                source_sector=source.sector if source else None,
                target_country=target.country if target else None,
                target_sector=target.sector if target else None,
                location=m.location.id if m.location else None,
                date=date,
                date_precision=precision,
                date_source=date_source,
                counts=totals,
                fatal=m.fatal or totals.get(FATALITIES, 0) > 0,
                negated=m.predicate.negated,
                uncertain=m.uncertain,
                modality=m.modality,  # type: ignore[arg-type]
                attributed_to=m.attributed_to,
                cameo=coding.cameo or cameo_for(coding.type, coding.mode),
                announced_as=announcement[0] if announcement else None,
                announced_cameo=announcement[1] if announcement else None,
                acled_event_type=acled[0] if acled else None,
                acled_sub_event_type=acled[1] if acled else None,
                start=spans[0].start,
                end=spans[0].end,
                evidence=spans,
                triggers=[doc.span(h.start, h.end) for h in [m.hit, *m.merged_hits]],
            )
        )
    return out
