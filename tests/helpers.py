"""Small builders and record checks shared by the extractor tests, and a guard against hangs."""

from __future__ import annotations

import re
import signal
from collections.abc import Callable
from datetime import date
from typing import TypeVar

from khabar import extract
from khabar.doc import Doc, Publication
from khabar.pipeline import COMPONENTS
from khabar.rules import first_day, valid_count
from khabar.schema import Article, Event, Segment, Sentence, Span

FRIDAY = date(2022, 1, 7)  # the seed article's publication date, a Friday
EVENT_STAGES = ("event_hits", "predicates", "events")  # the components of the event coder
T = TypeVar("T")
ISO = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def plain(output: str) -> str:
    """CLI output as one line of words: the box and the wrapping of rich's error panel removed, so
    assertions hold at any terminal width."""
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", output).split())


def make_doc(text: str, language: str = "hi", published: date | None = FRIDAY) -> Doc:
    """One paragraph in ``language``, split into sentences at ।.?! marks."""
    sentences, start = [], 0
    for mark in re.finditer(r"[।.?!]\s*|$", text):
        if mark.end() > start:
            sentences.append(Sentence(start=start, end=mark.end()))
            start = mark.end()
    segments = [Segment(start=0, end=len(text), kind="paragraph", language=language)]
    return build_doc(text, segments, sentences, language, published)


def build_doc(
    text: str,
    segments: list[Segment],
    sentences: list[Sentence],
    language: str | None,
    published: date | None = None,
    article_id: str = "",
) -> Doc:
    """A document with its text layers given, as the pipeline would have written them."""
    publication = Publication(published, "given" if published else "none")
    return Doc.of(
        text,
        segments=segments,
        sentences=sentences,
        language=language,
        publication=publication,
        article_id=article_id,
    )


def run_stages(doc: Doc, names: tuple[str, ...]) -> Doc:
    """Run the named pipeline components on ``doc``, in pipeline order (the layers they read given)."""
    for component in COMPONENTS:
        if component.name in names:
            doc.set_layer(component.writes, component.run(doc))
    return doc


def assert_valid_dates(article: Article) -> None:
    """Every date value is ISO 8601 with a four-digit year 0001-9999 that names a real day."""
    values = [d.value for d in article.dates] + [v for v in (e.date for e in article.events) if v]
    values += [embed.date for embed in article.embeds if embed.date]
    for value in values:
        assert ISO.fullmatch(value), value
        assert first_day(value) is not None, value


def assert_valid_record(article: Article) -> None:
    """The invariants of every record: spans quote the text exactly and lie inside it, one span is a
    mention of one entity only, the ids that events and quotes name resolve to entities, dates are
    valid ISO 8601, counts are in bounds."""
    text = article.text
    spans: list[Span] = [m for e in article.entities for m in e.mentions]
    spans += [*article.dates, *article.counts, *article.quotes]
    for event in article.events:
        spans += [*event.evidence, *(s for s in (event.source_text, event.target_text) if s)]
    for span in spans:
        assert 0 <= span.start <= span.end <= len(text), span
        assert text[span.start : span.end] == span.text, span
    for item in [*article.segments, *article.sentences, *article.embeds, *article.flags, *article.events]:
        assert 0 <= item.start <= item.end <= len(text), item
    ids = [e.id for e in article.entities]
    assert len(ids) == len(set(ids))
    mentions = [(m.start, m.end) for e in article.entities for m in e.mentions]
    assert len(mentions) == len(set(mentions)), "a span is a mention of two entities"
    named = [q.speaker for q in article.quotes]
    for event in article.events:
        named += [event.source, event.target, event.location, event.attributed_to]
    assert {i for i in named if i is not None} <= set(ids)
    assert len({e.id for e in article.events}) == len(article.events)
    assert_valid_dates(article)
    counts = [c.value for c in article.counts] + [v for e in article.events for v in e.counts.values()]
    assert all(valid_count(value) for value in counts), counts


def within(seconds: int, run: Callable[[], T]) -> T:
    """What ``run()`` returns, or a failure (not a hang) when it takes longer than ``seconds``."""

    def out_of_time(*_: object) -> None:
        raise TimeoutError(f"not done within {seconds} s")

    previous = signal.signal(signal.SIGALRM, out_of_time)
    signal.alarm(seconds)
    try:
        return run()
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def argument_texts(event: Event) -> tuple[str | None, str | None]:
    """The surfaces of an event's source and target, each None where it has none."""
    source = event.source_text.text if event.source_text else None
    target = event.target_text.text if event.target_text else None
    return source, target


def typed_roles(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    """Each event of ``text`` with its type and the surfaces of its source and target."""
    return [(e.type, *argument_texts(e)) for e in extract(text, language=language).events]
