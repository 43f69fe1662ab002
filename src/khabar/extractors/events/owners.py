"""Actors that are no argument of their own. A title's owner: in "भारत के प्रधानमंत्री नरेंद्र मोदी ने",
"कांग्रेस अध्यक्ष सोनिया गांधी से" or "Russian President Vladimir Putin" the country or organisation says
whose title the person holds; the person is the argument (and carries the owner's country and sector).
An unmarked conjunct before a marked one, where markers follow the noun: the marker after the last
conjunct marks them all ("फ्रैंचाइज़ी, बीसीसीआई और अधिकारियों को": all three are objects)."""

from __future__ import annotations

from functools import cache

from khabar.extractors.cues import grammar
from khabar.extractors.events.candidates import Candidate
from khabar.extractors.events.lexicon import word_stops
from khabar.extractors.events.mentions import Context
from khabar.extractors.events.syntax import ArgCues
from khabar.knowledge.base import titles
from khabar.text.normalise import fold

OWNER_REACH = 4  # at most this many words between an owner and the person its title names


@cache
def _titles(language: str | None) -> frozenset[tuple[str, ...]]:
    """The folded words of each title cue of ``language`` that stands before a name."""
    return frozenset(tuple(fold(t.surface).split()) for t in titles(language or "") if t.position != "after")


def owns_title(context: Context, cues: ArgCues, candidate: Candidate) -> bool:
    """Is ``candidate`` a country or organisation whose title names the person right after it: a
    title cue right before that person, and before the title only words that are no marker but a
    genitive where it follows its owner ("भारत के पूर्व प्रधानमंत्री X"; not "भारत ने प्रधानमंत्री X
    को", nor "the forces of President X": there X owns the forces)?"""
    if candidate.kind != "entity" or candidate.entity_type == "PERSON":
        return False
    person = context.candidates.first_from(candidate.end)
    if person is None or person.entity_type != "PERSON":
        return False
    doc = context.doc
    if any(c in word_stops() for c in doc.text[candidate.end : person.start]):
        return False
    words = doc.tokens.between(candidate.end, person.start)
    if not words or len(words) > OWNER_REACH:
        return False
    known = _titles(doc.language_at(candidate.start))
    for at in range(len(words)):
        if tuple(words[at:]) in known:
            before = words[:at]
            return all(
                w not in cues.marker_words or (cues.postpositional and (w,) in cues.genitive) for w in before
            )
    return False


def conjunct_of_marked(context: Context, candidate: Candidate) -> bool:
    """Is an unmarked ``candidate`` coordinated with a later conjunct that has a marker of its own
    (across commas and other unmarked conjuncts, the last joined by a conjunction), in a language whose
    markers follow the noun?"""
    doc = context.doc
    words = grammar(doc.language_at(candidate.start))
    if not words.postpositional or candidate.role is not None:
        return False
    after = context.candidates.first_from(candidate.end)
    if after is None or after.kind != "entity":
        return False
    joins = doc.tokens.between(candidate.end, after.start)
    conjunction = len(joins) == 1 and joins[0] in words.conjunctions
    comma = not joins and doc.text[candidate.end : after.start].strip() == ","
    if after.role is None:
        return (conjunction or comma) and conjunct_of_marked(context, after)
    return conjunction
