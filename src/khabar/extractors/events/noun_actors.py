"""The actor of a bare noun trigger, and of one an actor modifies: next to it ("X का प्रदर्शन", "student
protests", "protests by X"), named inside its own words ("पुलिस फायरिंग"), or right before it under a
preposition ("killed in police firing"). Used by ``arguments``."""

from __future__ import annotations

from khabar.extractors.cues import grammar
from khabar.extractors.events.candidates import Candidate, leading
from khabar.extractors.events.lexicon import word_stops
from khabar.extractors.events.mentions import Context, Mention
from khabar.extractors.events.passive_forms import by_reach
from khabar.extractors.events.syntax import ArgCues
from khabar.extractors.events.verb_forms import harm_gerund

DONE_REACH = 10  # words at most between a noun and the by-phrase a participle of doing gives it


def word_gap(context: Context, start: int, end: int) -> int:
    """How many words stand between two offsets; a word cut by either counts ("they|'ll attack")."""
    tokens = context.doc.tokens
    first = tokens.first_at(start)
    if first and tokens[first - 1].end > start:
        first -= 1
    return max(0, tokens.first_at(end) - first)


def noun_source(
    context: Context, cues: ArgCues, mention: Mention, nearest: list[Candidate], right: list[Candidate]
) -> Candidate | None:
    """A bare noun's actor: next to it ("X का प्रदर्शन", "X द्वारा", "student protests", "अमरीकी हवाई
    हमले", "protests by X"; not the genitive of a noun done to someone: "X द्वारा Y की हत्या" is by X),
    or the possessor of its clause ("X के पास ... प्रश्न हैं": X has questions)."""
    hit = mention.hit
    owner = next((a for a in nearest if a.role == "possessor" and a.entity_type != "PLACE"), None)
    if owner is not None:
        return owner
    for candidate in nearest[:2]:
        if candidate.role == "genitive" and mention.trigger.patient_genitive:
            continue  # the victim: the actor may stand before it
        gap = word_gap(context, candidate.end, hit.start) - by_reach(cues, candidate)  # "द्वारा किए गए"
        if cues.postpositional and candidate.role in ("genitive", "by") and gap <= 2:
            return candidate
        # unmarked right before it: any actor but a place in English ("the Afrin offensive" is where),
        # a demonym where nouns take postpositions (an unmarked noun there is mostly the subject of a
        # later verb: "पैराट्रूपर्स दंगों को रोकने")
        kind = candidate.entity_type
        leads = gap == 1 and leading(context.doc, cues, candidate.end)  # "in a Saudi-led airstrike"
        if ((candidate.role is None and gap == 0) or leads) and (
            kind == "COUNTRY" if cues.postpositional else kind != "PLACE"
        ):
            return candidate
        break
    # after it, where markers precede nouns (one after it where they follow is another word's actor:
    # "हमले के बाद सरकार द्वारा सम्मानित", honoured by the government)
    # a gerund's genitive is whom it is done to, and its by-phrase may follow that ("the torturing of
    # prisoners by the regime")
    gerund, end = not cues.postpositional and harm_gerund(context, cues, mention), hit.end
    for candidate in [] if cues.postpositional else right[:2]:  # "protests by students"
        marker = len(candidate.mark or ())
        if candidate.role == "by" and word_gap(context, end, candidate.start) <= marker + 1:
            return candidate
        genitive = candidate.mark in cues.genitive
        if not mention.trigger.noun and genitive and not gerund and not mention.trigger.patient_genitive:
            return candidate  # a verb's form as a noun: "the demands of Russia" (not "the release of X")
        if not (genitive and gerund):
            break
        end = candidate.end
    return done_by(context, cues, hit.end, right)


def done_by(context: Context, cues: ArgCues, end: int, right: list[Candidate]) -> Candidate | None:
    """The first by-phrase after a noun ending at ``end``, where only passive auxiliaries, a participle
    of doing (``done_by``) and the noun's own phrases stand between ("a ceasefire ordered by X", "the
    bombing in Manbij was claimed by X", "the attack has been carried out by X"; not "the attack
    condemned by X"), in its clause."""
    candidate = next((a for a in right if a.role == "by"), None)
    if not cues.done_by or candidate is None:
        return None
    between = context.doc.tokens.within(end, candidate.start)
    if len(between) > DONE_REACH or any(c in word_stops() for c in context.doc.text[end : candidate.start]):
        return None
    inside = [(a.start, a.end) for a in right if a.end <= candidate.start]
    words = [
        t.text
        for t in between
        if not any(s <= t.start < e for s, e in inside)
        and t.text not in cues.determiners
        and t.text not in cues.marker_words
    ]
    linking = grammar(context.doc.language_at(end)).subject_auxiliaries
    while words and (words[0] in cues.passive or words[0] in linking):
        words = words[1:]  # "was", "has been", "was later"
    return candidate if tuple(words) in cues.done_by else None


def named_within(context: Context, mention: Mention) -> Candidate | None:
    """An actor named inside the trigger's own words acts ("mob attacked", "पुलिस फायरिंग")."""
    inside = context.within(mention.hit.start, mention.hit.end)
    return next((a for a in inside if a.kind == "entity" and a.entity_type != "PLACE"), None)


def modifier(context: Context, cues: ArgCues, mention: Mention, nearest: list[Candidate]) -> Candidate | None:
    """An actor right before the trigger that modifies it ("killed in police firing", "by army
    shelling"), where prepositions stand before the phrase: the preposition belongs to the whole
    phrase, so the actor is the trigger's source. A death or injury word is no such noun ("attacks
    on villagers killed five": the villagers did not kill)."""
    if cues.postpositional or mention.trigger.casualty or not nearest:
        return None
    closest = nearest[0]
    if (
        closest.kind == "entity"
        and closest.entity_type != "PLACE"
        and closest.role in (None, "oblique", "by")
        and word_gap(context, closest.end, mention.hit.start) == 0
    ):
        return closest
    return None
