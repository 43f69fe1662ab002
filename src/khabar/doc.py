"""The working view of one article that every extraction stage reads.

A ``Doc`` holds the original text, its folded view for matching, and the layout found
by the text stages (segments with languages, sentences). Stages read a ``Doc`` and
return records from ``khabar.schema``; they never change it.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date

from khabar.schema import Segment, Sentence, Span
from khabar.text.normalise import Folded


@dataclass(slots=True)
class Doc:
    text: str
    folded: Folded
    segments: list[Segment]
    sentences: list[Sentence]
    language: str | None
    published: date | None = None
    article_id: str = ""
    _segment_starts: list[int] = field(default_factory=list)
    _sentence_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._segment_starts = [s.start for s in self.segments]
        self._sentence_starts = [s.start for s in self.sentences]

    def span(self, start: int, end: int) -> Span:
        """A ``Span`` of the original text (the text is quoted exactly)."""
        return Span(start=start, end=end, text=self.text[start:end])

    def segment_at(self, offset: int) -> Segment | None:
        i = bisect_right(self._segment_starts, offset) - 1
        if i >= 0 and offset < self.segments[i].end:
            return self.segments[i]
        return None

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def language_at(self, offset: int) -> str | None:
        """Language of the segment holding ``offset``, else the article's language."""
        segment = self.segment_at(offset)
        return (segment.language if segment else None) or self.language
