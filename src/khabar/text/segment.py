"""Paragraphs and embedded posts as segments, with exact offsets into the article text.

A paragraph is one line: the text is split on every line break ``str.splitlines`` knows
(``\\n``, ``\\r\\n``, ``\\r``, ``\\u2028``, ...), so blank lines simply yield nothing. Each
segment span leaves out the whitespace (and stray zero-width characters) at its edges.

Each embedded post becomes one ``kind="embed"`` segment covering the whole post, body and
signature line together: language identification then sees the post as one text (a
signature line alone is too short to identify), and the post's language is that segment's.
Overlapping embeds are merged into one segment; text of a line outside every embed stays a
paragraph. One regex pass finds the lines, so no Python loop runs per character.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from khabar.schema import Embed, Segment

LINE_BREAK = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
"""The characters ``str.splitlines`` breaks on: no segment or sentence crosses one."""

_BLANK = r"\s\u200b\u200c\u200d\u2060\ufeff"
_LINE = re.compile(rf"[^{_BLANK}](?:[^{LINE_BREAK}]*[^{_BLANK}])?")
_TRIMMED = re.compile(rf"[^{_BLANK}](?:.*[^{_BLANK}])?", re.DOTALL)


def line_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-blank line in ``text[start:end]``, edges trimmed."""
    stop = len(text) if end is None else end
    return [match.span() for match in _LINE.finditer(text, start, stop)]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(start, end)`` of ``text[start:end]`` without blank edges, or None when all blank."""
    match = _TRIMMED.search(text, start, end)
    return match.span() if match else None


def _merged(embeds: Sequence[Embed]) -> list[tuple[int, int]]:
    """Embed spans sorted, overlapping ones merged."""
    spans: list[tuple[int, int]] = []
    for embed in sorted(embeds, key=lambda e: (e.start, e.end)):
        if spans and embed.start < spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], embed.end))
        else:
            spans.append((embed.start, embed.end))
    return spans


def segment(text: str, embeds: Sequence[Embed] = ()) -> list[Segment]:
    """Paragraph segments (one per non-blank line) and one embed segment per embedded post."""
    segments: list[Segment] = []
    cursor = 0
    for embed_start, embed_end in _merged(embeds):
        segments += _paragraphs(text, cursor, embed_start)
        if (span := _trimmed(text, embed_start, embed_end)) is not None:
            segments.append(Segment(start=span[0], end=span[1], kind="embed"))
        cursor = max(cursor, embed_end)
    segments += _paragraphs(text, cursor, len(text))
    return segments


def _paragraphs(text: str, start: int, end: int) -> list[Segment]:
    return [Segment(start=s, end=e, kind="paragraph") for s, e in line_spans(text, start, end)]
