"""Conservative filters: a trigger word inside the name of an organisation or a generic actor
("Ministry of Emergency Situations", "riot police") or inside a date ("March 6") is no event;
infinitives and the content of requests and threats are not events, nor a noun a verb acts on ("lifted
the curfew"); a bare noun needs something
that anchors it (an actor, place, date or count), and aid, support, talks and cooperation an actor; a
death with no agent adds its counts to a violent
event of the same sentence (nouns that refer back to an event are ``referring``'s); a journey by no
one who represents anyone is no visit."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from khabar.doc import Doc
from khabar.extractors.dates import bare_month, in_written_date
from khabar.extractors.events.candidates import Candidate
from khabar.extractors.events.clauses import Clause, sentence_bounds
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


def absorb_casualties(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A death or injury with no agent belongs to a violent event of its sentence that can carry its
    counts (not an arrest), else, where its sentence tells no such act at all, to one of the sentence
    before, whose target its victims become if it has none; with none there it is no event (a flood's or
    an accident's dead). Returns those with none: a noun naming the happening may yet tell whose they are
    ("इस घटना में ...": ``referring.link_generic_nouns``)."""
    # the violent events by sentence: none of them is absorbable, so none is dropped below
    violent: dict[tuple[int, int], list[Mention]] = {}
    for o in mentions:
        if not o.dropped and not o.absorbable and o.coding.type in VIOLENT:
            violent.setdefault(o.clause.sentence, []).append(o)
    unhosted = []
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
            victims_as_target(host, m)
            host.absorbed = True
            host.fatal = host.fatal or m.fatal
            host.evidence.extend(m.evidence)
            m.dropped = True
        elif m.source is None:
            m.dropped = True
            unhosted.append(m)
    return unhosted


def victims_as_target(host: Mention, m: Mention) -> None:
    """The victims of a death or injury ``m`` joined to ``host`` become its target where it has none
    and they are not its source."""
    victims = m.target
    if (
        host.target is None
        and victims is not None
        and (host.source is None or host.source.key != victims.key)
    ):
        host.target, host.target_entity = m.target, m.target_entity


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
