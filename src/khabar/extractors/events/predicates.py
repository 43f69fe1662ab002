"""Clause reading: each trigger read in its clause. Is it a predicate (a verb, or a noun with a light
verb) or a bare noun; finite or an infinitive; active or passive (a verb whose subject undergoes it,
"died", "मारे गए", reads as passive); negated (or saying itself that the act was not done: "looked the
other way"); future, intended or possible; in a sentence that doubts it, or after a hedge of its
clause ("is believed to have killed"). A trigger whose sentence holds
one of its ``unless`` words (or the two before it one of its ``unless_before`` words), or whose clause
lacks all of its ``needs`` (for what is ``sent``, other than as its agent: "पुलिस ने शव भेजा" sends no
force; for a word of inaction, its sentence, where the force may be named before a bracket or a relative
clause; or, for an arrival, a place: "सुरक्षा बल इस पैसे तक पहुंचे" reached money, not a place), is no
predicate, and neither is one that states no event (``unasserted``: questions, conditionals,
related-links headlines, adjectival participles)."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace

from khabar.doc import Doc
from khabar.extractors.cues import grammar
from khabar.extractors.events.candidates import led_before
from khabar.extractors.events.clauses import (
    Clause,
    breaks,
    clause_at,
    held_before,
    padded_words,
    sentence_bounds,
)
from khabar.extractors.events.lexicon import Trigger, starts_with, word_stops
from khabar.extractors.events.moods import told_modality, told_negated, told_wished
from khabar.extractors.events.passive_joins import (
    coordinated_passive,
    named_after_auxiliary,
    object_less_participle,
    participle_after,
)
from khabar.extractors.events.syntax import ArgCues, arg_cues
from khabar.extractors.events.triggers import Hit
from khabar.extractors.events.unasserted import Unasserted
from khabar.extractors.events.verb_groups import (
    BEFORE_WORDS,
    COORDINATED_REACH,
    compelled_form,
    is_nonfinite,
    up_to_light_verb,
    verb_group,
)
from khabar.text.ranges import ByStart

PLACES = ("PLACE", "COUNTRY")  # entity types that name where an arrival arrives
AFTER_WORDS = 6  # words read after a trigger, in its clause
PARTIAL_QUOTE_OPENERS = ("“", '"', "‘")


@dataclass(frozen=True, slots=True)
class Predicate:
    """A trigger read in its clause."""

    hit: Hit
    clause: Clause
    words: str  # the clause's folded words, padded
    verbal: bool  # a verb, or a noun with its light verb
    nonfinite: bool  # an infinitive: the content of another word
    passive: bool
    negated: bool
    modality: str  # asserted | future | intended | possible ...
    uncertain: bool  # its sentence holds an uncertainty cue of its language, or its clause a hedge before it
    conditioned: bool = False  # its sentence sets a condition on it ("may halt talks if ...")
    reduced: bool = False  # a participle qualifying the noun right before it ("a pastor detained"): passive
    compelled: bool = False  # an infinitive before a verb of compulsion ("इस्तीफा देना पड़ा"): its object acts
    wished: bool = False  # demanded, wished or urged, not told as done ("रिहा किया जाए"): no event

    @property
    def trigger(self) -> Trigger:
        return self.hit.trigger


def read_predicates(doc: Doc) -> list[Predicate]:
    """Every trigger of ``doc.event_hits`` read in its clause, in text order."""
    cuts = breaks(doc)
    uncertain = {(sentence_bounds(doc, h.start), h.language) for h in doc.event_hits if h.kind == "uncertain"}
    hedges = [h.start for h in doc.event_hits if h.kind == "hedge"]
    words: dict[tuple[int, int], str] = {}

    def words_of(bounds: tuple[int, int]) -> str:
        if bounds not in words:
            words[bounds] = padded_words(doc, bounds)
        return words[bounds]

    unasserted = Unasserted(doc)
    places = ByStart(m for e in doc.entities if e.type in PLACES for m in e.mentions if m.kind == "name")
    triggers = ByStart(h for h in doc.event_hits if h.kind == "trigger")
    out: list[Predicate] = []
    for found in doc.event_hits:
        if found.kind != "trigger" or unasserted.states_no_event(found):
            continue
        sentence = sentence_bounds(doc, found.start)
        clause = None
        trigger = None
        for entry in (found.trigger, *found.alternatives):  # the first whose context fits
            if any(f" {w} " in words_of(sentence) for w in entry.unless) or held_before(
                doc, found, entry.unless_before, triggers, entry.unless
            ):
                continue
            if entry.needs:  # ("lifted" restrictions, or sanctions)
                if clause is None:
                    clause = clause_at(doc, found.start, found.end, cuts)
                scope = sentence if entry.inaction else (clause.start, clause.end)  # "the rpf, but it failed"
                if not _needed(words_of(scope), entry, arg_cues(found.language)):
                    continue
            trigger = entry
            break
        if trigger is None:
            continue
        hit = replace(found, value=trigger, alternatives=()) if found.alternatives else found
        if _helps_doing(doc, hit):
            continue
        if clause is None:
            clause = clause_at(doc, hit.start, hit.end, cuts)
        if trigger.destination and not places.starting(clause.start, clause.end):
            continue
        doubted = (sentence, hit.language) in uncertain or _hedged(hedges, clause.start, hit.start)
        predicate = read_predicate(doc, hit, clause, words_of((clause.start, clause.end)), doubted)
        if predicate.wished:
            continue
        if out and _reduced_relative(doc, out[-1], predicate):
            predicate = replace(predicate, passive=True, reduced=True)
        elif out and coordinated_passive(doc, out[-1], predicate):
            predicate = replace(predicate, passive=True)
        elif object_less_participle(doc, predicate):  # "250 activists arrested from ...": passive
            predicate = replace(predicate, passive=True, reduced=True)
        out.append(replace(predicate, conditioned=unasserted.conditioned(clause.sentence)))
    return out


def _needed(words: str, entry: Trigger, cues: ArgCues) -> bool:
    """Do the padded ``words`` of a trigger's scope hold one of its ``needs``, other than as the agent
    of a ``sent`` trigger ("पुलिस ने शव को ... भेज दिया": the police send, they are not sent)?"""
    if not entry.sent:
        return any(f" {need} " in words for need in entry.needs)
    markers = cues.markers.items()
    agents = [phrase[0] for phrase, role in markers if role == "agent" and len(phrase) == 1]  # "ने"
    for need in entry.needs:
        told = words.count(f" {need} ")
        if told > sum(words.count(f" {need} {agent} ") for agent in agents):
            return True
    return False


def _hedged(hedges: list[int], lo: int, hi: int) -> bool:
    """Does a hedge ("is believed to") start in ``[lo, hi)``, between a clause's start and its trigger?"""
    at = bisect_left(hedges, lo)
    return at < len(hedges) and hedges[at] < hi


def _helps_doing(doc: Doc, hit: Hit) -> bool:
    """Is the trigger a noun of help after an infinitive and one of its ``not_after_infinitive``
    markers ("गैजेट बनाने में मदद करता है": helps to make gadgets), no aid to an actor?"""
    markers = hit.trigger.not_after_infinitive
    if not markers:
        return False
    words = doc.tokens.before(hit.start, 2, stops=word_stops())
    suffixes = arg_cues(hit.language).infinitive_suffixes
    return (
        len(words) == 2
        and words[1] in markers
        and any(words[0].endswith(s) and len(words[0]) > len(s) + 1 for s in suffixes)
    )


def _reduced_relative(doc: Doc, before: Predicate, predicate: Predicate) -> bool:
    """Is an active verb a participle that qualifies the noun right before it, the object of the verb
    before it in its clause ("Turkey released a US pastor detained for two years": passive)? Languages
    that list ``participle_suffixes`` (English: -ed) read it so; punctuation or a conjunction between
    the two verbs (", Russia vetoed", "and the HNC boycotted"), or a function word right before it
    ("villages he visited"), makes it a verb of its own."""
    hit = predicate.hit
    if not before.verbal or not participle_after(doc, before, predicate):
        return False
    between = doc.tokens.between(before.hit.end, hit.start)
    words = grammar(hit.language)
    return (
        bool(between)
        and between[-1] not in words.stopwords
        and not words.conjunctions.intersection(between)
        and not any(c in ",;:()" for c in doc.text[before.hit.end : hit.start])
    )


def _stops_before(doc: Doc, hit: Hit) -> frozenset[str]:
    """Where the words before a trigger stop: a quotation that opens at the trigger is read as part of
    the sentence before it (the allies will “expel every last Iranian boot”: a future act)."""
    stops = word_stops()
    if doc.text[max(0, hit.start - 3) : hit.start].rstrip().endswith(PARTIAL_QUOTE_OPENERS):
        return stops - frozenset(PARTIAL_QUOTE_OPENERS)
    return stops


def read_predicate(doc: Doc, hit: Hit, clause: Clause, words: str, uncertain: bool) -> Predicate:
    """One trigger read in its clause (``words``: the clause's padded folded words)."""
    trigger, cues = hit.trigger, arg_cues(hit.language)
    after = doc.tokens.after(hit.end, AFTER_WORDS, limit=clause.end, stops=word_stops())
    before = doc.tokens.before(hit.start, BEFORE_WORDS, floor=clause.start, stops=_stops_before(doc, hit))
    own = doc.tokens.between(hit.start, hit.end)
    farther = doc.tokens.before(
        hit.start, BEFORE_WORDS + 2 * COORDINATED_REACH, floor=clause.start, stops=_stops_before(doc, hit)
    )
    if led_before(doc, cues, hit.start):  # "a Saudi-led airstrike": no light verb "led"
        before, farther = before[:-1], farther[:-1]
    verbal, verb_words, rest = verb_group(cues, trigger, own, before, after, hit.language, farther)
    if trigger.noun and not cues.postpositional and len(verb_words) > len(own):
        before = before + verb_words[len(own) : -1]  # "sanctions will not be imposed": read as before
    modality = told_modality(cues, up_to_light_verb(cues, trigger, before, farther), verb_words, rest)
    compelled = verbal and compelled_form(cues, verb_words, rest)
    # "plans to send", "भेजने की योजना": an intended event, not an infinitive's content
    nonfinite = (
        modality == "asserted"
        and not compelled
        and is_nonfinite(cues, trigger, verbal, verb_words, rest, before, farther)
    )
    passive = (
        verbal
        and not trigger.intransitive
        and (trigger.undergoer or _passive(cues, trigger, own, verb_words, rest, before))
        and not named_after_auxiliary(doc, cues, hit, before)
    )
    # read in the words as written: a bridge may be the negation ("गिरफ्तार नहीं किया")
    negated = trigger.inaction or told_negated(cues, before, own + after)
    negated = negated or (trigger.noun and starts_with(after, cues.refusals) is not None)  # "रिहाई से इनकार"
    wished = (
        modality == "asserted"
        and not (nonfinite or negated)
        and told_wished(cues, before, (verbal, verb_words, rest))
    )
    return Predicate(
        hit,
        clause,
        words,
        verbal,
        nonfinite,
        passive,
        negated,
        modality,
        uncertain,
        compelled=compelled,
        wished=wished,
    )


def _passive(
    cues: ArgCues, trigger: Trigger, own: list[str], verb_words: list[str], rest: list[str], before: list[str]
) -> bool:
    """A passive auxiliary after the verb ("मारे गए"), or after a noun's light verb where that is not a
    form of "to be" ("हत्या कर दी गई", "गिरफ्तार किया गया"; not "हमला हो गया"); before an English verb.
    A verb phrase that ends in a marker ("दौरे पर") has no verb of its own: the verb after it is the
    clause's ("दौरे पर गए": went on a visit), not a passive auxiliary."""
    if cues.postpositional:
        if trigger.noun:
            light = verb_words[-1] if verb_words else ""
            return light not in cues.auxiliaries and any(w in cues.passive for w in rest[:2])
        if own and own[-1] in cues.marker_words and own[-1] not in cues.light_verbs:
            return False
        return any(w in cues.passive for w in own[1:] + rest[:2])
    progressive = bool(cues.progressive_suffixes and own) and own[-1].endswith(cues.progressive_suffixes)
    if trigger.noun:  # "sanctions were imposed", not "talks are continuing"
        light = verb_words[len(own) :]
        return bool(light) and not light[-1].endswith(cues.progressive_suffixes)
    return not progressive and any(w in cues.passive for w in before[-2:])
