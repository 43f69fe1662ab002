"""The one pattern syntax of language data: brace expansion and its regular expression agree."""

from __future__ import annotations

import re

import pytest

from khabar.text.patterns import expand, to_regex

GAP = r"(?:[^\s.!?]+\s+){0,4}?"


@pytest.mark.parametrize(
    ("pattern", "phrases"),
    [
        ("arrest{,s,ed}", ["arrest", "arrests", "arrested"]),
        ("a{b,c}d{e,f}", ["abde", "abdf", "acde", "acdf"]),
        ("{said,told {reporters,the press}}{, that}", [  # nested
            "said", "said that", "told reporters", "told reporters that",
            "told the press", "told the press that",
        ]),
    ],
)  # fmt: skip
def test_expansion_and_regex_match_the_same_phrases(pattern: str, phrases: list[str]) -> None:
    assert expand(pattern) == phrases
    regex = re.compile(to_regex(pattern, gap=GAP))
    assert all(regex.fullmatch(phrase) for phrase in phrases)
    assert not regex.fullmatch("arrestes") and not regex.fullmatch("told")


def test_optional_groups_are_greedy() -> None:
    assert re.match(to_regex("said{, that}", gap=GAP), "said that he").group() == "said that"


def test_gap_any_word_and_stem() -> None:
    assert re.fullmatch(to_regex("ने ...{कहा,बताया}", gap=GAP), "ने बुधवार को कहा")
    assert re.fullmatch(to_regex("told _", gap=GAP), "told Reuters")
    assert re.fullmatch(to_regex("माफी मांग*", gap=GAP, stem=r"\S*"), "माफी मांगते")


@pytest.mark.parametrize("pattern", ["{a,b", "a}b"])
def test_unbalanced_braces_fail(pattern: str) -> None:
    with pytest.raises(ValueError, match="pattern"):
        to_regex(pattern, gap=GAP)
