"""Allegations: an event an accusation names with a genitive next to it ("X पर हत्या का आरोप", "accused
X of killing") is what the accusation alleges, not an act the article asserts: it is uncertain, and
done by the accused (whom the accusation aims at: "X पर", "accused X", a pronoun fused with a target
marker: "उन पर" is the person named before it), who is not its victim; nor is its victim the accused."""

from __future__ import annotations

from khabar.extractors.events.antecedents import person_before
from khabar.extractors.events.candidates import Candidate
from khabar.extractors.events.mentions import Context, Mention
from khabar.extractors.events.syntax import ArgCues, arg_cues

ALLEGED_REACH = 4  # words between an accusation and the genitive of what it alleges ("accused the US of")


def allege(context: Context, mentions: list[Mention]) -> None:
    """Code each event an accusation of its clause alleges as uncertain and done by the accused, and
    each one right after a word of suspicion ("suspected of killing") as uncertain and by no one named."""
    for mention in mentions:
        if _suspected(context, mention):
            mention.uncertain = True
            mention.source, mention.source_via = None, None
    for accusation in mentions:
        if not accusation.trigger.alleges:
            continue
        cues = arg_cues(accusation.hit.language)
        for content in mentions:
            if content is accusation or content.clause != accusation.clause:
                continue
            if not _named_by(context, cues, accusation, content):
                continue
            content.uncertain = True
            if (accused := _accused(context, cues, accusation, content)) is not None:
                _aim(accusation, accused)
                content.source, content.source_via = accused, None
                if content.target is not None and content.target.entity == accused.entity:
                    content.target, content.target_entity = None, None
            victim, aimed = content.target, accusation.target
            if victim is not None and aimed is not None and aimed.entity == victim.entity:
                accusation.target, accusation.target_entity = None, None  # "उन पर बच्चे की हत्या का आरोप"


def _named_by(context: Context, cues: ArgCues, accusation: Mention, content: Mention) -> bool:
    """Does the accusation name the content with a genitive: right before it where markers follow
    nouns ("हत्या का आरोप"), else after it, the genitive or a word of ``alleged_content`` opening the
    content ("accused X of killing", "blamed X for the attack", "charged X with murder")?"""
    tokens = context.doc.tokens
    if cues.postpositional:
        if content.hit.end > accusation.hit.start:
            return False
        return tuple(tokens.between(content.hit.end, accusation.hit.start)) in cues.genitive
    if content.hit.start < accusation.hit.end:
        return False
    between = tokens.between(accusation.hit.end, content.hit.start)
    while between and between[-1] in cues.determiners:  # "blamed X for the attack"
        between.pop()
    return 0 < len(between) <= ALLEGED_REACH + 1 and (between[-1],) in (cues.alleged_content or cues.genitive)


def _accused(context: Context, cues: ArgCues, accusation: Mention, content: Mention) -> Candidate | None:
    """Whom the accusation aims at: the actor marked as a target before the content ("X पर"), the first
    of them (a later one is the content's own: "X पर पुलिस स्टेशन पर हमला करने का आरोप"), a pronoun fused
    with a target marker standing for the person named before it ("उन पर"); or the accusation's target
    before the content ("accused X of", "X was accused of")."""
    if cues.postpositional:
        before = context.within(accusation.clause.start, content.hit.start)
        accused = next((a for a in before if _marked_target(cues, a)), None)
        if accused is not None and accused.kind == "pronoun":
            return person_before(context, accused, accusation.source)
        return accused
    target = accusation.target
    return target if target is not None and target.end <= content.hit.start else None


def _marked_target(cues: ArgCues, candidate: Candidate) -> bool:
    """Is the candidate an actor marked as a target ("X पर"), or a pronoun fused with one ("उन पर")?"""
    if candidate.kind == "pronoun":
        return candidate.role == "target"
    return candidate.kind == "entity" and candidate.mark in cues.target_prepositions


def _aim(accusation: Mention, accused: Candidate) -> None:
    if accusation.source is None or accusation.source.entity != accused.entity:
        accusation.target, accusation.target_entity = accused, accused.entity


def _suspected(context: Context, mention: Mention) -> bool:
    """Do the words right before the mention's trigger, in its clause, end with a word of suspicion?"""
    suspicion = arg_cues(mention.hit.language).suspicion
    if not suspicion:
        return False
    longest = max(map(len, suspicion))
    before = tuple(context.doc.tokens.before(mention.hit.start, longest, floor=mention.clause.start))
    return any(before[-len(phrase) :] == phrase for phrase in suspicion if len(phrase) <= len(before))
