"""Nouns that refer back to an event told before: "this attack" (unanchored, or after a pointing
demonstrative: "इस हमले में पांच जवान मारे गए", however far back the attack was told, where the two
name no different actors) or an unanchored noun of one kind of act ("the shootout") adds its clause
and counts to the last event of its type; a noun naming any happening ("यह घटना", "this incident",
"घटना के बाद") adds its clause to the event just told, and, where that is an attack or riot, the toll
of its sentence that no event of the sentence holds ("इस घटना में पांच लोगों की मौत हो गई": one happening,
one event, its count the latest told)."""

from __future__ import annotations

from khabar.doc import Doc
from khabar.extractors.events.clauses import breaks, clause_at, held_before, sentence_bounds, trimmed
from khabar.extractors.events.filters import VIOLENT_BEFORE, anchored, victims_as_target
from khabar.extractors.events.lexicon import word_stops
from khabar.extractors.events.mentions import Mention
from khabar.extractors.events.syntax import arg_cues
from khabar.text.ranges import ByStart


def referent(doc: Doc, m: Mention, last: Mention | None) -> Mention | None:
    """The event a noun refers back to: the last kept event of its type (``last``). An
    unanchored noun refers back after any demonstrative ("the attack") or when it names one kind of act
    only ("मुठभेड़ के बाद", "after the shootout": the one told before); one with anchors of its own only
    after a pointing demonstrative ("इस हमले में पांच लोग मारे गए", "this attack killed five"): to an
    event told in its sentence or the one before, or, further back, to one whose actor and mode are
    none other than its own; or, its actor its only anchor, to one that names no actor.
    It adds to that event and is never a new one."""
    if m.predicate.verbal:
        return None
    demonstrative = after_demonstrative(doc, m.hit.start, m.clause.start)
    if not demonstrative and not m.trigger.specific:
        return None
    host = last
    if host is not None and host.predicate.negated != m.predicate.negated:
        host = None  # "the demolitions" names no police inaction told before
    if host is None or not anchored(m) or (demonstrative and _named_by_actor_only(m, host)):
        return host
    before = doc.tokens.before(m.hit.start, 1, floor=m.clause.start, stops=word_stops())
    if not demonstrative or before[-1] not in arg_cues(m.hit.language).pointing:
        return None
    recent = host.clause.sentence in _recent(doc, m.clause.sentence)
    return host if recent or _told_alike(m, host) else None


def _told_alike(m: Mention, host: Mention) -> bool:
    """Do a pointing noun and an event told further back name no two different actors nor modes ("इस
    हमले में ... मारे गए" after "नक्सलियों ने ... हमला किया": the attack told, whoever it killed; not "इस
    हमले में ड्रोन इस्तेमाल किया गया" after a suicide attack: an air strike told before it)?"""
    actors = m.source is None or host.source is None or m.source.key == host.source.key
    return actors and (m.coding.mode is None or host.coding.mode in (None, m.coding.mode))


def _named_by_actor_only(m: Mention, host: Mention) -> bool:
    """Is an actor the mention's only anchor, where the event it points back to names none ("इस हमले की
    ज़िम्मेदारी आईएस ने ली": the attack told before, however far back, now with its actor)?"""
    own = m.target or m.location_in_clause or m.date_in_clause or m.counted
    return m.source is not None and host.source is None and not own


def refer_back(host: Mention, m: Mention) -> None:
    """``m`` names ``host`` again: its evidence and trigger are the host's, and so is each of its tolls
    that is higher than the host's of that kind (``latest_tolls``); its actor is the host's where the
    host names none ("... हमला हुआ. आईएस ने इस हमले की ज़िम्मेदारी ली": IS attacked)."""
    if host.source is None and m.source is not None:
        host.source, host.source_via = m.source, m.source_via
    host.evidence.extend(m.evidence)
    host.merged_hits.append(m.hit)
    host.fatal = host.fatal or m.fatal
    latest_tolls(host, m)


def latest_tolls(host: Mention, m: Mention) -> None:
    """Each toll of ``m`` higher than the host's of that kind replaces it (a toll told again is not
    added to itself; a higher one is the latest)."""
    for kind in dict.fromkeys(what for _, _, what in m.counts):  # in the order told: records reproduce
        told = {key: n for key, n in m.counts.items() if key[2] == kind}
        if sum(told.values()) > sum(n for key, n in host.counts.items() if key[2] == kind):
            host.counts = {key: n for key, n in host.counts.items() if key[2] != kind} | told


def link_generic_nouns(doc: Doc, kept: list[Mention], unhosted: list[Mention]) -> None:
    """A noun that names any happening is never an event of its own: after a demonstrative ("यह घटना",
    "इस वारदात", "this incident") its clause and word join the last kept event before it, told in its
    sentence or the one before; one of the language's ``incidents`` ("घटना के बाद") joins the last
    asserted attack or riot told before it even without a demonstrative. An act not done is no happening
    ("sought explanation from the police commissioner. ... unhappy at the incident": no inaction).
    Where the event joined is an attack or riot and the noun names it alone (after a demonstrative or
    opening its clause: "इस घटना में", "घटना में"; not "इसी तरह की घटना में", "एक अन्य घटना में": another
    one), each death or injury after the noun in its sentence that found no event there (``unhosted``:
    "इस घटना में पांच लोगों की मौत हो गई") adds its toll and clause, unless the sentences just before it
    tell what its trigger's ``unless`` words name (an accident: "एक ट्रक ने बस को टक्कर मार दी। घटना में
    तीन लोगों की मौत हो गई" is no toll of an attack told earlier)."""
    order = sorted((m for m in kept if not m.predicate.negated), key=lambda m: m.hit.start)
    violent = [
        m
        for m in order
        if m.coding.type in VIOLENT_BEFORE and m.modality == "asserted"  # (``order`` holds no negated act)
    ]
    casualties: dict[tuple[int, int], list[Mention]] = {}
    triggers = ByStart(h for h in doc.event_hits if h.kind == "trigger")
    for m in unhosted:  # not one whose sentences before tell what is no attack ("... टक्कर मार दी। घटना में")
        if not held_before(doc, m.hit, m.trigger.unless, triggers):
            casualties.setdefault(m.clause.sentence, []).append(m)
    cuts = breaks(doc)
    at = at_violent = 0
    last = last_violent = None
    for hit in doc.event_hits:
        if hit.kind not in ("generic", "incident"):
            continue
        while at < len(order) and order[at].hit.start < hit.start:
            last, at = order[at], at + 1
        while at_violent < len(violent) and violent[at_violent].hit.start < hit.start:
            last_violent, at_violent = violent[at_violent], at_violent + 1
        clause = clause_at(doc, hit.start, hit.end, cuts)
        host = None
        if last is not None and last.clause.sentence in _recent(doc, clause.sentence):
            host = last if after_demonstrative(doc, hit.start, clause.start) else None
        if host is None and hit.kind == "incident" and last_violent is not None:
            host = last_violent if last_violent.hit.language == hit.language else None
        if host is None:
            continue
        host.evidence.append(trimmed(doc.text, clause.start, clause.end))
        host.merged_hits.append(hit)
        if host.coding.type in VIOLENT_BEFORE and _names_the_one(doc, hit.start, clause.start):
            _add_casualties(host, hit.start, casualties.pop(clause.sentence, []))


def _add_casualties(host: Mention, start: int, casualties: list[Mention]) -> None:
    """The deaths and injuries told after ``start`` (a noun naming the happening) join ``host``: their
    tolls (the latest of each kind), their victims as its target where it has none, their clauses."""
    for m in casualties:
        if m.hit.start < start:
            continue
        latest_tolls(host, m)
        victims_as_target(host, m)
        host.fatal = host.fatal or m.fatal
        host.evidence.extend(e for e in m.evidence if e not in host.evidence)


def _names_the_one(doc: Doc, start: int, floor: int) -> bool:
    """Does the noun at ``start`` name the happening told, by itself: after a demonstrative or with no
    word before it in its clause (from ``floor``)?"""
    return after_demonstrative(doc, start, floor) or not doc.tokens.before(start, 1, floor=floor)


def _recent(doc: Doc, sentence: tuple[int, int]) -> set[tuple[int, int]]:
    """A sentence and the one before it: where the event a demonstrative points back to is told."""
    return {sentence, sentence_bounds(doc, sentence[0] - 1) if sentence[0] > 0 else sentence}


def after_demonstrative(doc: Doc, start: int, floor: int) -> bool:
    """Is the word before ``start`` in its clause (from ``floor``) a demonstrative ("this", "the", "यह")?"""
    before = doc.tokens.before(start, 1, floor=floor, stops=word_stops())
    language = doc.language_at(start)
    return bool(before) and before[-1] in arg_cues(language).demonstratives
