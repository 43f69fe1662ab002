"""A generic actor of the foreign ("विदेशी सैनिक", "foreign troops") takes no country from the
places of its sentence or story (sentences invented here)."""

from __future__ import annotations

import pytest

from khabar import extract


def _country_of(text: str, name: str) -> str | None:
    (actor,) = [e for e in extract(text).entities if e.type == "GROUP" and e.name == name]
    return actor.country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("अफगानिस्तान के हेलमंद प्रांत में आत्मघाती हमलावर ने विदेशी सैनिकों पर हमला कर दिया।", "soldiers"),
        ("A suicide bomber attacked foreign troops in Helmand province of Afghanistan on Monday.", "troops"),
    ],
)
def test_foreign_soldiers_are_of_no_country_of_the_place(text: str, name: str) -> None:
    assert _country_of(text, name) is None


def test_soldiers_unqualified_are_of_the_place() -> None:
    text = "अफगानिस्तान के हेलमंद प्रांत में आत्मघाती हमलावर ने सैनिकों पर हमला कर दिया।"
    assert _country_of(text, "soldiers") == "AFG"
