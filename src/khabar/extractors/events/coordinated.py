"""The subject an active verb shares with the clause before it: a verb that opens a clause joined by a
coordinator (the grammar's ``coordinators``: ", and", "but"), with no actor of its own before it and
only a few words between the two that are no determiner (an auxiliary, an adverb: "but has condemned",
"but is widely believed to be supporting"; not "and counted the cost of fighting"), acts with the
first actor of its sentence before that clause (after a verb of saying) where that is unmarked, at
most ``OPENING`` words in, and owns nothing ("The UK's former intelligence chief Sir John Sawers"):
"The Syrian government did not comment, but has condemned Turkey's intervention"; "Benin opened its
borders, but was still refusing Ghanaians". A verb its by-phrase follows is passive ("interventions,
condemned by aid groups"): it shares nothing."""

from __future__ import annotations

from khabar.extractors.cues import grammar
from khabar.extractors.events.candidates import Candidate
from khabar.extractors.events.clauses import outside_asides
from khabar.extractors.events.lexicon import word_stops
from khabar.extractors.events.mentions import Context, Mention
from khabar.extractors.events.noun_actors import word_gap
from khabar.extractors.events.owners import owns_title
from khabar.extractors.events.syntax import ArgCues
from khabar.text.tokens import Token

REACH = 5  # words at most between the coordinator and the verb
OPENING = 2  # words at most before the subject in its clause ("The Syrian government")
TITLE = 5  # words at most of a title between its owner and its person ("'s former intelligence chief Sir")


def coordinated(context: Context, cues: ArgCues, mention: Mention) -> bool:
    """Is the mention an active verb (not a noun: "but no arrests have been made") that opens a clause
    joined by a coordinator, only a few words between them that are no determiner nor possessive ("and
    now there's more support": a noun), and no by-phrase right after it?"""
    clause, hit, tokens = mention.clause, mention.hit, context.doc.tokens
    predicate = mention.predicate
    if clause.opener not in cues.coordinators or not predicate.verbal or predicate.passive:
        return False
    own = tokens.between(hit.start, hit.end)  # "but no arrests have been made": the noun is the subject
    if mention.trigger.noun or any(w in cues.passive for w in own):
        return False
    between = tokens.between(clause.start, hit.start)[len(clause.opener.split()) :]
    if len(between) > REACH or any(w in cues.determiners or w in cues.possessive for w in between):
        return False
    after = tokens.after(hit.end, 1, limit=clause.end, stops=word_stops())
    return not (after and cues.markers.get((after[0],)) == "by")


def shared_subject(context: Context, cues: ArgCues, mention: Mention) -> Candidate | None:
    """The subject of the clause before a coordinated verb with none of its own (one opening a clause
    joined by a coordinator, or right after a conjunction inside its clause: ``joined_at``), else None."""
    clause = mention.clause
    if cues.postpositional:
        return None
    if not context.within(clause.start, mention.hit.start) and coordinated(context, cues, mention):
        return sentence_subject(context, cues, mention, clause.start)
    conjunction = joined_at(context, cues, mention)
    if conjunction is None or context.within(conjunction, mention.hit.start):
        return None
    speaker = claim_subject(context, mention, conjunction)
    if speaker is not None:
        return speaker
    opened = clause.start > clause.sentence[0] and clause.opener is not None
    own = sentence_subject(context, cues, mention, conjunction, clause.start) if opened else None
    return own or sentence_subject(context, cues, mention, conjunction)


def claim_subject(context: Context, mention: Mention, conjunction: int) -> Candidate | None:
    """The speaker of a verb of saying that ends right before the conjunction ("he said and urged May
    to consult MPs": he urged), where an unmarked actor (no place) stands right before that verb;
    else None."""
    claim = context.claims.last_ending(conjunction)
    if claim is None or claim.start < mention.clause.sentence[0]:
        return None
    if context.doc.tokens.between(claim.end, conjunction):
        return None
    before = context.within(mention.clause.sentence[0], claim.start)
    speaker = before[-1] if before else None
    if speaker is None or speaker.role is not None or speaker.entity_type == "PLACE":
        return None
    return speaker if word_gap(context, speaker.end, claim.start) == 0 else None


def joined_at(context: Context, cues: ArgCues, mention: Mention) -> int | None:
    """Where the conjunction starts that joins an active verb to a verb before it in its clause, only
    auxiliaries and adverbs of the grammar's ``subject_auxiliaries`` between them ("jihadis drove up
    to the base and shot five guards", "who have lots of experience and are fighting"); None where the
    clause before it is passive ("were detained and killed": the subject undergoes it), where an
    event word other than a verb of saying ends right before it (nouns joined: "under airstrikes and
    attacks"; not "he said and urged"), or where there is no such conjunction."""
    clause, hit, tokens = mention.clause, mention.hit, context.doc.tokens
    if not mention.predicate.verbal or mention.predicate.passive or mention.trigger.noun:
        return None
    words = grammar(hit.language)
    before = tokens.within(clause.start, hit.start)
    at = len(before) - 1
    while at > 0 and (before[at].text in words.subject_auxiliaries or before[at].text in cues.passive):
        at -= 1
    if at <= 0 or before[at].text not in words.conjunctions:
        return None
    if _passive_before(context, cues, before[:at]):
        return None
    previous = before[at - 1]
    if context.triggers.reaching(previous.start, previous.end) and not context.claims.reaching(
        previous.start, previous.end
    ):
        return None
    return before[at].start


def _passive_before(context: Context, cues: ArgCues, before: list[Token]) -> bool:
    """Is there a verb of "be" among ``before``: an auxiliary of the passive followed by a verb (a
    participle or progressive ending, or an event word: "were detained", "were shot", "are searching";
    not "would be over": the clause's own subject may do what follows the conjunction)? One pass."""
    words = grammar(context.doc.language_at(before[0].start)).subject_auxiliaries if before else ()
    verb_endings = (*cues.participle_suffixes, *cues.progressive_suffixes)
    pending = False  # an auxiliary of the passive seen, its verb not yet
    for token in before:
        if token.text in cues.passive:
            pending = True
        elif token.text not in words:
            if pending and (
                token.text.endswith(verb_endings) or context.triggers.reaching(token.start, token.end)
            ):
                return True
            pending = False
    return pending  # (the verb is cut off: read it as passive, as before)


def sentence_subject(
    context: Context, cues: ArgCues, mention: Mention, until: int, start: int | None = None
) -> Candidate | None:
    """The first actor of the mention's sentence (from ``start`` where given: its own clause) before
    ``until`` (after a verb of saying), where it is unmarked, at most ``OPENING`` words in, no place,
    and owns nothing: the subject of its main clause (or of that clause)."""
    clause, tokens = mention.clause, context.doc.tokens
    lo = clause.sentence[0] if start is None else start
    said = max((c.end for c in context.claims.within(lo, until)), default=lo)
    first = next(iter(outside_asides(clause, context.within(said, until))), None)
    opened = start is not None and first is not None and first.mark == tuple((clause.opener or "").split())
    if first is None or (first.role is not None and not opened) or first.entity_type == "PLACE":
        return None
    if len(tokens.between(said, first.start)) > OPENING:
        return None
    owner = tokens.after(first.end, 1, limit=until)
    if owns_title(context, cues, first) or (owner and owner[0] in cues.possessive):
        return _titled(context, first, until)  # "The UK's former intelligence chief Sir John Sawers"
    return first


def _titled(context: Context, owner: Candidate, until: int) -> Candidate | None:
    """The person an owner's title names right after it ("The UK's former intelligence chief Sir John
    Sawers"): the next actor, unmarked, a person, ``TITLE`` words at most after the owner, no
    punctuation between; else None (the owner is no subject: "The UK's ... chief")."""
    person = next(iter(context.within(owner.end, until)), None)
    if person is None or person.role is not None or person.entity_type != "PERSON":
        return None
    words = context.doc.tokens.between(owner.end, person.start)
    gap = context.doc.text[owner.end : person.start]
    return person if len(words) <= TITLE and not any(c in word_stops() for c in gap) else None
