"""A symmetric act named with a pair ("talks between A and B", "A और B के बीच बातचीत"): A acts, B
receives; a trigger's own agent marker ("X fell to Y"): Y acts on X."""

from __future__ import annotations

import pytest
from tests.test_events import article, only

from khabar import extract


@pytest.mark.parametrize(
    ("text", "language", "kind", "source", "target"),
    [
        (
            "There was a phone call between Narendra Modi and Sheikh Hasina.",
            "en",
            "CONSULT",
            "Narendra Modi",
            "Sheikh Hasina",
        ),
        ("Talks between India and China were held in Delhi on Monday.", "en", "CONSULT", "India", "China"),
        ("A meeting was held in Delhi between India and China.", "en", "CONSULT", "India", "China"),
        ("Fighting between Russia and Ukraine resumed on Monday.", "en", "ASSAULT", "Russia", "Ukraine"),
        ("भारत और चीन के बीच बातचीत हुई।", "hi", "CONSULT", "India", "China"),
        ("सोमवार को भारत और चीन के बीच दिल्ली में बातचीत हुई।", "hi", "CONSULT", "India", "China"),
    ],
)
def test_a_symmetric_act_between_a_pair_has_the_first_as_source(
    text: str, language: str, kind: str, source: str, target: str
) -> None:
    event, names = only(text, language)
    assert event.type == kind
    assert names[event.source or ""] == source and names[event.target or ""] == target


def test_a_pair_is_no_argument_of_an_act_done_by_one_to_another() -> None:
    events, names = article("Police arrested five men between Delhi and Almaty on Monday.")
    assert [e.type for e in events] == ["COERCE"]
    assert names.get(events[0].source or "") not in ("Delhi", "Almaty")


def test_a_pair_far_after_a_place_is_no_argument() -> None:
    events, _ = article("A meeting was held in Delhi near the border between India and China.")
    assert events == []  # no actor, no meeting


def test_a_pair_of_places_is_where_not_who() -> None:
    events, _ = article("Fighting between Delhi and Almaty resumed on Monday.")
    assert [e.type for e in events] == ["ASSAULT"] and events[0].source is None


def test_an_actor_found_otherwise_keeps_its_role() -> None:
    event, names = only("India held talks with China between Russia and Ukraine.")
    assert event.type == "CONSULT" and names[event.source or ""] == "India"


def test_a_pair_wins_over_an_actor_outside_it_when_the_act_was_aimed_at_one_of_the_pair() -> None:
    found = extract(
        "The resignation of US defence secretary James Mattis was triggered by a phone conversation between"
        " Donald Trump and the Turkish president, Recep Tayyip Erdoğan."
    )
    names = {e.id: e.name for e in found.entities}
    [event] = found.events
    assert (names[event.source or ""], names[event.target or ""]) == ("Donald Trump", "Turkey")


def test_whom_a_place_fell_to_seized_it() -> None:
    event, names = only("Almaty fell to Russia on Monday.")
    assert (event.type, event.mode) == ("COERCE", "seize")
    assert names[event.source or ""] == "Russia" and names[event.target or ""] == "Almaty"


@pytest.mark.parametrize("text", ["Prices fell to a record low on Monday.", "Support for Modi fell to 30%."])
def test_what_fell_to_no_actor_was_not_seized(text: str) -> None:
    events, _ = article(text)
    assert "COERCE" not in [e.type for e in events]


def test_a_pair_may_name_people_after_the_owners_of_their_titles() -> None:
    event, names = only("शेख हसीना और भारत के प्रधानमंत्री मोदी के बीच बातचीत हुई।", "hi")
    assert names[event.source or ""] == "Sheikh Hasina" and names[event.target or ""] == "Narendra Modi"
    article = extract(
        "A meeting between Russian President Vladimir Putin and Turkish President Recep Tayyip Erdoğan."
    )
    names = {e.id: e.name for e in article.entities}
    consult = next(e for e in article.events if e.type == "CONSULT")
    assert names[consult.source or ""] == "Vladimir Putin"
    assert names[consult.target or ""] == "Recep Tayyip Erdoğan"


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        (
            "Narendra Modi and Sheikh Hasina agreed on Monday to open the border.",
            "AGREE",
            "Narendra Modi",
            "Sheikh Hasina",
        ),
        ("India and China held talks in Delhi on Monday.", "CONSULT", "India", "China"),
        ("Russia and Ukraine clashed near Almaty on Monday.", "ASSAULT", "Russia", "Ukraine"),
        ("भारत और चीन ने दिल्ली में बातचीत की।", "CONSULT", "India", "China"),
    ],
)
def test_a_pair_of_subjects_of_a_reciprocal_act_acts_each_with_the_other(
    text: str, kind: str, source: str, target: str
) -> None:
    event, names = only(text, "hi" if "भारत" in text else "en")
    assert event.type == kind
    assert names[event.source or ""] == source and names[event.target or ""] == target


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Iran bombed rebel-held positions in Almaty.",  # two attackers, not two sides
        "Russia, Ukraine and Iran agreed to set up de-escalation zones.",  # a list: no one pair
    ],
)
def test_subjects_who_act_together_are_no_pair(text: str) -> None:
    events, _ = article(text)
    assert events and all(e.target is None for e in events)
