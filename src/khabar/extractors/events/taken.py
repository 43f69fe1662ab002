"""Nouns taken, not given: with a light verb of taking or receiving ("X की मदद ली", "took X's help",
"भाजपा को शिवसेना का समर्थन मिला"), the genitive right before the noun (or an actor it comes from: "X
से") gives it (its source) and the clause's agent or object, who takes it, is its target: "मोदी
सरकार ने उनकी मदद ली" is help to the government, not from it. Which light verbs take a noun is the
trigger's ``taken_with`` (``events.yaml``)."""

from __future__ import annotations

from khabar.extractors.events.candidates import Candidate
from khabar.extractors.events.lexicon import word_stops
from khabar.extractors.events.mentions import Context, Mention
from khabar.extractors.events.syntax import ArgCues
from khabar.extractors.events.targets import free_words

BRIDGE_REACH = 2  # words read after the noun for its light verb ("मदद भी ली")
CARRY_REACH = 3  # words read after the light verb for a verb of going or coming ("लेकर नेपाल पहुंची")


def taken(context: Context, cues: ArgCues, mention: Mention) -> bool:
    """Is the mention's noun followed by a light verb that takes it, only bridges between ("मदद ली",
    "सहायता भी ली"), and no verb of going or coming a few words after that (``carrying``: "राहत
    सामग्री लेकर रवाना हुई": brought, given)?"""
    verbs = mention.trigger.taken_with
    if not verbs or not mention.trigger.noun:
        return False
    bridges = {p[0] for p in cues.bridges if len(p) == 1}
    after = context.doc.tokens.after(
        mention.hit.end, BRIDGE_REACH + 1, limit=mention.clause.end, stops=word_stops()
    )
    at = next((i for i, w in enumerate(after) if w not in bridges), None)
    if at is None or after[at] not in verbs:
        return False
    reach = at + 1 + CARRY_REACH
    following = context.doc.tokens.after(mention.hit.end, reach, limit=mention.clause.end, stops=word_stops())
    return not cues.carrying.intersection(following[at + 1 :])  # "मदद लेकर (नेपाल) पहुंचे": brought


def giver_and_taker(
    context: Context, cues: ArgCues, mention: Mention, nearest: list[Candidate], source: Candidate | None
) -> tuple[Candidate | None, Candidate | None]:
    """The source and target of a noun taken or received: the genitive right before it, a word at most
    between ("उजागर सिंह की ही मदद"), else an actor marked as where it comes from ("अमरीका से"), gives
    it; the clause's agent, else its object ("भाजपा को ... समर्थन मिला"), else the source the rules
    found, takes it."""
    closest = nearest[0] if nearest else None
    gap = free_words(context, cues, closest.end, mention.hit.start) if closest else None
    giver = closest if closest and closest.mark in cues.genitive and gap is not None and gap <= 1 else None
    giver = giver or next((a for a in nearest if a.mark in cues.taken_from and a.kind == "entity"), None)
    taker = (
        next((a for a in nearest if a.role == "agent"), None)
        or next((a for a in nearest if a.role == "object"), None)
        or source
    )
    return giver, None if taker is giver else taker
