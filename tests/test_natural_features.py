"""Natural features and sites (rivers, mountains, air bases, bazaars) are places, found by a head word of
their language (``place_heads``, ``lower_place_heads``, ``place_openers`` in ``names.yaml``), named
and named again bare ("the Cauvery")."""

from __future__ import annotations

import pytest

from khabar import extract
from khabar.schema import Entity


def _places(text: str) -> dict[str, Entity]:
    """The article's places by the surface of each mention."""
    return {text[m.start : m.end]: e for e in extract(text).entities if e.type == "PLACE" for m in e.mentions}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Divers searched the River Severn after a man went missing.", "River Severn"),
        ("Police found a body in the Yamuna river on Monday.", "Yamuna river"),
        ("Militants fled into the Hindu Kush mountains after the attack.", "Hindu Kush mountains"),
        ("The strike hit Shayrat airbase on Friday.", "Shayrat airbase"),
        ("US troops left Bagram Air Base on Friday.", "Bagram Air Base"),
        ("Shoppers fled the Grand Bazaar after the blast.", "Grand Bazaar"),
    ],
)
def test_a_natural_feature_or_a_site_is_a_place_by_its_head_word(text: str, place: str) -> None:
    """A river ("River X", "X river"), an air base, a bazaar: a place, not a person or nothing."""
    assert place in _places(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Sanders camp said it would appeal the ruling.",  # a candidate's staff, no place
        "He cited the Inter-State River Water Disputes Act of 1956.",  # a law, though "River" opens it
    ],
)
def test_a_head_word_that_names_a_body_or_a_law_makes_no_place(text: str) -> None:
    assert not _places(text)


def test_a_feature_named_with_its_head_word_is_the_same_place_at_its_bare_name() -> None:
    """A river: "the Cauvery river" makes a later "The Cauvery" (after a capitalised "The") the same place."""
    text = "Farmers near the Cauvery river said the water had risen. The Cauvery dispute continued."
    places = _places(text)
    assert places["Cauvery"] is places["Cauvery river"]


def test_a_peoples_word_before_a_lower_case_head_names_no_place() -> None:
    """A word of a people or a faith (``group_words``) right before a lower-case head names no place."""
    assert not _places("He is now being held in a Kurdish prison.")
    assert not _places("Worshippers left a Sunni mosque on Friday.")


def test_a_name_prefix_opens_a_places_name_that_a_head_word_ends() -> None:
    """A capitalised name prefix, a stopword elsewhere ("New", "East"), opens a street's or a forest's
    name ("New Road", "East Street", "New Forest"); not a year's ("The New Year began")."""
    places = _places("He owned a shop on Middletown's New Road. Police shut East Street and the New Forest.")
    assert {"New Road", "East Street", "New Forest"} <= set(places)
    assert not _places("The New Year began on a Monday.")


def test_a_feature_without_a_point_takes_a_country_only_where_the_article_names_one() -> None:
    """A sea or an air base the gazetteer lacks may lie anywhere: it takes the country of the article's
    places only in a local story (nearly all of them in one); a street takes it whatever else is named."""
    many = "Russia, Iran and Turkey met in the Black Sea resort of Sochi to discuss Syria."
    assert _places(many)["Black Sea"].country is None
    one = "Floods closed roads near the Kanawha River in Charleston, West Virginia."
    assert _places(one)["Kanawha River"].country == "USA"
    street = "Protesters from Syria and Turkey marched on Royal Street in New Orleans."
    assert _places(street)["Royal Street"].country == "USA"


def test_a_strait_is_a_feature_and_takes_no_country_from_a_story_of_many() -> None:
    text = "A boy died near the Turkish resort of Bodrum. Many cross the Strait of Gibraltar to Spain."
    assert _places(text)["Strait of Gibraltar"].country is None  # it had been Turkey's
