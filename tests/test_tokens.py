"""One tokenisation for every script, from Unicode properties and the script data."""

from __future__ import annotations

import pytest

from khabar.doc import Doc
from khabar.text.tokens import words


@pytest.mark.parametrize(
    ("text", "expected", "script"),
    [
        ("বাংলাদেশের রাজধানী ঢাকায় বিক্ষোভ হয়েছে।", ["বাংলাদেশের", "রাজধানী", "ঢাকায়", "বিক্ষোভ", "হয়েছে"], "Beng"),
        ("پاکستان کے وزیر اعظم نے کہا", ["پاکستان", "کے", "وزیر", "اعظم", "نے", "کہا"], "Arab"),
        ("प्रदर्शनकारियों ने कहा।", ["प्रदर्शनकारियों", "ने", "कहा"], "Deva"),
        ("ਪੰਜਾਬ ਵਿੱਚ ਮੀਂਹ", ["ਪੰਜਾਬ", "ਵਿੱਚ", "ਮੀਂਹ"], "Guru"),
    ],
)
def test_whole_words_in_every_script(text: str, expected: list[str], script: str) -> None:
    tokens = Doc.of(text).tokens
    assert [text[t.start : t.end] for t in tokens] == expected
    assert {t.script for t in tokens} == {script}


def test_possessive_is_its_own_word_and_inner_apostrophes_stay() -> None:
    assert words("bangladesh's o'neill they'll ‘modi") == ["bangladesh", "'s", "o'neill", "they'll", "modi"]


def test_offsets_map_back_through_folding() -> None:
    text = "क़ानून ने ज़ोर दिया"
    tokens = Doc.of(text).tokens
    assert [text[t.start : t.end] for t in tokens] == ["क़ानून", "ने", "ज़ोर", "दिया"]
    assert tokens[0].text == "कानून"


def test_words_around_a_span_stop_at_quotation_marks() -> None:
    text = 'He said "we will march" on Monday'
    tokens = Doc.of(text).tokens
    assert tokens.after(text.index("said") + 4, 3) == []
    assert tokens.before(text.index("on"), 2) == []
    assert tokens.after(text.index("we") + 2, 2) == ["will", "march"]
    assert tokens.before(text.index("march"), 5) == ["we", "will"]
    assert tokens.after(text.index("we") + 2, 5, limit=text.index("march")) == ["will"]
