"""Conjuncts of a marked list, where markers precede nouns: in "Courts in France, Germany and Sweden
have convicted" Germany and Sweden share the "in" of France (commas, then a conjunction before the
last), so neither is the verb's subject though no preposition stands before it. A list opened by a
preposition that opens its sentence ("In Syria, Russia and Iran attacked") is left alone: its comma may
close a fronted phrase."""

from __future__ import annotations

from khabar.extractors.cues import grammar
from khabar.extractors.events.candidates import Candidate
from khabar.extractors.events.clauses import sentence_bounds
from khabar.extractors.events.lexicon import word_stops
from khabar.extractors.events.mentions import Context
from khabar.extractors.events.syntax import arg_cues

LIST_REACH = 6  # conjuncts at most read back from a candidate


def later_conjunct(context: Context, candidate: Candidate, verb: int) -> bool:
    """Is the unmarked ``candidate`` a later conjunct of a list whose first member a preposition marks
    (not one that opens its sentence), with no punctuation between it and the ``verb`` after it (the
    list ends the verb's subject; "to Russia and Iran, who have clawed ...": Iran acts)?"""
    if candidate.role is not None or arg_cues(context.doc.language_at(candidate.start)).postpositional:
        return False
    if any(c in word_stops() for c in context.doc.text[candidate.end : verb]):
        return False
    # read back: the joint nearest the candidate may be the conjunction, any before it are commas
    closed, current = False, candidate
    for step in range(LIST_REACH):
        previous = context.candidates.last_ending(current.start)
        joint = None if previous is None else _joint(context, previous, current)
        if previous is None or joint is None or (joint and step > 0):
            return False  # "of Bolton and Erdoğan, Trump sided": no list ends in a comma
        closed = closed or joint
        if previous.role is not None:
            first = previous
            break
        current = previous
    else:
        return False
    return (
        bool(first.mark)
        and not _opens_sentence(context, first)
        and (closed or _closed_after(context, candidate))
    )


def _closed_after(context: Context, candidate: Candidate) -> bool:
    """Do commas, then a conjunction, join further conjuncts after ``candidate`` ("Germany| and Sweden")?"""
    current = candidate
    for _ in range(LIST_REACH):
        following = context.candidates.first_from(current.end)
        joint = None if following is None else _joint(context, current, following)
        if joint is None or following is None:
            return False
        if joint:
            return True
        current = following
    return False


def _joint(context: Context, a: Candidate, b: Candidate) -> bool | None:
    """How two candidates are joined: True by a conjunction (determiners may follow it: "and the
    Kurds"), False by a comma alone, None where they are not conjuncts."""
    doc = context.doc
    if a.end > b.start:
        return None
    gap = doc.text[a.end : b.start]
    if gap.count(",") > 1 or any(c in word_stops() and c != "," for c in gap):
        return None
    language = doc.language_at(b.start)
    determiners = arg_cues(language).determiners
    words = [w for w in doc.tokens.between(a.end, b.start) if w not in determiners]
    if not words:
        return False if "," in gap else None
    return True if len(words) == 1 and words[0] in grammar(language).conjunctions else None


def _opens_sentence(context: Context, candidate: Candidate) -> bool:
    """Does the marker before ``candidate`` open its sentence (determiners aside)?"""
    doc, mark = context.doc, len(candidate.mark or ())
    determiners = arg_cues(doc.language_at(candidate.start)).determiners
    floor = sentence_bounds(doc, candidate.start)[0]
    words = [w for w in doc.tokens.before(candidate.start, mark + 3, floor=floor) if w not in determiners]
    return len(words) <= mark
