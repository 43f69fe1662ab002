"""Extraction work grows linearly with the article's length: no all-pairs loops over mentions or
events. Counted in Python calls (not seconds), so the check does not depend on the machine."""

from __future__ import annotations

import sys
from datetime import date

import pytest
from bench.scaling import incidents

from khabar import extract
from khabar.extractors import counts
from khabar.schema import Segment
from khabar.text import sentences


def _calls(text: str) -> int:
    """Python function calls (and generator steps) made while extracting ``text``."""
    count = 0

    def profile(frame: object, event: str, arg: object) -> None:
        nonlocal count
        count += event == "call"

    sys.setprofile(profile)
    try:
        extract(text, published=date(2022, 1, 7))
    finally:
        sys.setprofile(None)
    return count


def test_event_dense_work_grows_linearly() -> None:
    extract(incidents(5_000, seed=9))  # language data and caches loaded before counting
    small, large = _calls(incidents(20_000)), _calls(incidents(80_000))
    assert large <= 5 * small, (small, large)  # four times the text; all-pairs loops made it nine times


@pytest.mark.parametrize(
    "unit",
    [
        "it's don't 'x' ",  # possessive-looking apostrophes: each once searched to the paragraph's end
        "Indian President Abc Def, ",  # titles in one long sentence: each looked over the whole sentence
    ],
)
def test_long_paragraphs_cost_linear_work(unit: str) -> None:
    extract(unit * 50)
    small, large = _calls(unit * 250 + "the end"), _calls(unit * 1000 + "the end")
    assert large <= 5 * small, (small, large)


def test_a_sentence_end_looks_at_a_bounded_stretch_of_its_word(monkeypatch: pytest.MonkeyPatch) -> None:
    searched: list[int] = []
    pattern = sentences._WEB_ADDRESS

    class Recording:
        def search(self, text: str) -> object:
            searched.append(len(text))
            return pattern.search(text)

    monkeypatch.setattr(sentences, "_WEB_ADDRESS", Recording())
    text = "ab.cd." * 5_000  # one 30,000-character word with a candidate end every three characters
    sentences.split_sentences(text, [Segment(start=0, end=len(text), kind="paragraph", language="en")])
    assert searched and max(searched) <= 2 * sentences.MAX_WORD + 1


def test_a_part_looks_back_at_its_nearest_whole_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each count after a partitive ("इस हमले में पांच लोग") is checked against one count before it, not all."""
    looked: list[int] = []
    original = counts.words_between

    def counted(text: str, start: int, end: int) -> list[str]:
        looked.append(end - start)
        return original(text, start, end)

    monkeypatch.setattr(counts, "words_between", counted)
    extract("इस हमले में पांच लोग मारे गए। " * 40, language="hi")
    assert looked and len(looked) <= 4 * 40, len(looked)  # a few per count; every pair made it over 800
