"""The one working document of an article, with typed span layers, that every component reads.

A ``Doc`` is made from the text once: its folded view for matching and its words (``tokens``).
Every other layer (segments, sentences, entities, dates, counts, quotes, flags, events, and the
intermediate layers of the entity and event stages) starts empty and is written by exactly one
component of the pipeline (``khabar.pipeline``), which declares the layers it reads. Components
return their layer; the pipeline sets it. Nothing changes a layer once it is written.
"""

from __future__ import annotations

import math
import time
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from khabar.budget import OutOfTime
from khabar.schema import (
    Count,
    DateMention,
    Embed,
    Entity,
    Event,
    Flag,
    PublishedSource,
    Quote,
    Segment,
    Sentence,
    Span,
)
from khabar.text.normalise import Folded
from khabar.text.tokens import Tokens

if TYPE_CHECKING:
    from khabar.extractors.entities import GazetteerHit
    from khabar.extractors.entities.tagger import TaggedName
    from khabar.extractors.events.predicates import Predicate
    from khabar.extractors.events.triggers import Hit
    from khabar.knowledge.base import Knowledge


@dataclass(frozen=True, slots=True)
class Publication:
    """The publication day and where it came from."""

    day: date | None
    source: PublishedSource


@dataclass(slots=True)
class Doc:
    text: str
    folded: Folded
    tokens: Tokens
    article_id: str = ""
    given_published: date | None = None
    given_language: str | None = None
    html_embeds: list[Embed] = field(default_factory=list)
    knowledge: Knowledge | None = None
    deadline: float = math.inf  # ``time.monotonic()`` after which the work stops (the time budget)
    # layers written by components, in pipeline order
    embeds: list[Embed] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    language: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    publication: Publication = Publication(None, "none")
    gazetteer_hits: list[GazetteerHit] = field(default_factory=list)
    names: list[TaggedName] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    event_hits: list[Hit] = field(default_factory=list)
    predicates: list[Predicate] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    _segment_starts: list[int] = field(default_factory=list)
    _sentence_starts: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, text: str, **layers: Any) -> Doc:
        """A document over ``text``, with any layers given (tests build partial documents)."""
        folded = Folded.of(text)
        doc = cls(text=text, folded=folded, tokens=Tokens(folded))
        for name, value in layers.items():
            doc.set_layer(name, value)
        return doc

    def set_layer(self, name: str, value: Any) -> None:
        setattr(self, name, value)
        if name == "segments":
            self._segment_starts = [s.start for s in value]
        elif name == "sentences":
            self._sentence_starts = [s.start for s in value]

    def check_time(self) -> None:
        """Raise ``OutOfTime`` once the deadline has passed (the long loops of a stage call it)."""
        if time.monotonic() > self.deadline:
            raise OutOfTime

    @property
    def published(self) -> date | None:
        return self.publication.day

    def span(self, start: int, end: int) -> Span:
        """A ``Span`` of the original text (the text is quoted exactly)."""
        return Span(start=start, end=end, text=self.text[start:end])

    def segment_at(self, offset: int) -> Segment | None:
        i = bisect_right(self._segment_starts, offset) - 1
        if i >= 0 and offset < self.segments[i].end:
            return self.segments[i]
        return None

    def sentence_at(self, offset: int) -> Sentence | None:
        i = self.sentence_number(offset)
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def sentence_number(self, offset: int) -> int:
        """The number of the sentence holding ``offset`` (or ending before it), from 0; -1 before the
        first (or with no sentences)."""
        return bisect_right(self._sentence_starts, offset) - 1

    def sentence_before(self, offset: int) -> Sentence | None:
        """The sentence that ends at or before ``offset`` in the segment holding it (``offset`` lies
        between sentences)."""
        i = self.sentence_number(offset)
        segment = self.segment_at(offset)
        if i >= 0 and segment is not None and self.sentences[i].start >= segment.start:
            return self.sentences[i]
        return None

    def languages_at(self, offsets: Sequence[int]) -> list[str | None]:
        """``language_at`` of each of the ascending ``offsets``, in one pass over the segments."""
        out: list[str | None] = []
        ends = [segment.end for segment in self.segments]
        starts = [segment.start for segment in self.segments]
        languages = [segment.language or self.language for segment in self.segments]
        i, count = 0, len(ends)
        for offset in offsets:
            while i < count and ends[i] <= offset:
                i += 1
            out.append(languages[i] if i < count and starts[i] <= offset else self.language)
        return out

    def language_at(self, offset: int) -> str | None:
        """Language of the segment holding ``offset``, else the article's language."""
        segment = self.segment_at(offset)
        return (segment.language if segment else None) or self.language
