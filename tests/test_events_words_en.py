"""English event words read from the NGEC synthetic dev leads' error classes: a word's other forms,
and a word whose sense its actors tell."""

from __future__ import annotations

import pytest

from khabar import extract


def first_type(text: str) -> str | None:
    events = sorted(extract(text).events, key=lambda e: e.start)
    return events[0].type if events else None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an act begun is the act, whatever the form of "begin"
        ("The Iranian military have begun to withdraw troops from the border.", "RETREAT"),
        ("The workers said they are going on strike on Monday.", "PROTEST"),
        ("The federation of trade unions has called a one-day work stoppage on Friday.", "PROTEST"),
        ("Czech forces have been ordered out of Slovakia.", "RETREAT"),
        ("The government imposed a state of martial law on Monday.", "COERCE"),
        ("Former leader Aleksandar Vucic is facing charges of corruption in Serbia.", "ACCUSE"),
        ("A commander was killed in an unmanned aerial strike in Sierra Leone on Wednesday.", "ASSAULT"),
        ("Ten people were killed in sectarian clashes in Baghdad on Wednesday.", "ASSAULT"),
    ],
)
def test_word_forms_and_phrases(sentence: str, expected: str) -> None:
    assert first_type(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Armed militiamen stormed a synagogue in Jerusalem, killing 14.", "ASSAULT"),
        ("Masked gunmen stormed a school in Maiduguri on Sunday.", "ASSAULT"),
        ("Protesters stormed the parliament building in Colombo.", "PROTEST"),
    ],
)
def test_a_place_stormed_by_armed_men_is_an_attack_by_protesters_a_riot(sentence: str, expected: str) -> None:
    assert first_type(sentence) == expected
