"""Relative clauses: the actor right before a relative word fills the role that word has in its clause
("Isis, who tortured him": Isis acts; "the soldiers who were killed": they undergo it; "whom", जिन्हें:
the object); the one right before "whose" owns the act after it ("officials, whose crackdown")."""

from __future__ import annotations

from khabar.extractors.events.candidates import Candidate
from khabar.extractors.events.mentions import Context, Mention
from khabar.extractors.events.syntax import ArgCues

FOCUS = 4  # words at most of a cleft's focus ("the Syrian army")
LONGEST_CLEFT = 4  # words at most of a cleft opener ("it has been")
NOUN_MODIFIERS = 2  # words at most between "whose" and the noun act it owns ("whose brutal crackdown")


def relative_roles(
    context: Context, cues: ArgCues, mention: Mention, source: Candidate | None, target: Candidate | None
) -> tuple[Candidate | None, Candidate | None]:
    """In a relative clause, the actor right before the relative word fills the role that word has:
    the subject ("Isis, who tortured him"; "the soldiers who were killed": a passive's subject is its
    target) or the object ("whom", जिन्हें). A possessive relative ("whose mother died") is neither."""
    opener, clause = mention.clause.opener, mention.clause
    subject, passive = opener in cues.relatives, mention.predicate.passive
    if not subject and opener not in cues.object_relatives:
        return source, target
    before = context.candidates.last_ending(clause.start)
    if subject and (focus := cleft_focus(context, cues, mention)) is not None:
        before = focus  # "it was Russian vetoes that blocked": Russia blocked
    elif before is None or before.kind != "entity" or before.entity_type == "PLACE":
        return source, target  # a place does not act ("Damascus, which ...": the attack)
    elif before.start < clause.sentence[0]:
        return source, target
    else:
        text = context.doc.text[before.end : clause.start]
        if context.doc.tokens.between(before.end, clause.start) or any(c in '"“”' for c in text):
            return source, target  # not right before it ("Isis, who"), nor across a quotation mark
    if subject and not passive:
        return source or before, target
    if target is None and (source is None or source.entity != before.entity):
        return source, before
    return source, target


def cleft_focus(context: Context, cues: ArgCues, mention: Mention) -> Candidate | None:
    """The actor of a cleft's focus: the first entity, no place, between a cleft opener (``clefts``:
    "it was") and the relative word that opens the mention's clause, at most ``FOCUS`` words between
    ("it was Russian vetoes that blocked the resolution": Russia)."""
    clause, tokens = mention.clause, context.doc.tokens
    if not cues.clefts:
        return None
    words = tokens.within(clause.sentence[0], clause.start)[-(FOCUS + LONGEST_CLEFT) :]
    folded = [t.text for t in words]
    for size in range(LONGEST_CLEFT, 0, -1):
        for at in range(max(0, len(folded) - FOCUS - size), len(folded) - size):
            if tuple(folded[at : at + size]) in cues.clefts:
                focus = context.within(words[at + size - 1].end, clause.start)
                return next((a for a in focus if a.kind == "entity" and a.entity_type != "PLACE"), None)
    return None


def owner_before(context: Context, cues: ArgCues, mention: Mention) -> Candidate | None:
    """The actor right before a possessive relative ("whose") that opens the trigger's clause, where it
    owns the act: a noun act after it, a few modifiers between ("Turkish officials, whose crackdown on
    the Kurds"), or an active verb whose subject is a part of it ("the YPG, whose members helped"); not
    an act done to its owner ("Saleh, whose killing")."""
    clause, hit, tokens = mention.clause, mention.hit, context.doc.tokens
    if clause.opener not in cues.possessive_relatives or mention.predicate.passive:
        return None
    trigger = mention.trigger
    if trigger.patient_genitive or trigger.casualty or trigger.fatal or trigger.undergoer:
        return None  # "Saleh, whose killing": Saleh is killed
    between = tokens.between(clause.start, hit.start)[1:]
    if not between:  # the word right after "whose" is a noun, whatever else its form may be
        owned = True
    elif mention.trigger.noun:
        owned = len(between) <= NOUN_MODIFIERS and not any(w in cues.marker_words for w in between)
    else:
        owned = all(w in cues.quantities for w in between)
    before = context.candidates.last_ending(clause.start)
    if not owned or before is None or before.kind != "entity" or before.entity_type == "PLACE":
        return None
    if before.start < clause.sentence[0] or tokens.between(before.end, clause.start):
        return None
    return before
