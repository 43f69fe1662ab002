"""The shipped name tagger: it loads, tags unseen sentences, and retrains deterministically."""

from __future__ import annotations

from pathlib import Path

import pytest
from train.common import ILNER_TRAIN

from khabar import extract
from khabar.extractors.entities.tagger import has_tagger, spans_of
from khabar.pipeline import prepare
from khabar.text.tokens import Token


def _names(text: str) -> list[tuple[str, str]]:
    doc = prepare(text, until="names", given_language="hi")
    return [(text[n.start : n.end], n.type) for n in doc.names]


def test_hindi_ships_a_tagger_and_other_languages_go_without() -> None:
    assert has_tagger("hi")
    assert not has_tagger("xx")
    assert not has_tagger(None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("रविवार को पटना में किसान नेता रामेश्वर प्रसाद यादव ने सभा की।", ("रामेश्वर प्रसाद यादव", "PERSON")),
        ("रविवार को पटना में किसान नेता रामेश्वर प्रसाद यादव ने सभा की।", ("पटना", "PLACE")),
        ("उत्तर प्रदेश सरकार ने लखनऊ के अस्पतालों को अनुदान दिया।", ("उत्तर प्रदेश सरकार", "ORG")),
    ],
)
def test_tagger_marks_names_it_never_saw(text: str, expected: tuple[str, str]) -> None:
    assert expected in _names(text)


def test_tagger_leaves_ordinary_sentences_alone() -> None:
    assert _names("बारिश के बाद सड़कों पर पानी भर गया और लोग घरों में रहे।") == []


def test_a_name_the_tagger_finds_becomes_an_entity() -> None:
    record = extract("किसान नेता रामेश्वर प्रसाद यादव ने बुधवार को धरना दिया।", language="hi")
    people = [e for e in record.entities if e.type == "PERSON"]
    assert [m.text for e in people for m in e.mentions] == ["रामेश्वर प्रसाद यादव"]


def test_bio_labels_make_names_of_one_type() -> None:
    words = [
        Token(i, 4 * i, 4 * i + 3, 4 * i, 4 * i + 3, w, "Latn", False, True)
        for i, w in enumerate(["a", "b", "c", "d", "e"])
    ]
    names = spans_of(words, ["B-PERSON", "I-PERSON", "I-PLACE", "O", "I-ORG"])
    assert [(n.type, n.first, n.last) for n in names] == [("PERSON", 0, 1), ("PLACE", 2, 2), ("ORG", 4, 4)]


@pytest.mark.skipif(not ILNER_TRAIN["hi"].exists(), reason="../shared/train is not beside the repository")
def test_training_is_deterministic(tmp_path: Path) -> None:
    from train.ner import train

    first, second = tmp_path / "a.crfsuite", tmp_path / "b.crfsuite"
    train("hi", first, limit=300)
    train("hi", second, limit=300)
    assert first.read_bytes() == second.read_bytes()
