"""Whom a demand or an accusation told in a complement clause is aimed at: the subject of the clause
that a complementizer opens right after the trigger's verb group ("कांग्रेस ने मांग की कि सरकार इस्तीफ़ा
दे": the government is asked; "हमास चाहता है कि मिस्र सीमा खोले": Egypt is; "टीम ने आरोप लगाया कि
सिंघल ने सबूत मिटाए": Singhal is accused). Only triggers whose ``complement_target`` says so, and where
markers follow nouns: where they precede them the object after the verb is read already ("demanded
that Egypt open")."""

from __future__ import annotations

from khabar.extractors.cues import grammar
from khabar.extractors.events.candidates import Candidate
from khabar.extractors.events.clauses import breaks, clause_at
from khabar.extractors.events.lexicon import word_stops
from khabar.extractors.events.mentions import Context, Mention
from khabar.extractors.events.syntax import ArgCues

VERB_GROUP = 4  # words at most between the trigger and the complementizer ("मांग कर रहे हैं कि")


def complement_subject(context: Context, cues: ArgCues, mention: Mention) -> Candidate | None:
    """The subject of the complement clause right after the trigger (that ends in the complementizer:
    "चाहता है कि") or its clause: its agent (ने), else its first unmarked actor, not a place nor a
    pronoun; none where an actor stands between the trigger and the complementizer, or more than
    ``VERB_GROUP`` words do."""
    if not (cues.postpositional and mention.trigger.complement_target):
        return None
    doc, hit, clause = context.doc, mention.hit, mention.clause
    tokens, opens = doc.tokens, grammar(doc.language_at(hit.start)).complementizers
    at = tokens.first_at(hit.end) - 1  # the trigger's last word
    if at < 0 or tokens[at].text not in opens:
        at = tokens.first_at(clause.end)
        if at >= len(tokens) or tokens[at].text not in opens:
            return None
        between = doc.text[hit.end : clause.end]
        if context.within(hit.end, clause.end) or any(c in word_stops() for c in between):
            return None
        if len(tokens.between(hit.end, clause.end)) > VERB_GROUP:
            return None
    if at + 1 >= len(tokens):
        return None
    following = tokens[at + 1]
    complement = clause_at(doc, following.start, following.end, breaks(doc))
    here = [
        a
        for a in context.within(max(complement.start, following.start), complement.end)
        if a.kind == "entity" and a.entity_type != "PLACE"
    ]
    return next((a for a in here if a.role == "agent"), None) or next(
        (a for a in here if a.role is None), None
    )
