"""Quotations and their speakers.

A quote is found from its marks, then attributed with the cues of its segment's language
(``lang/<code>/quotes.yaml``). A ``Quote`` span is the quoted content **without** its marks,
with surrounding whitespace (and a trailing comma) trimmed, so ``text[start:end] == quote.text``.

Marks: the pairs in ``spans._CLOSERS`` (typography, shared by every language), mixed pairs included
(“… closed by "). Straight and curly single marks are apostrophes when they stand inside a word
(it's, don’t); they open only before a word and never stay open. Any other quote left open runs
to the end of its paragraph (segment), or to where narration resumes before that (a later sentence with
a verb of saying and its speaker: ``resumed``); no quote crosses a segment.

Attribution, in this order: a cue that ends at most ``max_words_between`` words before the
opening mark (``X ने कहा कि “…”``, ``according to X, “…”``); else a cue right after the closing
mark that no later quote claims (``“…”, X ने कहा``, ``“…,” said X``, ``“…,” said the activist X``);
else, with no cue at all, the previous quote's speaker when the two quotes are contiguous or only
the rest of the previous quote's attribution sentence stands between them (no other cue, no other
person); else the speaker of an attribution set off by a comma later in the quote's sentence, which
it ends or which a comma follows (``… “…” from Syria …, he said.``); else the speaker of the sentence right
before the quote when that sentence closes with its
attribution (``… said X. “…”``) or opens with its speaker and a verb of saying (``X said she was …. “…”``);
else, with no cue after the quote, the subject of the nearest verb of saying earlier in the quote's own
sentence (``X said the death was a “stain …”``, ``X has vowed the US will “…”``: ``reports_only`` verbs
count here only). A quote left open at a paragraph's end goes on in the next paragraph up to a mark that
closes a sentence, with the same speaker. The speaker next to a cue is an
entity whose mention touches the cue (title or skip words may stand between), a title alone
(the latest person whose role matches the title, else the last person in this or the previous
paragraph), or a pronoun (the later of the last speaker and the last person subject in this or
the previous paragraph). A cue marked ``unmarked`` (a verb of saying whose subject takes no marker)
may also take a person or subject pronoun a few words before it, with no postposition after it
(``X फिर भी यही कहते हैं``). Anything else gives ``None``: a speaker is never guessed from far away.
Quoted text shorter than ``min_words`` words (``min_words_single_marks`` in single marks, where a
language sets titles and scare quotes in them) is kept only when a cue is attached to it.

Hand-written: no offline library attributes quotes, least of all in Hindi. Cues are matched
with regular expressions on the folded text, only in short windows around each quote.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Doc
from khabar.extractors.quotes.attribution import (
    attribute_in_sentence,
    attribute_parenthetical,
    attribute_postposed,
    attribute_preposed,
    attribute_reported,
    contiguous,
    preposed,
)
from khabar.extractors.quotes.config import config_for
from khabar.extractors.quotes.spans import Candidate, candidates, segments, set_windows
from khabar.extractors.quotes.speakers import Attributor
from khabar.schema import Entity, Quote

__all__ = ["find_quotes"]


def find_quotes(doc: Doc, entities: Sequence[Entity]) -> list[Quote]:
    """Quotations in ``doc`` with their speakers (entity ids from ``entities``, or ``None``)."""
    paragraphs = segments(doc)
    found = candidates(doc, paragraphs, entities)
    if not found:
        return []
    index = doc.folded.folded_index
    bounds = [(index(start), index(end)) for start, end, _ in paragraphs]
    set_windows(found, bounds)
    f = doc.folded.text
    configs = [config_for(paragraphs[quote.segment][2]) for quote in found]
    cues = [preposed(f, quote, config) for quote, config in zip(found, configs, strict=True)]
    claimed = {match.span() for pairs in cues for match, _ in pairs}  # they introduce a later quote
    attributor = Attributor(doc, entities, bounds, [(quote.open_f, quote.close_f) for quote in found])
    quotes = []
    prev: Candidate | None = None
    for quote, config, pairs in zip(found, configs, cues, strict=True):
        doc.check_time()
        if quote.continues and prev is not None:  # a quote carried on across a paragraph break
            quote.speaker = prev.speaker
        attribute_preposed(attributor, quote, pairs, config)
        if quote.speaker is None:
            attribute_postposed(attributor, quote, claimed, config)
        if (
            not quote.cued
            and prev
            and prev.segment == quote.segment
            and contiguous(attributor, prev, quote, config)
        ):
            quote.speaker = prev.speaker
            attributor.heard(quote.open_f, quote.speaker)
        if quote.speaker is None and not quote.cued:
            attribute_parenthetical(attributor, quote, config)
        if quote.speaker is None and not quote.cued:
            attribute_reported(attributor, quote, config)
        if quote.speaker is None:
            attribute_in_sentence(attributor, quote, config)
        if quote.cued or quote.words >= (config.min_words_single if quote.single else config.min_words):
            text = doc.text[quote.start : quote.end]
            quotes.append(Quote(start=quote.start, end=quote.end, text=text, speaker=quote.speaker))
        prev = quote
    return quotes
