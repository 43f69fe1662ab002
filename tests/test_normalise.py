"""``Folded``: folded text for matching, with an exact map back to the original offsets."""

from __future__ import annotations

import pytest

from khabar.text.normalise import Folded, fold, fold_table


def _kept_one_by_one(text: str) -> list[int]:
    table = fold_table()
    return [i for i, char in enumerate(text) if table.get(ord(char), char) is not None]


@pytest.mark.parametrize(
    "text",
    [
        "Plain ASCII text stays as it is.",
        "Zürich and São Paulo",  # folded 1:1, nothing deleted
        "co\u00adoperation and e\u0301lan",  # soft hyphen, combining acute
        "\u200bराहुल\u200d गांधी\u200c ने कहा\ufeff",  # zero-width characters at the edges and inside
        "\u0301\u0301leading marks, trailing marks\u0300\u0300",
    ],
)
def test_kept_map_lists_every_character_folding_keeps(text: str) -> None:
    folded = Folded.of(text)
    kept = folded.kept if folded.kept is not None else list(range(len(text)))
    assert kept == _kept_one_by_one(text)
    assert len(kept) == len(folded.text)
    assert folded.text == fold(text)


def test_spans_of_folded_words_quote_the_original() -> None:
    text = "Ne\u0301d Price, प्रवक्ता\u200d नेड प्राइस"
    folded = Folded.of(text)
    for word in ("ned", "price", "नेड"):
        start = folded.text.index(word)
        original_start, original_end = folded.span(start, start + len(word))
        assert fold(text[original_start:original_end]) == word


def test_mojibake_punctuation_folds_to_the_mark_it_stands_for() -> None:
    text = "the state police\u00e2\u20ac\u2122s inaction, \u00e2\u20ac\u0153he said\u00e2\u20ac\ufffd"
    folded = Folded.of(text)
    assert folded.text == 'the state police\'s inaction, "he said"'
    assert folded.text == fold(text)
    start = folded.text.index("inaction")
    original_start, original_end = folded.span(start, start + len("inaction"))
    assert text[original_start:original_end] == "inaction"
    start = folded.text.index("he said")
    original_start, original_end = folded.span(start, start + len("he said"))
    assert text[original_start:original_end] == "he said"
    assert fold("€5m for Âge") == "€5m for age"  # a euro sign or a capital letter alone is no mojibake
