"""English cooperative event types (issue 9, branch syn15), through the whole pipeline (sentences
invented here, after the wording of NGEC's synthetic dev stories): troops being moved, ties downgraded
with words between, joint projects, amounts between a light verb and its noun, and the verbs that grow
a relation or an effort ("increased cooperation")."""

from __future__ import annotations

import pytest

from helpers import FRIDAY
from khabar import extract
from khabar.schema import Article, Event


def article(text: str) -> Article:
    return extract(text, published=FRIDAY)


def events(text: str) -> list[Event]:
    return sorted(article(text).events, key=lambda e: e.start)


def types(text: str) -> list[str]:
    return [e.type for e in events(text)]


def source_name(text: str, type_: str) -> str | None:
    """The name of the source entity of the first event of ``type_``."""
    record = article(text)
    names = {e.id: e.name for e in record.entities}
    event = next(e for e in record.events if e.type == type_)
    return names.get(event.source) if event.source else None


def test_troops_being_moved_are_mobilised() -> None:
    assert types("Japan is moving dozens of soldiers into South Vietnam.") == ["MOBILIZE"]


def test_ties_downgraded_with_words_between_are_a_sanction() -> None:
    text = "Diplomatic ties between Seoul and Cyprus were downgraded indefinitely in August."
    assert types(text) == ["SANCTION"]


def test_family_ties_severed_are_no_sanction() -> None:
    text = "Thousands of citizens had their family ties with Brussels severed after the crisis."
    assert "SANCTION" not in types(text)


def test_a_joint_project_with_a_modifier_is_cooperation() -> None:
    text = "The United States and Mexico completed the first phase of a joint infrastructure project."
    assert types(text) == ["COOPERATE"]


def test_a_longer_amount_before_aid_keeps_its_giver() -> None:
    text = "The United Nations will send an extra $10 million in aid to Haiti."
    assert source_name(text, "AID") == "United Nations"


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia announced an aid package for Yemen.",
        "Saudi Arabia announced a $5 billion aid package for Yemen.",
    ],
)
def test_an_aid_package_announced_is_the_announcers_aid(text: str) -> None:
    assert source_name(text, "AID") == "Saudi Arabia"


@pytest.mark.parametrize(
    "text",
    [
        "Portugal and Austria increased cooperation on security matters.",
        "Portugal and Austria boosted cooperation on security matters.",
    ],
)
def test_cooperation_grown_is_the_growers_act(text: str) -> None:
    assert types(text) == ["COOPERATE"]
