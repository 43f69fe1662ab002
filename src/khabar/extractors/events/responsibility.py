"""The actor an act is laid at, where markers precede nouns: the actor right before a cue of
responsibility (``responsible``: "the Syrian regime was responsible for Saturday's chemical attack",
"Syria's responsibility for the chemical attack", "the Taliban were behind the bombing"), only linking
words between (``responsible_links``: "accused Russia of being behind"),
or the object of a verb of blaming before "for" ("blamed the Syrian regime for last Saturday's
attack"), with the trigger a few words after the cue. One that denies it (``responsible_denials``:
"X denied responsibility for") is no actor of it. Where markers follow nouns the cue follows a noun
trigger ("हमले की ज़िम्मेदारी ली", "हमलों के लिए ज़िम्मेदार है"): the act is its sentence's agent's, else
the unmarked subject's before it, or with a word of blaming after the cue its object's ("X को ... के लिए
ज़िम्मेदार ठहराया"); a denial after the cue in its clause ("ज़िम्मेदारी नहीं ली") makes that actor none."""

from __future__ import annotations

from khabar.extractors.events.candidates import Candidate
from khabar.extractors.events.lexicon import word_stops
from khabar.extractors.events.mentions import Context, Mention
from khabar.extractors.events.syntax import ArgCues, undetermined_before
from khabar.text.tokens import Token

REACH = 4  # words at most between the cue and the trigger ("for Saturday's alleged")
LINKS = 3  # words at most between the actor and the cue ("has been")
ASIDE = 4  # words at most of an aside inside the cue ("responsible, directly or indirectly, for")


def laid(context: Context, cues: ArgCues, mention: Mention) -> tuple[Candidate | None, Candidate | None]:
    """The actor a cue before the trigger in its sentence lays the act at, and the one who denies it
    (a denial between that actor and the cue: "Russia denied responsibility for the attack"), each
    else None."""
    if not cues.responsible:
        return None, None
    if cues.postpositional:
        return _claimed(context, cues, mention)
    tokens, text, hit = context.doc.tokens, context.doc.text, mention.hit
    lo = mention.clause.sentence[0]
    before = tokens.within(lo, hit.start)[-(REACH + ASIDE + 3) :]
    words = [t.text for t in before]
    ends = {p[-1] for p in cues.responsible}  # "for", "in"
    floor = max(0, len(words) - REACH - 2)
    at = next((i for i in range(len(words) - 1, floor - 1, -1) if words[i] in ends), None)
    if at is None or any(c in word_stops() for c in text[before[at].start : hit.start]):
        return None, None
    if context.within(before[at].end, hit.start):
        return None, None  # another actor between: "responsible for X's attack" is X's
    kept = _aside_skipped(text, before, at)  # "responsible, directly or indirectly, for"
    for phrase in cues.responsible:
        size = len(phrase)
        if len(kept) >= size and tuple(before[i].text for i in kept[-size:]) == phrase:
            return _linked(context, cues, before[kept[-size]].start, lo)
    return _blamed(context, cues, before[at].start, lo), None


def _aside_skipped(text: str, tokens: list[Token], at: int) -> list[int]:
    """The indexes of ``tokens`` up to ``at``, less an aside of at most ``ASIDE`` words set off by
    commas right before it ("were responsible, directly or indirectly, for")."""
    kept = list(range(at + 1))
    if at == 0 or "," not in text[tokens[at - 1].end : tokens[at].start]:
        return kept
    for opened in range(at - 2, max(-1, at - ASIDE - 2), -1):
        if "," in text[tokens[opened].end : tokens[opened + 1].start]:
            return [*kept[: opened + 1], at]
    return kept


def _claimed(context: Context, cues: ArgCues, mention: Mention) -> tuple[Candidate | None, Candidate | None]:
    """The actor a cue right after a noun trigger lays it at, where markers follow nouns; with a denial
    after the cue in the clause, that actor as the second (who denies it)."""
    if not mention.trigger.noun:
        return None, None
    tokens, hit, clause = context.doc.tokens, mention.hit, mention.clause
    longest = max(map(len, cues.responsible))
    after = tuple(tokens.after(hit.end, longest, limit=clause.sentence[1], stops=word_stops()))
    cue = next((p for p in cues.responsible if after[: len(p)] == p), None)
    if cue is None:
        return None, None
    rest = tokens.between(hit.end, clause.end)[len(cue) :]
    lo, hi = clause.sentence
    actors = [a for a in context.within(lo, hi) if a.kind == "entity" and a.entity_type != "PLACE"]
    here = [a for a in actors if clause.start <= a.start < clause.end]
    agents = [a for a in actors if a.role == "agent"]  # the nearest ("X ने कहा कि Y ने ... ली": Y)
    agent = min(agents, key=lambda a: abs(a.start - hit.start), default=None)
    linked = bool(rest) and (
        rest[0] in cues.responsible_links
        or (agent is not None and agent.start > hit.end and cues.responsible_links.intersection(rest))
    )
    if not linked:
        return None, None  # "हिंसा के लिए ज़िम्मेदार लोगों पर": those responsible, unnamed
    if cues.blaming.intersection(rest):
        actor = next((a for a in reversed(here) if a.role == "object" and a.end <= hit.start), None)
    else:
        # the agent, else the first unmarked actor before it in its clause, else in its sentence (the relative
        # clause's antecedent: "X वो चरमपंथी संगठन है जो ... के लिए ज़िम्मेदार है": X)
        unmarked = [a for a in actors if a.role is None and a.end <= hit.start]
        actor = agent or next((a for a in unmarked if a.start >= clause.start), next(iter(unmarked), None))
    if actor is not None and cues.responsible_denials.intersection(rest):
        return None, actor
    return actor, None


def _linked(context: Context, cues: ArgCues, cue: int, lo: int) -> tuple[Candidate | None, Candidate | None]:
    """The actor right before the cue, only linking words between ("X was responsible for"); else, with
    a denial between ("X denied responsibility for"), as the second."""
    actor = _actor_before(context, cue, lo)
    if actor is None:
        return None, None
    between = context.doc.tokens.between(actor.end, cue)
    if cues.responsible_denials.intersection(between):
        return None, actor
    if len(between) > LINKS or any(w not in cues.responsible_links for w in between):
        return None, None
    return actor, None


def _blamed(context: Context, cues: ArgCues, cue: int, lo: int) -> Candidate | None:
    """The object of a verb of blaming right before "for" ("blamed the Syrian regime for")."""
    actor = _actor_before(context, cue, lo)
    if actor is None or context.doc.tokens.between(actor.end, cue):
        return None
    words = undetermined_before(context.doc, cues, actor.start, 3, floor=lo)
    return actor if words and words[-1] in cues.blaming else None


def _actor_before(context: Context, offset: int, lo: int) -> Candidate | None:
    """The entity ending last before ``offset`` in its sentence, no place, no punctuation between."""
    actor = context.candidates.last_ending(offset)
    if actor is None or actor.start < lo or actor.kind != "entity" or actor.entity_type == "PLACE":
        return None
    return None if any(c in word_stops() for c in context.doc.text[actor.end : offset]) else actor
