"""Numbers in digits and words, vague quantities and approximate cues (Hindi and English)."""

from __future__ import annotations

import pytest

from khabar.extractors.numbers import find_numbers, parse_number
from khabar.extractors.regexes import phrase_pattern
from khabar.lang import topic
from khabar.lang.models import Numbers
from khabar.text.normalise import fold


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("20", (20, False)),
        ("२०००", (2000, False)),
        ("२,००,०००", (200000, False)),
        ("2,000", (2000, False)),
        ("2,00,000", (200000, False)),
        ("12,34,567", (1234567, False)),
        ("1.5 लाख", (150000, False)),
        ("डेढ़ लाख", (150000, False)),
        ("डेढ लाख", (150000, False)),
        ("ढाई हज़ार", (2500, False)),
        ("साढ़े तीन हजार", (3500, False)),
        ("सवा लाख", (125000, False)),
        ("सवा सौ", (125, False)),
        ("पौने दो सौ", (175, False)),
        ("दो हजार पांच सौ", (2500, False)),
        ("तीन लाख बीस हजार", (320000, False)),
        ("पाँच करोड़", (50000000, False)),
        ("दो अरब", (2000000000, False)),
        ("हजार", (1000, False)),
        ("सौ", (100, False)),
        ("पैंतीस", (35, False)),
        ("निन्यानवे", (99, False)),
        ("दो दर्जन", (24, False)),
        ("दसियों", (10, True)),
        ("दर्जनों", (12, True)),
        ("सैकड़ों", (100, True)),
        ("हजारों", (1000, True)),
        ("हज़ारों", (1000, True)),
        ("लाखों", (100000, True)),
        ("कई", (3, True)),
        ("अनेक", (3, True)),
        ("कुछ", (3, True)),
        ("कई हजार", (3000, True)),
        ("2,000 से अधिक", (2000, True)),
        ("2,000 से ज़्यादा", (2000, True)),
        ("लगभग 20", (20, True)),
        ("करीब 20", (20, True)),
        ("क़रीब बीस", (20, True)),
        ("कम से कम 12", (12, True)),
    ],
)
def test_hindi(surface: str, expected: tuple[int, bool]) -> None:
    assert parse_number(surface, "hi") == expected


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("seven", (7, False)),
        ("twenty-five", (25, False)),
        ("twenty five", (25, False)),
        ("two hundred and five", (205, False)),
        ("one thousand and twenty", (1020, False)),
        ("two million five hundred thousand", (2500000, False)),
        ("2.5 million", (2500000, False)),
        ("1.5 lakh", (150000, False)),
        ("3 crore", (30000000, False)),
        ("a hundred", (100, False)),
        ("a dozen", (12, False)),
        ("tens", (10, True)),
        ("dozens", (12, True)),
        ("scores", (20, True)),
        ("hundreds", (100, True)),
        ("thousands", (1000, True)),
        ("millions", (1000000, True)),
        ("tens of thousands", (10000, True)),
        ("hundreds of thousands", (100000, True)),
        ("several", (3, True)),
        ("a few", (3, True)),
        ("several hundred", (300, True)),
        ("more than 2,000", (2000, True)),
        ("More than 2,000", (2000, True)),
        ("about 20", (20, True)),
        ("around 20", (20, True)),
        ("at least 12", (12, True)),
        ("up to 50", (50, True)),
        ("5,000 or more", (5000, True)),
    ],
)
def test_english(surface: str, expected: tuple[int, bool]) -> None:
    assert parse_number(surface, "en") == expected


@pytest.mark.parametrize(
    ("surface", "language"),
    [
        ("1.5", "en"),
        ("डेढ़", "hi"),
        ("a", "en"),
        ("protesters", "en"),
        ("अब", "hi"),
        ("", "hi"),
        ("20 लोग", "hi"),
    ],
)
def test_not_one_whole_number(surface: str, language: str) -> None:
    assert parse_number(surface, language) is None


def test_hindi_words_cover_zero_to_hundred() -> None:
    data = topic("hi", Numbers)
    values = {*data.units.values(), *(v for v in data.multipliers.values() if v <= 100)}
    assert values == set(range(101))
    for word, value in data.units.items():
        assert parse_number(word, "hi") == (value, False), word


def test_find_numbers_offsets_and_cues() -> None:
    text = fold("झड़पों में दर्जनों प्रदर्शनकारी और लगभग 20 सुरक्षाकर्मी, कुल 2,00,000 लोग")
    found = [(text[n.start : n.end], n.value, n.approx) for n in find_numbers(text, "hi")]
    assert found == [("दर्जनों", 12, True), ("लगभग 20", 20, True), ("2,00,000", 200000, False)]


def test_plain_numbers_in_any_digits() -> None:
    text = fold("कुल १२०० लोग और 35 बच्चे, 3.5 किलो, 007")
    found = [(text[n.start : n.end], n.value, n.approx) for n in find_numbers(text, "hi")]
    assert found == [("१२००", 1200, False), ("35", 35, False), ("007", 7, False)]


def test_find_numbers_within_bounds() -> None:
    text = "5 and 6 and 7"
    assert [n.value for n in find_numbers(text, "en", 2, 9)] == [6]


def test_separate_numbers_are_not_joined() -> None:
    text = "10 and 20 people, one of three"
    assert [n.value for n in find_numbers(text, "en")] == [10, 20, 1, 3]


def _read(text: str, language: str) -> list[tuple[str, int, bool]]:
    folded = fold(text)
    return [(folded[n.start : n.end], n.value, n.approx) for n in find_numbers(folded, language)]


def test_a_fraction_of_a_multiplier() -> None:
    assert _read("half a million dead", "en") == [("half a million", 500_000, False)]
    assert _read("up to half a million", "en") == [("up to half a million", 500_000, True)]
    assert _read("half of them", "en") == []


def test_ranges_read_at_their_low_end() -> None:
    assert _read("300-400 people", "en") == [("300-400", 300, True)]
    assert _read("300 to 400 people", "en") == [("300 to 400", 300, True)]
    assert _read("between 300 and 400 people", "en") == [("300 and 400", 300, True)]
    assert _read("three to four hundred people", "en") == [("three to four hundred", 300, True)]
    assert _read("300-400 लोग", "hi") == [("300-400", 300, True)]
    assert _read("20 से 25 लोग", "hi") == [("20 से 25", 20, True)]
    assert _read("तीन से चार सौ लोग", "hi") == [("तीन से चार सौ", 300, True)]


def test_changes_and_falling_pairs_are_no_ranges() -> None:
    assert [n.value for n in find_numbers("rose from 20 to 35", "en")] == [20, 35]
    assert [n.value for n in find_numbers("a 5-4 vote", "en")] == [5, 4]


def test_ordinals_and_words_containing_numbers_are_not_numbers() -> None:
    assert find_numbers(fold("20वें दिन दोनों दोस्त"), "hi") == []
    assert find_numbers("the 25th often someone", "en") == []


def test_language_without_data_reads_digits_only() -> None:
    assert [(n.value, n.approx) for n in find_numbers("environ 1,500 personnes, deux", "fr")] == [
        (1500, False)
    ]


def test_phrase_pattern_prefers_longest() -> None:
    import re

    pattern = re.compile(phrase_pattern(["से अधिक", "से", "से भी अधिक"]))
    assert pattern.match("से  भी अधिक").group() == "से  भी अधिक"
    assert pattern.match("से कम").group() == "से"
