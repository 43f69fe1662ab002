"""Conservative filters: a trigger word inside the name of an organisation or a generic actor
("Ministry of Emergency Situations", "riot police") or inside a date ("March 6") is no event;
infinitives and the content of requests and threats are not events, nor a noun a verb acts on ("lifted
the curfew"); a bare noun needs something
that anchors it (an actor, place, date or count), and aid, support, talks and cooperation an actor; a
death with no agent adds its counts to a violent
event of the same sentence; "this attack" (unanchored, or after a pointing demonstrative) or an
unanchored noun of one kind of act ("the shootout") adds its clause and counts to the last attack,
and "यह घटना", "this incident", "घटना के बाद" their clause to the event just told; a journey by no one
who represents anyone is no visit."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from khabar.doc import Doc
from khabar.extractors.dates import bare_month, in_written_date
from khabar.extractors.events.candidates import Candidate
from khabar.extractors.events.clauses import Clause, breaks, clause_at, sentence_bounds, trimmed
from khabar.extractors.events.lexicon import word_stops
from khabar.extractors.events.mentions import Context, Mention
from khabar.extractors.events.predicates import Predicate
from khabar.extractors.events.syntax import arg_cues
from khabar.knowledge.crosswalk import actor_required, carries, private_sectors
from khabar.lang import topic
from khabar.lang.models import Events
from khabar.schema import Entity

VIOLENT = frozenset({"PROTEST", "ASSAULT", "COERCE"})  # types a death with no agent can belong to
VIOLENT_BEFORE = frozenset({"PROTEST", "ASSAULT"})  # ... when told in the sentence before it
NAMING = frozenset({"ORG", "GROUP"})  # entities whose words are no event words
ANNOUNCED = frozenset({"future", "intended"})  # modalities of an act told as an intention
PRIVATE = frozenset({"PERSON", "GROUP"})  # entities that, of no sector, represent no one but themselves


def outside_names(doc: Doc, entities: Sequence[Entity]) -> list[Predicate]:
    """The predicates whose trigger lies outside every organisation and generic actor mention and
    every date ("on March 6": no march; without a publication date, one that cannot be resolved), and
    not a bare month name ("March Agencies warned")."""
    inside = bytearray(len(doc.text) + 1)
    spans = [(m.start, m.end) for e in entities if e.type in NAMING for m in e.mentions]
    for start, end in spans + [(d.start, d.end) for d in doc.dates]:
        inside[start:end] = b"\x01" * (end - start)
    return [
        p
        for p in doc.predicates
        if inside.find(0, p.hit.start, p.hit.end) >= 0
        and (doc.published is not None or not in_written_date(doc, p.hit.start, p.hit.end))
        and not bare_month(doc, p.hit.start, p.hit.end)
    ]


def private_journey(context: Context, mention: Mention) -> bool:
    """Is the mention a journey (an ``official`` trigger) made by no one who represents anyone: by a
    person or group of no sector or of a private one ("Begum travelled to Syria", "4,000 Russian
    citizens traveled to Syria"), or of no known source where its clause names no one who represents
    anyone before it ("a delegation from Human Rights Watch has traveled to": a visit)? PLOVER's
    visits are those of officials and envoys."""
    if not mention.trigger.official:
        return False
    if mention.source is not None:
        return not _represents(context, mention.source)
    before = context.within(mention.clause.start, mention.hit.start)
    return not any(_represents(context, c) for c in before if c.kind == "entity")


def _represents(context: Context, candidate: Candidate) -> bool:
    """Does the candidate stand for more than itself: an entity not a person or group of no sector,
    nor of a private sector?"""
    entity = context.entities.get(candidate.entity or "")
    if entity is None:
        return False
    sector = entity.sector or candidate.sector
    return sector not in private_sectors() and (sector is not None or entity.type not in PRIVATE)


def _by_clause(mentions: list[Mention]) -> dict[Clause, list[Mention]]:
    grouped: dict[Clause, list[Mention]] = {}
    for m in mentions:
        grouped.setdefault(m.clause, []).append(m)
    return grouped


def suppress_embedded(mentions: list[Mention]) -> None:
    """Drop infinitives, and nouns that are the content of a request, threat or agreement (not a
    word of inaction: what is demanded is done about it)."""
    by_clause = _by_clause(mentions)
    for m in mentions:
        if not m.trigger.embeds or not m.predicate.verbal or m.predicate.nonfinite:
            continue
        postpositional = arg_cues(m.hit.language).postpositional
        for other in by_clause[m.clause]:
            if other is m or (other.predicate.verbal and not other.predicate.nonfinite):
                continue
            if other.trigger.inaction:  # the reason of a demand ("sought action ... for their negligence")
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


def suppress_needed_nouns(doc: Doc, mentions: list[Mention]) -> None:
    """A bare noun that a verb's trigger of another type needs in its clause is what the verb acts
    on, not an event of its own ("the curfew has been lifted", "lifted the ban": no curfew, no ban)."""
    by_clause = _by_clause(mentions)
    for m in mentions:
        if m.dropped or not m.predicate.verbal or not m.trigger.needs:
            continue
        for other in by_clause[m.clause]:
            if other.predicate.verbal or other.coding.type == m.coding.type:
                continue
            words = " ".join(doc.tokens.between(other.hit.start, other.hit.end)) + " "
            if any(words.startswith(f"{need} ") for need in m.trigger.needs):  # "sanctions (on)"
                other.dropped = True


def absorb_casualties(doc: Doc, mentions: list[Mention]) -> None:
    """A death or injury with no agent belongs to a violent event of its sentence that can carry its
    counts (not an arrest), else, where its sentence tells no such act at all, to one of the sentence
    before, whose target its victims become if it has none; with none there it is no event (a flood's or
    an accident's dead)."""
    # the violent events by sentence: none of them is absorbable, so none is dropped below
    violent: dict[tuple[int, int], list[Mention]] = {}
    for o in mentions:
        if not o.dropped and not o.absorbable and o.coding.type in VIOLENT:
            violent.setdefault(o.clause.sentence, []).append(o)
    for m in mentions:
        if m.dropped or not m.absorbable:
            continue
        sentence = m.clause.sentence
        harms = {what for _, _, what in m.counts} | {"killed" if m.fatal else "injured"}
        own = violent.get(sentence, [])
        hosts = [o for o in own if _harms(o, harms)]
        if not own and sentence[0] > 0:  # (a sentence of its own acts, none harming, tells no other's)
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
            host.fatal = host.fatal or m.fatal
            host.evidence.extend(m.evidence)
            m.dropped = True
        elif m.source is None:
            m.dropped = True


def _harms(host: Mention, kinds: set[str]) -> bool:
    """Can ``host`` carry counts of every kind in ``kinds`` ("hundreds were killed and hundreds
    arrested in the crackdown": the dead are the crackdown's, no arrest kills)?"""
    return all(carries(kind, host.coding.type, host.coding.mode) for kind in kinds)


def anchored(m: Mention) -> bool:
    """A bare noun is an event only with something that anchors it in the text; an act of a type
    coded only with an actor (``actor_required``) only with a source or target, and one of a type coded
    only with a recipient (the language's ``recipient_required``) only with a target, unless it is
    announced (future or intended: an intention needs none)."""
    if m.coding.type in actor_required() and not (m.source or m.source_via or m.target):
        return False
    if (
        m.coding.type in _recipient_required(m.hit.language)
        and m.target is None
        and m.modality not in ANNOUNCED
    ):
        return False
    if m.predicate.verbal:
        return True
    if m.source or m.target or m.location_in_clause or m.date_in_clause or m.counted or m.absorbed:
        return True
    return m.trigger.specific and bool(m.location or m.date)


@cache
def _recipient_required(language: str) -> frozenset[str]:
    return frozenset(topic(language, Events).grammar.recipient_required)


def referent(doc: Doc, m: Mention, last_of_type: dict[str, Mention]) -> Mention | None:
    """The event a noun refers back to: the last kept event of its type (``last_of_type``). An
    unanchored noun refers back after any demonstrative ("the attack") or when it names one kind of act
    only ("मुठभेड़ के बाद", "after the shootout": the one told before); one with anchors of its own only
    after a pointing demonstrative ("इस हमले में पांच लोग मारे गए", "this attack killed five") and to an
    event told in its sentence or the one before, or, its actor its only anchor, to one that names no actor.
    It adds to that event and is never a new one."""
    if m.predicate.verbal:
        return None
    demonstrative = _after_demonstrative(doc, m.hit.start, m.clause.start)
    if not demonstrative and not m.trigger.specific:
        return None
    host = last_of_type.get(m.coding.type)
    if host is not None and host.predicate.negated != m.predicate.negated:
        host = None  # "the demolitions" names no police inaction told before
    if host is None or not anchored(m) or (demonstrative and _named_by_actor_only(m, host)):
        return host
    before = doc.tokens.before(m.hit.start, 1, floor=m.clause.start, stops=word_stops())
    pointing = demonstrative and before[-1] in arg_cues(m.hit.language).pointing
    return host if pointing and host.clause.sentence in _recent(doc, m.clause.sentence) else None


def _named_by_actor_only(m: Mention, host: Mention) -> bool:
    """Is an actor the mention's only anchor, where the event it points back to names none ("इस हमले की
    ज़िम्मेदारी आईएस ने ली": the attack told before, however far back, now with its actor)?"""
    own = m.target or m.location_in_clause or m.date_in_clause or m.counted
    return m.source is not None and host.source is None and not own


def refer_back(host: Mention, m: Mention) -> None:
    """``m`` names ``host`` again: its evidence and trigger are the host's, and so is each of its tolls
    that is higher than the host's of that kind (a toll told again is not added to itself; a higher one
    is the latest); its actor is the host's where the host names none ("... हमला हुआ. आईएस ने इस हमले की
    ज़िम्मेदारी ली": IS attacked)."""
    if host.source is None and m.source is not None:
        host.source, host.source_via = m.source, m.source_via
    host.evidence.extend(m.evidence)
    host.merged_hits.append(m.hit)
    host.fatal = host.fatal or m.fatal
    for kind in {what for _, _, what in m.counts}:
        told = {key: n for key, n in m.counts.items() if key[2] == kind}
        if sum(told.values()) > sum(n for key, n in host.counts.items() if key[2] == kind):
            host.counts = {key: n for key, n in host.counts.items() if key[2] != kind} | told


def link_generic_nouns(doc: Doc, kept: list[Mention]) -> None:
    """A noun that names any happening is never an event of its own: after a demonstrative ("यह घटना",
    "इस वारदात", "this incident") its clause and word join the last kept event before it, told in its
    sentence or the one before; one of the language's ``incidents`` ("घटना के बाद") joins the last
    asserted attack or riot told before it even without a demonstrative. An act not done is no happening
    ("sought explanation from the police commissioner. ... unhappy at the incident": no inaction)."""
    order = sorted((m for m in kept if not m.predicate.negated), key=lambda m: m.hit.start)
    violent = [
        m
        for m in order
        if m.coding.type in VIOLENT_BEFORE and m.modality == "asserted"  # (``order`` holds no negated act)
    ]
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
            host = last if _after_demonstrative(doc, hit.start, clause.start) else None
        if host is None and hit.kind == "incident" and last_violent is not None:
            host = last_violent if last_violent.hit.language == hit.language else None
        if host is not None:
            host.evidence.append(trimmed(doc.text, clause.start, clause.end))
            host.merged_hits.append(hit)


def _recent(doc: Doc, sentence: tuple[int, int]) -> set[tuple[int, int]]:
    """A sentence and the one before it: where the event a demonstrative points back to is told."""
    return {sentence, sentence_bounds(doc, sentence[0] - 1) if sentence[0] > 0 else sentence}


def _after_demonstrative(doc: Doc, start: int, floor: int) -> bool:
    before = doc.tokens.before(start, 1, floor=floor, stops=word_stops())
    language = doc.language_at(start)
    return bool(before) and before[-1] in arg_cues(language).demonstratives
