"""Urdu train sentences read in Devanagari for the Hindi name tagger (``train/urdu.py``)."""

from __future__ import annotations

from collections import Counter

import pytest
from train.urdu import UrduReader, rewrite, skeleton

from khabar.lang import topic
from khabar.lang.models import UrduScript

HINDI = Counter({"पाकिस्तान": 3, "के": 9, "की": 4, "कमरा": 1, "वह": 5, "गांधी": 2, "लखनऊ": 1, "बड़ा": 1})


@pytest.fixture(scope="module")
def reader() -> UrduReader:
    return UrduReader(HINDI, topic("hi", UrduScript))


@pytest.mark.parametrize(
    ("urdu", "hindi"),
    [
        ("پاکستان", "पाकिस्तान"),  # by skeleton: the short i Urdu leaves unwritten comes back
        ("گاندھی", "गांधी"),  # ھ is the aspiration of the letter before it; ن the anusvara
        ("لکھنؤ", "लखनऊ"),
        ("بڑا", "बड़ा"),  # the nukta letter ड़ is ڑ
        ("کے", "के"),
        ("کی", "के"),  # the more frequent Hindi word of one skeleton
        ("وہ", "वह"),  # a final ہ is first read as written
        ("کمرہ", "कमरा"),  # then as the long a it stands for
    ],
)
def test_a_word_is_read_as_the_hindi_word_of_its_skeleton(reader: UrduReader, urdu: str, hindi: str) -> None:
    assert reader.word(urdu) == hindi


@pytest.mark.parametrize(
    ("urdu", "spelt"),
    [
        ("جیکسن", "जीकसन"),
        ("آنند", "आननद"),  # no short vowel is guessed
        ("ایم", "ईम"),
        ("بھر", "भर"),
    ],
)
def test_a_word_no_hindi_word_matches_is_spelt_letter_by_letter(
    reader: UrduReader, urdu: str, spelt: str
) -> None:
    assert reader.word(urdu) == spelt


def test_joined_words_are_written_apart_and_keep_their_tag(reader: UrduReader) -> None:
    tagged = [("بنگلہ_دیش", "B-NEL"), ("کے", "O")]
    assert [tag for _, tag in reader.sentence(tagged)] == ["B-NEL", "O"]
    assert reader.sentence(tagged)[0][0].count(" ") == 1


def test_longer_letter_runs_win_and_positions_choose_the_table() -> None:
    spelling = topic("hi", UrduScript).spelling
    assert rewrite("او", spelling) == "ओ"  # initial
    assert rewrite("باو", spelling) == "बाो"  # medial ا and و
    assert skeleton("हिन्दुस्तान", topic("hi", UrduScript).skeleton.devanagari) == "ہندستان"
