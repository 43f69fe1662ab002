"""Small builders shared by the extractor tests."""

from __future__ import annotations

import re
from datetime import date

from khabar.doc import Doc, Publication
from khabar.pipeline import COMPONENTS
from khabar.schema import Segment, Sentence

FRIDAY = date(2022, 1, 7)  # the seed article's publication date, a Friday
EVENT_STAGES = ("event_hits", "predicates", "events")  # the components of the event coder


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
