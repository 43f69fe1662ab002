"""The event stage: each predicate of ``doc.predicates`` becomes a mention with its arguments, the
filters drop what states no event, mentions of one happening merge, and records are assembled."""

from __future__ import annotations

from dataclasses import replace

from khabar.doc import Doc
from khabar.extractors.cues import grammar
from khabar.extractors.dates import date_role
from khabar.extractors.events.allegations import allege
from khabar.extractors.events.antecedents import first_person, speaker_of
from khabar.extractors.events.arguments import attach
from khabar.extractors.events.candidates import Candidate, find_candidates
from khabar.extractors.events.circumstances import attribute, count_owners, place_date_counts
from khabar.extractors.events.clauses import headline_end, trimmed
from khabar.extractors.events.coordinated import coordinated
from khabar.extractors.events.earlier import Told, join
from khabar.extractors.events.filters import (
    absorb_casualties,
    anchored,
    outside_names,
    private_journey,
    suppress_embedded,
    suppress_needed_nouns,
)
from khabar.extractors.events.lexicon import refinements, word_stops
from khabar.extractors.events.mentions import Context, Mention
from khabar.extractors.events.merging import merge
from khabar.extractors.events.opinions import states_opinion
from khabar.extractors.events.pairs import pair_roles
from khabar.extractors.events.predicates import Predicate
from khabar.extractors.events.records import events
from khabar.extractors.events.referring import link_generic_nouns, refer_back, referent
from khabar.extractors.events.subject_nouns import told_as_subject
from khabar.extractors.events.syntax import arg_cues
from khabar.extractors.events.verb_forms import guards_place
from khabar.knowledge.crosswalk import cameo_for, told_apart_by_content
from khabar.schema import Event

POLICE = "COP"  # the PLOVER sector whose inaction the inaction words of events.yaml tell

CONTENT_WORDS = 8  # words read after a trigger for what it is about


def find_events(doc: Doc) -> list[Event]:
    """The PLOVER events ``doc`` states, one per happening, in order of first mention."""
    if not doc.predicates:
        return []
    roles = {d.start: date_role(doc, d) for d in doc.dates}
    candidates = find_candidates(doc, doc.event_hits, doc.entities)
    predicates = outside_names(doc, doc.entities)
    context = Context.of(doc, candidates, count_owners(doc, predicates), roles)
    mentions: list[Mention] = []
    for predicate in predicates:
        doc.check_time()
        mention = _mention(context, predicate)
        if mentions:
            _share_subject(context, mentions[-1], mention)
        dropped = private_journey(context, mention) or states_opinion(context, mention)
        mention.dropped = mention.dropped or dropped
        mentions.append(mention)
    allege(context, mentions)
    suppress_embedded(mentions)
    suppress_needed_nouns(doc, mentions)
    unhosted = absorb_casualties(doc, mentions)
    kept: list[Mention] = []
    told = Told(context, headline_end(doc.text))
    for m in mentions:
        if m.dropped:
            continue
        if (host := referent(doc, m, told.last(m.coding.type))) is not None:
            refer_back(host, m)
        elif (host := told.named_again(m) or told.restated(m)) is not None:
            join(host, m)
        elif anchored(m) or told_as_subject(doc, m):
            kept.append(m)
            told.add(m)
    link_generic_nouns(doc, kept, unhosted)
    return events(doc, merge(kept, told.headline_end))


def _share_subject(context: Context, before: Mention, mention: Mention) -> None:
    """An active verb with no subject of its own acts with the subject of the active verb before it
    in its sentence: in a clause opened by a coordinator ("police arrested 40 rioters, and shot dead
    two"), or right after a conjunction in the same clause ("police arrested 12 students and detained
    five others": police detained, not the students); so does a participle right after a comma ("police
    opened fire on demonstrators, killing one": police killed, not the demonstrators). Where markers
    precede nouns, the coordinated verb is one ``coordinated`` allows ("decisive but brutal
    interventions, condemned by aid groups" is none)."""
    doc = context.doc
    if before.clause.sentence != mention.clause.sentence or before.source is None:
        return
    if not all(m.predicate.verbal and not m.predicate.passive for m in (before, mention)):
        return
    language = mention.hit.language
    cues = arg_cues(language)
    joined = mention.clause.opener in cues.coordinators
    if mention.source is None and joined and (cues.postpositional or coordinated(context, cues, mention)):
        mention.source, mention.source_via = before.source, before.source_via
    elif (
        before.clause == mention.clause and _after_comma(doc, mention) and before.hit.end < mention.hit.start
    ):
        mention.source, mention.source_via = before.source, before.source_via
        if mention.target is not None and mention.target.entity == before.source.entity:
            mention.target = mention.target_entity = None
    elif before.clause == mention.clause and not arg_cues(language).postpositional:
        previous = doc.tokens.before(mention.hit.start, 1, floor=mention.clause.start, stops=word_stops())
        if previous and previous[-1] in grammar(language).conjunctions and before.hit.end < mention.hit.start:
            mention.source, mention.source_via = before.source, before.source_via


def _after_comma(doc: Doc, mention: Mention) -> bool:
    """Is the mention a participle right after a comma ("…, killing one"), where markers precede nouns?"""
    cues = arg_cues(mention.hit.language)
    own = doc.tokens.between(mention.hit.start, mention.hit.end)
    if cues.postpositional or not own or not own[0].endswith(cues.progressive_suffixes or ("\0",)):
        return False
    return doc.text[max(0, mention.hit.start - 3) : mention.hit.start].rstrip().endswith(",")


def _mention(context: Context, predicate: Predicate) -> Mention:
    """The mention a predicate makes: its arguments, refined coding, place, date, counts, attribution."""
    cues = arg_cues(predicate.hit.language)
    mention = Mention(predicate, predicate.trigger.coding, predicate.modality, predicate.uncertain)
    mention.fatal = predicate.trigger.fatal
    mention.evidence.append(trimmed(context.doc.text, predicate.clause.start, predicate.clause.end))
    attach(context, mention, cues)
    pair_roles(context, mention, cues)
    mention.dropped = mention.dropped or guards_place(context, cues, mention)
    place_date_counts(context, mention, cues)
    attribute(context, mention, cues)
    if mention.source is None and first_person(context, mention.source_via, cues):
        mention.source = speaker_of(context, mention)  # 'X ने कहा, "हम ..."': X
        if mention.source is not None and mention.target_entity == mention.source.entity:
            mention.target = mention.target_entity = None  # 'X ने कहा, "हमने उनकी मदद की"': not X
    if mention.target is None and first_person(context, mention.target_via, cues):
        _speaker_target(context, mention)  # 'X ने कहा, "उन्होंने मुझे पीटा"': X
    if predicate.trigger.inaction and (mention.source is None or mention.source.sector != POLICE):
        mention.source = _inactive(context, mention) or mention.source  # "how the rpf failed to ..."
        if mention.source is not None and mention.kept_no_order_against(mention.source):
            mention.source = None  # "the mob was allowed to": the words name whom order was not kept against
    _refine(mention)
    if mention.coding.type in told_apart_by_content():
        mention.content = _content(context, predicate)
    mention.absorbable = predicate.trigger.casualty and (mention.source is None or predicate.passive)
    return mention


def _speaker_target(context: Context, mention: Mention) -> None:
    """The speaker of a first-person target's quotation or claim as the target, unless it is the
    source ("हमने उनकी मदद की" is not help to ourselves)."""
    speaker = speaker_of(context, mention)
    if speaker is not None and (mention.source is None or speaker.entity != mention.source.entity):
        mention.target, mention.target_entity = speaker, speaker.entity


def _inactive(context: Context, mention: Mention) -> Candidate | None:
    """Whose inaction a word of inaction with no marked actor tells: the police its clause names (the
    force whose duty the inaction words name), the nearest before it, else the first after it
    ("criticised the police for their inaction")."""
    clause, hit = mention.clause, mention.hit
    police = [c for c in context.within(clause.start, clause.end) if c.sector == POLICE]
    before = [c for c in police if c.start < hit.end]
    return before[-1] if before else next(iter(police), None)


def _content(context: Context, predicate: Predicate) -> frozenset[str]:
    """The content words of the trigger's clause on its object's side, after it ("agreed to reopen the
    border with Turkey": reopen, border) or, where markers follow nouns, before it ("सीमा खोलने पर सहमति"),
    function words, markers and actors aside."""
    hit, clause, tokens = predicate.hit, predicate.clause, context.doc.tokens
    cues = arg_cues(hit.language)
    if cues.postpositional:
        lo, hi = clause.start, hit.start
        words = tokens.before(hi, CONTENT_WORDS, floor=lo, stops=word_stops())
    else:
        lo, hi = hit.end, clause.end
        words = tokens.after(lo, CONTENT_WORDS, limit=hi, stops=word_stops())
    actors = {w for a in context.within(lo, hi) for w in tokens.between(a.start, a.end)}
    function = (grammar(hit.language).stopwords, cues.marker_words, cues.determiners, actors)
    return frozenset(
        w for w in words if not any(w in listed for listed in function) and any(c.isalpha() for c in w)
    )


def _refine(mention: Mention) -> None:
    """Apply the first ``refine`` rule whose type, mode and words (or target's entity type) fit the
    mention's clause."""
    mention.acled = mention.trigger.acled
    coding = mention.coding
    cameo = coding.cameo or cameo_for(coding.type, coding.mode) or ""
    sector = mention.source.sector if mention.source else None
    for rule in refinements(mention.hit.language):
        if rule.type != coding.type or (rule.modes is not None and coding.mode not in rule.modes):
            continue
        if (rule.cameos and not cameo.startswith(rule.cameos)) or (
            rule.sources and sector not in rule.sources
        ):
            continue
        target = mention.target.entity_type if mention.target else None
        if any(w in mention.predicate.words for w in rule.words) or target in rule.target_types:
            mention.coding = replace(coding, mode=rule.mode or coding.mode, cameo=rule.cameo or coding.cameo)
            mention.acled = rule.acled or mention.acled
            return
