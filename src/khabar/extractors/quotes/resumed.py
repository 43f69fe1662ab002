"""Where a quotation left open ends. A quote with no closing mark runs at most to its paragraph's end,
and ends before that at the first later sentence where narration clearly resumes: one that holds a
verb of saying (a word cue of the language's ``quotes.yaml``, not a bare colon) with an actor named
next to it ("… पक्ष में हैं.अरविंद केजरीवाल ने बताया कि …", "… according to Syrian state media"). A
pronoun is not enough: a quoted speaker tells what others said ("उन्होंने हमें बताया"). Sentences and
cues are the language's; the rule knows no script."""

from __future__ import annotations

import re
from collections.abc import Sequence

from khabar.doc import Doc
from khabar.extractors.quotes.config import config_for
from khabar.schema import Entity

SPEAKERS = frozenset({"PERSON", "ORG", "COUNTRY", "GROUP"})  # who may speak (a place does not)
NEXT_TO = 4  # at most this many words between a cue and the actor named before or after it


def open_end(doc: Doc, entities: Sequence[Entity], opened: int, end: int, language: str | None) -> int:
    """The original offset where a quote opened at ``opened`` and left open to ``end`` (its paragraph's
    end) stops: the start of the first sentence after the one it opens in where narration resumes,
    else ``end``."""
    config = config_for(language)
    if not config.cues:
        return end
    index, folded = doc.folded.folded_index, doc.folded.text
    actors = sorted(
        (index(m.start), index(m.end))
        for e in entities
        if e.type in SPEAKERS
        for m in e.mentions
        if opened < m.start < end
    )
    if not actors:
        return end
    for sentence in doc.sentences:
        if sentence.start <= opened or sentence.start >= end:
            continue
        lo, hi = index(sentence.start), index(min(sentence.end, end))
        here = [(a, b) for a, b in actors if lo <= a and b <= hi]
        for cue in config.cues if here else ():
            for match in cue.pattern.finditer(folded, lo, hi):
                if _worded(match) and any(_next_to(folded, match, a, b) for a, b in here):
                    return sentence.start
    return end


def _worded(match: re.Match[str]) -> bool:
    """Is ``match`` a cue of words (a verb of saying), not a bare colon?"""
    return any(ch.isalpha() for ch in match.group())


def _next_to(folded: str, match: re.Match[str], start: int, end: int) -> bool:
    """Does the actor at folded ``[start, end)`` stand at most ``NEXT_TO`` words before or after the cue?"""
    if end <= match.start():
        return len(folded[end : match.start()].split()) <= NEXT_TO
    return start >= match.end() and len(folded[match.end() : start].split()) <= NEXT_TO
