"""Roles by word order and marker before the verb: where nouns take postpositions (SOV) the ने/द्वारा
actor, else the first unmarked one, acts and the को actor receives, coordinated nouns sharing the marker
of the last; where they take prepositions (SVO) the unmarked actor before the verb acts and its object
after it receives."""

from __future__ import annotations

from dataclasses import replace

from khabar.extractors.cues import grammar
from khabar.extractors.events.candidates import Candidate
from khabar.extractors.events.conjuncts import later_conjunct
from khabar.extractors.events.mentions import Context, Mention
from khabar.extractors.events.owners import list_role
from khabar.extractors.events.syntax import ArgCues, undetermined_before
from khabar.extractors.events.targets import free_words, infinitive_before, object_after
from khabar.knowledge.crosswalk import hostile_types


def sov_roles(
    context: Context, cues: ArgCues, mention: Mention, nearest: list[Candidate]
) -> tuple[Candidate | None, Candidate | None]:
    """Marked roles before the verb: the ने/द्वारा actor (else the first unmarked one, after a
    correlative that closes a clause before it where one does: ``main_from``) acts, the को actor after
    it (or right before it: "X को सीबीआई ने गिरफ्तार किया") receives; coordinated nouns take the marker
    after the last ("X, Y और Z को": all three are objects)."""
    limit = mention.hit.start
    shared = {a.start: list_role(context, a, limit) for a in nearest if a.role is None}
    # an unmarked subject (of a future or present verb: "रूस ... भेजेगा") opens its clause, before
    # any unmarked object
    unmarked = [
        a for a in reversed(nearest) if a.role is None and a.entity_type != "PLACE" and not shared[a.start]
    ]
    main = main_from(context, cues, mention)
    source = next((a for a in nearest if a.role in ("agent", "by")), None) or next(
        (a for a in unmarked if a.start >= main), unmarked[0] if unmarked else None
    )
    if mention.trigger.intransitive:
        return source, None
    if infinitive_before(context, cues, mention.hit.start, mention.clause.start):
        return source, None  # "X पर Y को मदद करने का आरोप": Y is the infinitive's object
    target = next(
        (
            a
            for a in nearest
            if (a.role or shared[a.start]) == "object" and (source is None or a.start > source.end)
        ),
        None,
    )
    if target is None and source is not None and source.role in ("agent", "by"):
        before = next((a for a in nearest if a.end <= source.start), None)
        if (
            before is not None
            and before.role == "object"
            and free_words(context, cues, before.end, source.start) == 0
        ):
            target = before
    return source, target


def main_from(context: Context, cues: ArgCues, mention: Mention) -> int:
    """Where the main clause of the trigger's clause starts: after the last correlative (तो, the
    language's ``conditional_ends``) before the trigger that follows a verb, not an actor or a marker
    (a focus particle: "X को तो"); "जब मैं ... हूं तो बच्चे ... तारीफ़ करते हैं": the children praise.
    Else the clause's start."""
    doc, clause, hit = context.doc, mention.clause, mention.hit
    ends = [
        h
        for h in doc.event_hits
        if h.kind == "conditional_end" and clause.start <= h.start and h.end <= hit.start
    ]
    for end in reversed(ends):
        before = doc.tokens.before(end.start, 1, floor=clause.start)
        after_actor = context.candidates.reaching(end.start - 1, end.start - 1)
        if before and before[0] not in cues.marker_words and not after_actor:
            return end.end
    return clause.start


def svo_roles(
    context: Context, cues: ArgCues, mention: Mention, nearest: list[Candidate], right: list[Candidate]
) -> tuple[Candidate | None, Candidate | None]:
    """Word order: the unmarked actor before the verb acts (not the object of an infinitive before it,
    "tribesmen armed to fight Isis now refuse", unless it qualifies the trigger: "to back the US-led
    invasion"; nor a later conjunct of a marked list: ``later_conjunct``), its object
    (``object_after``) receives."""
    source = next(
        (
            a
            for a in nearest
            if a.role is None
            and a.entity_type != "PLACE"
            and not infinitive_object(context, cues, a, mention.hit.start)
            and not later_conjunct(
                context, a, mention.hit.start
            )  # "Courts in France, Germany and Sweden have"
        ),
        None,
    )
    if mention.trigger.intransitive:
        return source, None
    # a particle the trigger ends in marks no actor after it ("took over Raqqa": Raqqa is taken)
    right = [
        replace(a, mark=None, role=None) if _marked_by_trigger(context, mention, a) else a for a in right
    ]
    if _opens_complement(context, mention):  # "insisted that the attack on Douma ...": no marked actor
        right = [a for a in right if a.role is None]
    return source, object_after(context, cues, mention.hit.end, right)


def _marked_by_trigger(context: Context, mention: Mention, candidate: Candidate) -> bool:
    """Is the candidate's marker the trigger's own last word, right before it, in an act done against
    someone ("took over Raqqa", "fired on the police"; not "left for Syria": a journey's destination)?"""
    hit = mention.hit
    if mention.coding.type not in hostile_types():
        return False
    return (
        candidate.mark is not None
        and candidate.start >= hit.end
        and not context.doc.tokens.between(hit.end, candidate.start)
    )


def _opens_complement(context: Context, mention: Mention) -> bool:
    """Does the trigger end in a complementizer ("insisted that", "demanded that")?"""
    doc, hit = context.doc, mention.hit
    last = doc.tokens.before(hit.end, 1, floor=hit.start)
    return bool(last) and last[0] in grammar(doc.language_at(hit.start)).complementizers


def infinitive_object(context: Context, cues: ArgCues, candidate: Candidate, trigger: int) -> bool:
    """Is the candidate right after an infinitive ("to fight Isis"), only determiners between, and not
    joined to the trigger after it ("to back the US-led invasion": the US leads it)?"""
    words = undetermined_before(context.doc, cues, candidate.start, 4)
    if len(words) < 2 or (words[-2],) not in cues.infinitive_before or words[-1] in cues.determiners:
        return False
    gap = context.doc.text[candidate.end : trigger]
    return bool(gap.strip()) and not (gap[0] in "-‐" and len(gap.split()) == 1)
