"""Light verbs of the acts coded only with an actor (``actor_required``: aid, support, talks,
cooperation), which are dropped without one. A verb of saying that is a noun's light verb ("India
announced closer cooperation with Japan") makes its subject the actor, no mere speaker; so does the verb
of an amount the noun is of ("Japan pledged $5 million in aid": the language's ``amount_of``)."""

from __future__ import annotations

from khabar.extractors.events.candidates import Candidate
from khabar.extractors.events.lexicon import word_stops
from khabar.extractors.events.mentions import Context, Mention
from khabar.extractors.events.syntax import ArgCues
from khabar.extractors.events.triggers import Hit
from khabar.extractors.numbers import quantity_as_one
from khabar.knowledge.crosswalk import actor_required

LIGHT_REACH = 2  # words at most between the claim verb and its noun ("announced closer")
AMOUNT_REACH = 6  # words at most from a light verb to its amount's marker ("send an extra $10 million in")
SUBJECT_GAP = 2  # words at most between the subject and its verb ("Japan will send")


def announces(context: Context, cues: ArgCues, mention: Mention, claim: Hit) -> bool:
    """Is ``claim`` the light verb of the mention's noun, with at most ``LIGHT_REACH`` words (an amount
    counting as one) and no punctuation between, where markers precede nouns?"""
    if cues.postpositional or not mention.trigger.noun or mention.coding.type not in actor_required():
        return False
    text, hit = context.doc.text, mention.hit
    if claim.end > hit.start or any(c in word_stops() for c in text[claim.end : hit.start]):
        return False
    verb = context.doc.tokens.between(claim.start, claim.end)
    reach = len(quantity_as_one(context.doc.tokens.between(claim.end, hit.start), hit.language))
    return bool(verb) and verb[-1] in cues.light_verbs and reach <= LIGHT_REACH


def amount_giver(context: Context, cues: ArgCues, mention: Mention) -> Candidate | None:
    """The unmarked actor right before the light verb of the amount the mention's noun is of ("Japan
    will send $10 million in aid": Japan), in its clause with no punctuation between; else None."""
    if not cues.amount_of or not mention.trigger.noun or mention.coding.type not in actor_required():
        return None
    tokens, hit, clause = context.doc.tokens, mention.hit, mention.clause
    at = tokens.first_at(hit.start) - 1
    if at < 1 or tokens[at].start < clause.start or tokens[at].text not in cues.amount_of:
        return None
    verb = next(
        (i for i in range(at - 1, max(at - AMOUNT_REACH - 1, -1), -1) if tokens[i].text in cues.light_verbs),
        None,
    )
    if verb is None or tokens[verb].start < clause.start:
        return None
    amount = context.doc.text[tokens[verb].end : tokens[at].start]
    if not any(c.isdigit() for c in amount) or any(c in word_stops() for c in amount):
        return None
    subject = context.candidates.last_ending(tokens[verb].start)
    if subject is None or subject.start < clause.start or subject.role is not None:
        return None
    lo, hi = subject.end, tokens[verb].start
    if any(c in word_stops() for c in context.doc.text[lo:hi]) or len(tokens.between(lo, hi)) > SUBJECT_GAP:
        return None
    return subject
