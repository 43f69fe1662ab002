from __future__ import annotations

from datetime import date

from helpers import build_doc
from khabar.doc import Doc
from khabar.extractors.published import DATELINE_CHARS, infer_published
from khabar.schema import Embed, Segment, Sentence


def make_doc(text: str) -> Doc:
    segments = [Segment(start=0, end=len(text), kind="paragraph", language="en")]
    return build_doc(text, segments, [Sentence(start=0, end=len(text))], "en")


def test_dateline_date() -> None:
    doc = make_doc("NEW DELHI, 5 January 2022 (Reuters) - Talks resumed on Tuesday.")
    assert infer_published(doc, []) == date(2022, 1, 5)


def test_date_past_the_dateline_is_not_a_dateline() -> None:
    text = "Talks resumed. " + "x " * DATELINE_CHARS + "It began on 5 January 2022."
    assert infer_published(make_doc(text), []) is None


def test_date_that_begins_inside_the_dateline_window() -> None:
    text = "a" * (DATELINE_CHARS - 8) + " on 5 January 2022, said"
    assert infer_published(make_doc(text), []) == date(2022, 1, 5)


def test_month_or_year_alone_is_not_a_publication_date() -> None:
    assert infer_published(make_doc("LONDON, January 2022 - Talks resumed."), []) is None


def test_embeds_win_over_the_dateline() -> None:
    doc = make_doc("NEW DELHI, 5 January 2022 - Talks resumed.")
    embeds = [
        Embed(start=0, end=5, platform="twitter", date="2022-01-09"),
        Embed(start=6, end=9, platform="twitter", date="2022-01-08"),
    ]
    assert infer_published(doc, embeds) == date(2022, 1, 9)
