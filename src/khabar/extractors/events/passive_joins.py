"""English passives read past their auxiliary: a participle joined by a conjunction or a comma to the
passive verb right before it shares its auxiliary ("have been tortured and murdered"); a capitalised
word between the auxiliary and the verb makes the verb's form a noun, not a passive ("it was Russian
vetoes that blocked"); a participle of an act done to someone, between a word and a preposition, is a
reduced passive ("250 activists arrested from different parts of the city", "soldiers killed in the
attack")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from khabar.doc import Doc
from khabar.extractors.cues import grammar
from khabar.extractors.dates import in_written_date
from khabar.extractors.events.lexicon import word_stops
from khabar.extractors.events.syntax import ArgCues, arg_cues
from khabar.extractors.events.triggers import Hit
from khabar.extractors.numbers import find_numbers
from khabar.knowledge.crosswalk import object_types
from khabar.lang import topic
from khabar.lang.models import Events

if TYPE_CHECKING:
    from khabar.extractors.events.predicates import Predicate


def participle_after(doc: Doc, before: Predicate, predicate: Predicate) -> bool:
    """Is the predicate one active verb word with a participle ending of its language ("murdered",
    "detained"), after ``before`` in the same clause, where it may qualify a noun or share a passive's
    auxiliary?"""
    cues, hit = arg_cues(predicate.hit.language), predicate.hit
    if before.clause != predicate.clause or before.hit.end >= hit.start:
        return False
    own = doc.tokens.between(hit.start, hit.end)
    if not (cues.participle_suffixes and predicate.verbal and not predicate.passive and len(own) == 1):
        return False
    return own[0].endswith(cues.participle_suffixes) and not predicate.trigger.noun


def object_less_participle(doc: Doc, predicate: Predicate) -> bool:
    """Is the predicate an active verb with a participle ending, of a type whose verbs take an object
    (``object_types``: "arrested", "detained"), after a word that is no conjunction, or opening an aside
    after a comma, and right before a preposition (or ending in one: "charged with"), with no object
    between ("250 activists arrested from different parts of the city", "the men detained in Lucknow",
    "Russia, accused of meddling, denied it"; not after a subject pronoun, "that we captured in Syria",
    nor after an auxiliary, "has already blamed on", nor before a time, "captured on Monday the port of
    Mokha")? Such a verb has no object: a reduced passive, whose noun before it undergoes it. A verb of
    killing or wounding (``casualty``, not one its subject undergoes) always takes one, so it is read so
    of any type, before a gerund's opener too ("four fighters killed on the battlefront were buried",
    "a citizen killed while volunteering"), unless a number follows it ("killed at least 12")."""
    hit, cues = predicate.hit, arg_cues(predicate.hit.language)
    own = doc.tokens.between(hit.start, hit.end)
    if not (cues.participle_suffixes and predicate.verbal and not predicate.passive and 1 <= len(own) <= 2):
        return False
    trigger = predicate.trigger
    coding = trigger.coding
    hurt = trigger.casualty and not trigger.undergoer  # "soldiers killed in the attack": always an object
    if trigger.noun or not (hurt or {coding.type, f"{coding.type}/{coding.mode}"} & object_types()):
        return False
    if not own[0].endswith(cues.participle_suffixes):
        return False
    after = doc.tokens.after(hit.end, 2, stops=word_stops())
    if len(after) < 3 - len(own):
        return False
    preposition = own[1] if len(own) == 2 else after[0]  # "charged with": the trigger's own
    if hurt and _counted_after(doc, predicate):
        return False  # its object: "killed at least 12", "wounded over 100"
    two = doc.tokens.before(hit.start, 2, stops=word_stops())
    if not two and not doc.text[: hit.start].rstrip().endswith(","):
        return False  # (an aside after a comma: "Russia, accused of meddling, ...")
    language = grammar(hit.language)
    if two and (two[-1] in language.conjunctions or two[-1] in topic(hit.language, Events).grammar.pronouns):
        return False  # a subject pronoun: "fighters that we captured in Syria"
    if not language.subject_auxiliaries.isdisjoint(two):
        return False  # a perfect: "the UK has already blamed on the Kremlin", "officials have arrested in"
    at = doc.tokens.first_at(hit.end) + (len(own) == 1)  # the word after the preposition
    if in_written_date(doc, doc.tokens[at].start, doc.tokens[at].end):
        return False  # an adverbial before the object: "captured on Monday the port of Mokha"
    opens = hurt and preposition in cues.gerund_openers  # "a citizen killed while volunteering"
    return opens or cues.markers.get((preposition,)) in ("oblique", "locative")


def _counted_after(doc: Doc, predicate: Predicate) -> bool:
    """Does a number start within the three words after the trigger ("killed at least 12")?"""
    hit = predicate.hit
    words = doc.tokens.within(hit.end, predicate.clause.end)[:3]
    if not words:
        return False
    return bool(find_numbers(doc.text, hit.language, hit.end, words[-1].end))


def coordinated_passive(doc: Doc, before: Predicate, predicate: Predicate) -> bool:
    """Is an active verb a participle joined to the passive verb right before it by a conjunction, an
    alternative or a comma only ("have been tortured and murdered", "beaten, tortured and killed", "are
    dead or injured"), a count of its own after them ("were killed and 45 injured")? It shares that
    verb's auxiliary: its subject undergoes it too. An auxiliary of its own ("were arrested and have
    confessed") makes it a verb of its own."""
    hit = predicate.hit
    if not before.passive or not participle_after(doc, before, predicate):
        return False
    between = doc.tokens.within(before.hit.end, hit.start)
    joiners = grammar(hit.language).conjunctions | arg_cues(hit.language).alternatives
    at = next((i for i, t in enumerate(between) if t.text not in joiners), len(between))
    counted = at == len(between) or (
        at > 0 and _counted(doc, hit.language, between[at].start, between[-1].end)
    )
    if not counted:  # only a count of its own subject may follow the joiners ("were killed and 45 injured")
        return False
    gap = doc.text[before.hit.end : between[at - 1].end if at else hit.start]
    return all(c.isspace() or c == "," for c in gap if not c.isalpha())


def _counted(doc: Doc, language: str, start: int, end: int) -> bool:
    """Is ``doc.text[start:end]`` one number ("45", "more than 2,500")?"""
    numbers = find_numbers(doc.text, language, start, end)
    return len(numbers) == 1 and numbers[0].start <= start and numbers[0].end >= end


def named_after_auxiliary(doc: Doc, cues: ArgCues, hit: Hit, before: list[str]) -> bool:
    """Is the word between a passive auxiliary and the verb a capitalised one, a name or demonym that
    makes the verb's form a noun ("it was Russian vetoes that blocked": Russia vetoed), where markers
    precede nouns? An adverb there leaves it passive ("was reportedly killed")."""
    if cues.postpositional or len(before) < 2 or before[-1] in cues.passive:
        return False
    at = doc.tokens.first_at(hit.start) - 1
    return at >= 0 and doc.tokens[at].capitalised
