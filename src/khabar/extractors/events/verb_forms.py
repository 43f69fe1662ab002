"""How an English verb's form reads where it stands, for argument attachment (``arguments``): a noun
after an article or an actor's possessive ("a blockade imposed by X", "Moscow's full support"), or
after a determiner before its actor's genitive ("the demands of Russia"), or after a verb of protecting
and its preposition ("defend X against attacks"); a passive participle right before a by-phrase ("the
plan endorsed by Russia"); the gerund of a harm, whose genitive is its victim ("the killing of
protesters"). Where nouns take postpositions (Hindi), and for triggers listed as nouns, a
form is read as it is listed."""

from __future__ import annotations

from khabar.extractors.events.candidates import Candidate
from khabar.extractors.events.lexicon import word_stops
from khabar.extractors.events.mentions import Context, Mention
from khabar.extractors.events.syntax import ArgCues, undetermined_before
from khabar.extractors.events.targets import free_words
from khabar.extractors.events.verb_groups import LIGHT_VERB_REACH

SHIELD_REACH = 8  # words read back from a verb's form for a verb of protecting and its preposition


def _right_after(
    context: Context, cues: ArgCues, mention: Mention, right: list[Candidate]
) -> Candidate | None:
    """The marked actor right after the trigger, only its marker and determiners between ("by X", "of
    the X")."""
    first = next(iter(right), None)
    if first is None or first.mark is None or free_words(context, cues, mention.hit.end, first.start) != 0:
        return None
    return first


def after_article(context: Context, cues: ArgCues, mention: Mention) -> bool:
    """Is a verb's form right after an article, no light verb before it: a noun ("living under a
    blockade imposed by X"; not "imposed a blockade")?"""
    if cues.postpositional or mention.trigger.noun:
        return False
    before = context.doc.tokens.before(mention.hit.start, LIGHT_VERB_REACH, floor=mention.clause.start)
    return bool(before) and before[-1] in cues.articles and not cues.light_verbs.intersection(before)


def after_possessive(context: Context, cues: ArgCues, mention: Mention) -> bool:
    """Is a verb's form right after an actor's possessive or a possessive determiner, one word at most
    between (no auxiliary nor punctuation; after a determiner, no actor and no participle: "their
    forces attack", "their assets frozen"): a noun its owner does ("Moscow's full support", "its recent
    attacks"; not "France's president, urged")?"""
    if cues.postpositional or mention.trigger.noun:
        return False
    tokens, hit = context.doc.tokens, mention.hit
    before = tokens.before(hit.start, 2, floor=mention.clause.start, stops=word_stops())
    owners = cues.possessive | cues.possessive_determiners
    if before and before[-1] in owners:
        return True
    if len(before) < 2 or before[0] not in owners or before[1] in cues.auxiliaries:
        return False
    if before[0] in cues.possessive:
        return True
    middle = tokens[tokens.first_at(hit.start) - 1]
    own = tokens.between(hit.start, hit.end)
    participle = bool(own) and own[-1].endswith(cues.participle_suffixes)
    return not participle and not context.within(middle.start, middle.end)


def warded_off(context: Context, cues: ArgCues, mention: Mention) -> bool:
    """Is a verb's form what a verb of protecting before it wards off, after its preposition and at
    most a few words ("defend Afrin against rabid external attacks", "protect civilians from strikes"):
    a noun the protector does not do?"""
    if cues.postpositional or not cues.shielded_from:
        return False
    before = context.doc.tokens.before(mention.hit.start, SHIELD_REACH, floor=mention.clause.start)
    marked = [i for i, word in enumerate(before) if word in cues.shielded_from]
    if not marked or len(before) - marked[-1] > LIGHT_VERB_REACH:
        return False
    return bool(cues.shielding.intersection(before[: marked[-1]]))


def participle_by(context: Context, cues: ArgCues, mention: Mention, right: list[Candidate]) -> bool:
    """Is a verb right before a by-phrase a passive participle ("the plan endorsed by Russia")?"""
    if cues.postpositional:
        return False
    after = _right_after(context, cues, mention, right)
    return after is not None and after.role == "by"


def verb_as_noun(context: Context, cues: ArgCues, mention: Mention, right: list[Candidate]) -> bool:
    """Is a verb's form a noun here, after a determiner and before the genitive of its actor ("rejected
    the demands of Russia": Russia demands)? Nouns that take their patient there are listed as nouns."""
    if cues.postpositional or mention.trigger.noun:
        return False
    before = context.doc.tokens.before(mention.hit.start, 1, floor=mention.clause.start)
    after = _right_after(context, cues, mention, right)
    if not before or before[-1] not in cues.demonstratives:
        return False
    return after is not None and after.mark in cues.genitive


def guards_place(context: Context, cues: ArgCues, mention: Mention) -> bool:
    """Is a verb of protecting done to a place ("we will defend Afrin"): an armed defence, not the
    verbal support ("defended the decision") its trigger codes?"""
    target = mention.target
    if cues.postpositional or target is None or target.entity_type != "PLACE":
        return False
    return bool(cues.shielding.intersection(context.doc.tokens.between(mention.hit.start, mention.hit.end)))


def by_participle(
    context: Context, cues: ArgCues, mention: Mention, right: list[Candidate]
) -> Candidate | None:
    """The actor of a passive named after "by" and a participle qualifying it ("destroyed by retreating
    militants", "shelled by advancing Turkish troops"): the first actor after the trigger, where the
    words before it are the by-marker and one word of the progressive form (determiners aside)."""
    if cues.postpositional or not cues.progressive_suffixes:
        return None
    first = next(iter(right), None)
    if first is None or first.kind != "entity" or first.entity_type == "PLACE" or first.role is not None:
        return None
    words = undetermined_before(context.doc, cues, first.start, 4, floor=mention.hit.end)
    if len(words) < 2 or not words[-1].endswith(cues.progressive_suffixes):
        return None
    return first if cues.markers.get((words[-2],)) == "by" else None


def reduced_participle(context: Context, cues: ArgCues, mention: Mention) -> bool:
    """Is the passive a reduced relative ("a pastor detained for two years"), or a participle that only
    its by-phrase after it makes passive ("territory occupied by Islamic State"): it qualifies the noun
    right before it only?"""
    if mention.predicate.reduced:
        return True
    own = context.doc.tokens.between(mention.hit.start, mention.hit.end)
    return not mention.predicate.passive and bool(own) and own[-1].endswith(cues.participle_suffixes)


def harm_gerund(context: Context, cues: ArgCues, mention: Mention) -> bool:
    """Is the trigger the gerund of a verb done to someone (its ``patient_genitive``, or a death:
    "the killing of protesters", "the torturing of prisoners"; not "the backing of Russian forces")?
    Its genitive is whom it is done to, never who does it."""
    trigger, suffixes = mention.trigger, cues.progressive_suffixes
    if not (suffixes and (trigger.patient_genitive or trigger.casualty)):
        return False
    own = context.doc.tokens.between(mention.hit.start, mention.hit.end)
    return bool(own) and own[-1].endswith(suffixes)
