"""Actors that are no argument of their own. A title's owner: in "भारत के प्रधानमंत्री नरेंद्र मोदी ने",
"कांग्रेस अध्यक्ष सोनिया गांधी से" or "Russian President Vladimir Putin" the country or organisation says
whose title the person holds; the person is the argument (and carries the owner's country and sector).
An unmarked conjunct before a marked one, where markers follow the noun: the marker after the last
conjunct marks them all ("फ्रैंचाइज़ी, बीसीसीआई और अधिकारियों को": all three are objects)."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from khabar.doc import Doc
from khabar.extractors.cues import grammar
from khabar.extractors.events.candidates import Candidate
from khabar.extractors.events.lexicon import word_stops
from khabar.extractors.events.mentions import Context
from khabar.extractors.events.syntax import ArgCues, arg_cues
from khabar.knowledge.base import titles
from khabar.text.normalise import fold
from khabar.text.tokens import Phrase, words

OWNER_REACH = 4  # at most this many words between an owner and the person its title names
LIST_REACH = 16  # at most this many words from the first of coordinated nouns to their marker
CHUNK_WORDS = 3  # words of one coordinated noun (less its genitives)
LAST_WORDS = 2  # ... and of the last, right before the marker


@cache
def _titles(language: str | None) -> frozenset[tuple[str, ...]]:
    """The folded words of each title cue of ``language`` that stands before a name."""
    return frozenset(tuple(words(fold(t.surface))) for t in titles(language or "") if t.position != "after")


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


def list_role(context: Context, candidate: Candidate, limit: int) -> str | None:
    """The role of the marker an unmarked ``candidate`` shares with the last of coordinated nouns
    (``list_marker``); None where it is no such noun."""
    mark = list_marker(context, candidate, limit)
    return None if mark is None else arg_cues(context.doc.language_at(candidate.start)).markers[mark]


def shared_marks(context: Context, candidates: list[Candidate], limit: int) -> list[Candidate]:
    """The candidates, each unmarked conjunct with the marker it shares (``list_marker``: "बदी और अन्य
    पर ... का आरोप": Badie is accused too)."""
    out = []
    for c in candidates:
        mark = list_marker(context, c, limit) if c.role is None else None
        cues = arg_cues(context.doc.language_at(c.start))
        out.append(c if mark is None else replace(c, mark=mark, role=cues.markers[mark]))
    return out


def list_marker(context: Context, candidate: Candidate, limit: int) -> Phrase | None:
    """The marker an unmarked ``candidate`` shares, as one of coordinated nouns before ``limit``, with
    the last of them, in a language whose markers follow the noun: joined by commas and a conjunction
    before the last, each perhaps with genitives of its own, the last short and naming at most one
    actor, or none ("तस्करों, कोलंबिया के ... कार्यकर्ताओं और ड्रग डीलरों को": all are arrested; "बदी और
    अन्य पर": Badie and others; not "रूस और चीन सीरिया को": Russia and China act); None where it is no
    such noun."""
    doc = context.doc
    language = doc.language_at(candidate.start)
    words, cues = grammar(language), arg_cues(language)
    if not words.postpositional or candidate.role is not None:
        return None
    tokens, text, stops = doc.tokens, doc.text, word_stops() - {","}
    first = at = tokens.first_at(candidate.end)
    end, joined, chunk, named = candidate.end, False, 0, []  # chunk, named: of the noun being read
    while at < min(len(tokens), first + LIST_REACH):
        token = tokens[at]
        gap = text[end : token.start]
        if token.end > limit or any(c in stops for c in gap):
            return None
        conjunction = token.text in words.conjunctions
        if conjunction or "," in gap:
            joined, chunk, named = joined or conjunction, 0, []
        elif at == first:
            return None  # nothing joins the candidate to what follows it
        if conjunction:
            at, end = at + 1, token.end
            continue
        role, size = _marker_at(cues, doc, at)
        if role is not None and role != "genitive":
            # the last noun is one actor named right before its marker, or none ("ड्रग डीलरों को"; not
            # "पाकिस्तान युद्धविराम पर": Pakistan is no conjunct of the truce)
            last = not named or (len(named) == 1 and named[0].end == end)
            mark = tuple(t.text for t in tokens[at : at + size])
            return mark if joined and chunk <= LAST_WORDS and last else None
        if role is None and (token.text in cues.clause_breaks or token.text in cues.relatives):
            return None
        if role is None:
            chunk += 1
            start = context.candidates.first_from(token.start)
            if start is not None and start.start == token.start and start.kind == "entity":
                named.append(start)
                size = max(1, tokens.first_at(start.end) - at)  # a name of several words is one word
        else:
            chunk, named = 0, []
        if chunk > CHUNK_WORDS:
            return None
        at += size
        end = tokens[at - 1].end
    return None


def _marker_at(cues: ArgCues, doc: Doc, at: int) -> tuple[str | None, int]:
    """The role of the longest marker phrase that starts at word ``at``, and its length in words
    (None and 1 where none does)."""
    tokens = doc.tokens
    for size in range(min(cues.longest_marker, len(tokens) - at), 0, -1):
        role = cues.markers.get(tuple(t.text for t in tokens[at : at + size]))
        if role is not None:
            return role, size
    return None, 1
