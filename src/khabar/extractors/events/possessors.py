"""The owner of a bare noun act, where markers precede nouns: an actor with a possessive right before it
("Turkey's military offensive", "the Soviet Union's invasion of Afghanistan"), or a possessive
determiner that stands for the subject of its clause ("Turkey would stall its offensive"), else, as a
subject pronoun would, for the subject of its sentence or the one before ("Israel rarely claims
responsibility for its assaults"; "... . Many of its recent attacks"). The owner of
a noun of an act done to someone is its victim ("Kotey's detention", "its arrest"), unless a genitive
after the noun names the victim ("Turkey's detention of a US citizen")."""

from __future__ import annotations

from khabar.extractors.events.antecedents import antecedent
from khabar.extractors.events.candidates import Candidate
from khabar.extractors.events.clauses import sentence_bounds
from khabar.extractors.events.mentions import Context, Mention
from khabar.extractors.events.syntax import ArgCues
from khabar.text.tokens import Token

MODIFIERS = 2  # words at most between the possessive and the noun ("Turkey's two-year-long detention")
OPENING = 3  # words at most before a determiner that reaches the sentence before ("Many of its")


def possessor(
    context: Context, cues: ArgCues, mention: Mention, nearest: list[Candidate], right: list[Candidate]
) -> Candidate | None:
    """The actor that owns the noun trigger (``nearest``: the clause's candidates before it, nearest
    first; ``right``: those after it), if a possessive or possessive determiner says so: the actor
    before the possessive, or the clause's first unmarked actor, its subject, else the determiner's
    antecedent."""
    if cues.postpositional or not (cues.possessive or cues.possessive_determiners):
        return None
    hit, tokens = mention.hit, context.doc.tokens
    if mention.trigger.patient_genitive and not (right and right[0].mark in cues.genitive):
        return None  # "Kotey's detention": Kotey is detained
    words = tokens.within(mention.clause.start, hit.start)[-(MODIFIERS + 1) :]
    closest = nearest[0] if nearest else None
    if closest is not None and closest.kind == "entity" and closest.entity_type != "PLACE":
        between = tokens.between(closest.end, hit.start)
        spaced = len(context.doc.text[closest.end : hit.start].split()) - 1  # "two-year-long": one word
        if between and between[0] in cues.possessive and _modifiers(cues, between[1:], spaced):
            return closest
    texts = [t.text for t in words]
    for at, word in enumerate(words):
        if word.text in cues.possessive_determiners and _modifiers(
            cues, texts[at + 1 :], len(words) - at - 1
        ):
            subject = next(
                (
                    a
                    for a in reversed(nearest)
                    if a.role is None and a.kind == "entity" and a.entity_type != "PLACE"
                ),
                None,
            )
            if subject is not None:
                return subject
            return _owner_of(context, cues, word)
    return None


def _owner_of(context: Context, cues: ArgCues, word: Token) -> Candidate | None:
    """What a possessive determiner stands for, as a subject pronoun would: no person ("its", "their"),
    and one of an earlier sentence only where the determiner opens its own ("Many of its recent
    attacks"; not "I refused to entertain their demand")."""
    owner = antecedent(context, Candidate(word.start, word.end, "pronoun"), cues)
    if owner is None or owner.entity_type == "PERSON":
        return None
    start = sentence_bounds(context.doc, word.start)[0]
    if owner.start < start and len(context.doc.tokens.between(start, word.start)) > OPENING:
        return None
    return owner


def _modifiers(cues: ArgCues, words: list[str], count: int) -> bool:
    """Can ``words`` (``count`` words as spaces part them: a hyphenated compound is one) be the
    modifiers of a noun: few, and no marker or clause break among them?"""
    return count <= MODIFIERS and not any(
        w in cues.marker_words or w in cues.clause_breaks or w in cues.determiners for w in words
    )
