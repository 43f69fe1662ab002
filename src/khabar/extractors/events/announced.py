"""A verb of saying that is a noun's light verb ("India announced closer cooperation with Japan", "the
UN announced new aid"): its subject does the act the noun names, and is no mere speaker, for the acts
coded only with an actor (``actor_required``: aid, support, talks, cooperation), which are dropped
without one."""

from __future__ import annotations

from khabar.extractors.events.lexicon import word_stops
from khabar.extractors.events.mentions import Context, Mention
from khabar.extractors.events.syntax import ArgCues
from khabar.extractors.events.triggers import Hit
from khabar.knowledge.crosswalk import actor_required

LIGHT_REACH = 2  # words at most between the claim verb and its noun ("announced closer")


def announces(context: Context, cues: ArgCues, mention: Mention, claim: Hit) -> bool:
    """Is ``claim`` the light verb of the mention's noun, with at most ``LIGHT_REACH`` words and no
    punctuation between, where markers precede nouns?"""
    if cues.postpositional or not mention.trigger.noun or mention.coding.type not in actor_required():
        return False
    text, hit = context.doc.text, mention.hit
    if claim.end > hit.start or any(c in word_stops() for c in text[claim.end : hit.start]):
        return False
    verb = context.doc.tokens.between(claim.start, claim.end)
    words = context.doc.tokens.between(claim.end, hit.start)
    return bool(verb) and verb[-1] in cues.light_verbs and len(words) <= LIGHT_REACH
