"""Infer a publication date when none is given: from dated embeds, else from a dateline."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from khabar.doc import Doc
from khabar.extractors.dates import find_dates
from khabar.schema import Embed

DATELINE_CHARS = 120  # a dateline sits at the very start of the first paragraph


def infer_published(doc: Doc, embeds: Sequence[Embed]) -> date | None:
    """The latest embed date (an article cannot predate the posts it embeds), else a
    full date in the opening dateline ("NEW DELHI, 5 January 2022 (Reuters) -")."""
    embed_dates = [date.fromisoformat(e.date) for e in embeds if e.date and len(e.date) == 10]
    if embed_dates:
        return max(embed_dates)
    if not doc.segments:
        return None
    first = doc.segments[0]
    for mention in find_dates(doc, until=first.start + DATELINE_CHARS):
        if mention.start >= first.start + DATELINE_CHARS:
            break
        if mention.precision == "day" and first.start <= mention.start:
            return date.fromisoformat(mention.value)
    return None
