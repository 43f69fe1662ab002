"""Arguments named around a trigger by a marker of their own. A symmetric act ("talks", "an agreement",
"बातचीत") named with a coordinated pair ("between A and B", "A और B के बीच") has A as its source and B
as its target, where attachment found no other source, or one outside the pair with a target in it
("X's resignation was triggered by a call between A and B"; a place may stand before the pair: "a
meeting was held in Moscow between A and B"); so does a pair of subjects joined by a
conjunction ("Putin and Erdoğan agreed", "A और B ने बातचीत की", "A and B clashed") of a reciprocal
type or trigger, where attachment took one of them as its source and found no other target. A trigger
whose entry names the marker of its agent ("fell to") has the actor after that marker as its source
and its subject as its target ("Mosul fell to Isis": Isis seized Mosul), and states no act without
one ("prices fell to a record low")."""

from __future__ import annotations

from khabar.extractors.cues import grammar
from khabar.extractors.events.candidates import Candidate
from khabar.extractors.events.lexicon import word_stops
from khabar.extractors.events.mentions import Context, Mention
from khabar.extractors.events.owners import owns_title
from khabar.extractors.events.syntax import ArgCues
from khabar.knowledge.crosswalk import reciprocal_types, symmetric_types
from khabar.text.tokens import Phrase

PAIR_GAP = 2  # at most this many words between the trigger and the pair's marker ("call held between")
PLACE_REACH = 3  # words at most between the trigger and a place before the pair's marker ("was held in")


def pair_roles(context: Context, mention: Mention, cues: ArgCues) -> None:
    """Source and target of ``mention`` from its agent's marker, else from a pair it is between."""
    if mention.trigger.agent_markers:
        source, target = _marked_agent(context, cues, mention)
        mention.dropped = source is None  # no agent, no act: "prices fell to a record low"
    elif mention.coding.type in symmetric_types():
        source, target = _pair(context, cues, mention)
        if source is None and (mention.trigger.reciprocal or mention.coding.type in reciprocal_types()):
            source, target = _coordinated(context, cues, mention)
        pair = (source.entity if source else None, target.entity if target else None)
        found, aimed = mention.source, mention.target
        # another actor found by attachment keeps its role, unless attachment aimed the act at one of the pair
        if found is not None and found.entity not in pair and not (source and aimed and aimed.entity in pair):
            return
    else:
        return
    if source is None:
        return
    mention.source, mention.source_via = source, None
    mention.target = target
    mention.target_entity = target.entity if target is not None else None


def _marked_agent(
    context: Context, cues: ArgCues, mention: Mention
) -> tuple[Candidate | None, Candidate | None]:
    """The actor right after the trigger's agent marker (its last words, or the words before the
    actor), and the unmarked actor or place right before the trigger in its clause."""
    hit, clause = mention.hit, mention.clause
    agent = context.candidates.first_from(hit.end)
    if agent is None or agent.kind != "entity" or agent.end > clause.end:
        return None, None
    if not _ends_with(context, cues, hit.start, hit.end, agent.start, mention.trigger.agent_markers, 0):
        return None, None
    subject = context.candidates.last_ending(hit.start)
    if (
        subject is None
        or subject.start < clause.start
        or subject.kind != "entity"
        or subject.role is not None
    ):
        return agent, None
    if _words(context, subject.end, hit.start, cues) is None:
        return agent, None
    return agent, subject if subject.entity != agent.entity else None


def _pair(context: Context, cues: ArgCues, mention: Mention) -> tuple[Candidate | None, Candidate | None]:
    """A and B of "between A and B" after the trigger, or of "A और B के बीच" before it; each may be a
    person after the owner of its title ("between Russian President Vladimir Putin and ...")."""
    hit, clause = mention.hit, mention.clause
    candidates = context.candidates
    if cues.postpositional:  # the pair's marker ends at most PAIR_GAP words (a place among them) before it
        second = candidates.last_ending(hit.start)
        if second is not None and not _starts_with(context, cues, second.end, hit.start):
            second = candidates.last_ending(second.start)
        if second is None or not _starts_with(context, cues, second.end, hit.start):
            return None, None
        owner = candidates.last_ending(second.start)
        lead = owner if owner is not None and owns_title(context, cues, owner) else second
        first = candidates.last_ending(lead.start)
    else:
        lead = _pair_lead(context, cues, mention)
        if lead is None:
            return None, None
        first = _titled(context, cues, lead)
        lead = candidates.first_from(first.end) if first is not None else None
        second = _titled(context, cues, lead) if lead is not None else None
    if first is None or second is None or first.start < clause.start or second.end > clause.end:
        return None, None
    joint = _words(context, first.end, lead.start, cues)
    if joint is None or len(joint) != 1 or joint[0] not in grammar(hit.language).conjunctions:
        return None, None
    if any(c.kind != "entity" or c.entity_type == "PLACE" for c in (first, second)):
        return None, None  # "fighting between Aleppo and Idlib": where, not who
    if first.entity == second.entity:
        return None, None
    return first, second


def _pair_lead(context: Context, cues: ArgCues, mention: Mention) -> Candidate | None:
    """The first actor after "between", at most ``PAIR_GAP`` words after the trigger, or right after a
    place that follows the trigger within ``PLACE_REACH`` words ("a meeting was held in Moscow between
    A and B")."""
    hit = mention.hit
    lead = context.candidates.first_from(hit.end)
    if lead is None or _ends_with(context, cues, hit.start, hit.end, lead.start, cues.between, PAIR_GAP):
        return lead
    words = _words(context, hit.end, lead.start, cues)
    if lead.entity_type != "PLACE" or words is None or len(words) > PLACE_REACH:
        return None
    after = context.candidates.first_from(lead.end)
    if after is None or not _ends_with(context, cues, lead.start, lead.end, after.start, cues.between, 0):
        return None
    return after


def _coordinated(
    context: Context, cues: ArgCues, mention: Mention
) -> tuple[Candidate | None, Candidate | None]:
    """A and B of a pair of subjects "A and B" (no third before them) whose B attachment took as the
    source of a symmetric act with no target of its own; A takes B's marker, if any (A और B ने)."""
    second, clause = mention.source, mention.clause
    if second is None or mention.target is not None or second.kind != "entity":
        return None, None
    first = context.candidates.last_ending(second.start)
    if (
        first is None
        or first.kind != "entity"
        or first.entity_type == "PLACE"
        or first.start < clause.start
        or first.role not in (None, second.role)
        or first.entity == second.entity
    ):
        return None, None
    joint = _words(context, first.end, second.start, cues)
    if joint is None or len(joint) != 1 or joint[0] not in grammar(mention.hit.language).conjunctions:
        return None, None
    third = context.candidates.last_ending(first.start)
    if third is not None and third.start >= clause.start:
        before = context.doc.text[third.end : first.start].strip()
        if before == "," or before in grammar(mention.hit.language).conjunctions:
            return None, None  # a list of three or more: no one pair
    return first, second


def _titled(context: Context, cues: ArgCues, candidate: Candidate) -> Candidate | None:
    """The person whose title ``candidate`` owns ("Russian President Vladimir Putin"), else itself."""
    return context.candidates.first_from(candidate.end) if owns_title(context, cues, candidate) else candidate


def _starts_with(context: Context, cues: ArgCues, end: int, start: int) -> bool:
    """Do the words from an actor's ``end`` to the trigger's ``start`` open with a pair's marker, at most
    ``PAIR_GAP`` words after it?"""
    head = _words(context, end, start, cues, strip=False)
    return head is not None and any(
        tuple(head[: len(p)]) == p and len(head) - len(p) <= PAIR_GAP for p in cues.between
    )


def _ends_with(
    context: Context, cues: ArgCues, start: int, end: int, actor: int, markers: tuple[Phrase, ...], gap: int
) -> bool:
    """Do the words before ``actor`` (determiners aside) end with one of ``markers``, at most ``gap``
    words after the trigger ``[start, end)``, or, with none there, do the trigger's own words?"""
    tail = _words(context, end, actor, cues)
    if tail is None:
        return False
    if not tail:
        own = context.doc.tokens.between(start, end)
        return any(tuple(own[-len(p) :]) == p for p in markers)
    return any(tuple(tail[-len(p) :]) == p and len(tail) - len(p) <= gap for p in markers)


def _words(context: Context, lo: int, hi: int, cues: ArgCues, *, strip: bool = True) -> list[str] | None:
    """The words in ``[lo, hi)``, determiners at the end aside (``strip``); None where clause
    punctuation or a quotation mark stands there."""
    if lo > hi or any(c in word_stops() for c in context.doc.text[lo:hi]):
        return None
    words = context.doc.tokens.between(lo, hi)
    while strip and words and words[-1] in cues.determiners:
        words.pop()
    return words
