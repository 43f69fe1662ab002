"""Small builders shared by the extractor tests."""

from __future__ import annotations

import re
from datetime import date

from khabar.doc import Doc
from khabar.schema import Segment, Sentence
from khabar.text.normalise import Folded

FRIDAY = date(2022, 1, 7)  # the seed article's publication date, a Friday


def make_doc(text: str, language: str = "hi", published: date | None = FRIDAY) -> Doc:
    """One paragraph in ``language``, split into sentences at ।.?! marks."""
    sentences, start = [], 0
    for mark in re.finditer(r"[।.?!]\s*|$", text):
        if mark.end() > start:
            sentences.append(Sentence(start=start, end=mark.end()))
            start = mark.end()
    segments = [Segment(start=0, end=len(text), kind="paragraph", language=language)]
    return Doc(text, Folded.of(text), segments, sentences, language, published)
