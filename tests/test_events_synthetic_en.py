"""English event types that generalise (issue 9, branch syn-type), through the whole pipeline
(sentences invented here, after the wording of NGEC's synthetic dev stories): words that name no act
where they are a name, a comment declined, a plea to a charge, a report published, what nature strikes
or destroys, a problem combated or an abbreviation's hyphened participle; a news blackout; and what one
became the first to do."""

from __future__ import annotations

import pytest

from helpers import FRIDAY
from khabar import extract


def types(text: str) -> list[str | None]:
    return [e.type for e in sorted(extract(text, published=FRIDAY).events, key=lambda e: e.start)]


def test_a_participle_hyphened_to_an_abbreviation_is_an_adjective() -> None:
    assert types("U.S.-backed rebels agreed to stop shooting at government troops.")[0] == "AGREE"
    assert "SUPPORT" not in types("The governments approved a U.N.-backed treaty on fishing.")


@pytest.mark.parametrize(
    "text",
    [
        "The Foreign Office declined to comment on the report.",
        "The ministry refused to comment on the allegations.",
        "Both men refused to answer any questions about Isis.",
    ],
)
def test_a_comment_declined_rejects_nothing(text: str) -> None:
    assert types(text) == []


def test_a_refusal_to_act_is_still_a_rejection() -> None:
    assert types("The ministry refused to release the prisoners.") == ["REJECT"]


@pytest.mark.parametrize(
    "text",
    [
        "Former congressman Mark Souder pleaded guilty to fraud on Monday.",
        "The 9th U.S. Circuit Court of Appeals ruled that the ban was lawful.",
    ],
)
def test_a_plea_to_a_charge_or_a_court_of_appeals_asks_nothing(text: str) -> None:
    assert types(text) == []
    assert types("The court of appeals sentenced him to two years in prison.") == ["COERCE"]


def test_an_appeal_to_an_actor_is_still_a_request() -> None:
    assert types("The UN appealed to both sides to stop fighting.") == ["REQUEST"]
    assert types("The mother pleaded with the kidnappers to release her son.") == ["REQUEST"]


def test_a_report_released_frees_no_one() -> None:
    text = "A report released by the ministry of labour alleges that companies cheated their workers."
    assert "RETREAT" not in types(text)
    assert types("The ministry released a new report on detained activists.") == []
    assert types("Israel released 20 prisoners on Monday, a statement said.") == ["RETREAT"]


@pytest.mark.parametrize(
    "text",
    [
        "A devastating typhoon has struck northern China, killing more than 400 people.",
        "Their homes were destroyed by a cyclone on Tuesday.",
        "The Supreme Court struck down the law on Tuesday.",
    ],
)
def test_what_nature_strikes_or_destroys_is_no_act(text: str) -> None:
    assert types(text) == []


def test_what_armed_actors_strike_or_destroy_still_is() -> None:
    assert types("Israeli warplanes struck targets in Gaza on Monday.") == ["ASSAULT"]
    assert types("The army destroyed the homes of the suspects.") == ["COERCE"]


@pytest.mark.parametrize(
    "text",
    [
        "The governments of Chad and Niger are expanding cooperation in a bid to combat the smuggling crisis"
        " in the Sahel.",
        "The president spoke last month about the need to combat terrorism and extremism in a speech"
        " to parliament.",
    ],
)
def test_a_problem_combated_is_no_fighting(text: str) -> None:
    assert "ASSAULT" not in types(text)


def test_combat_between_actors_is_still_fighting() -> None:
    assert types("Two soldiers were killed in combat on Monday.") == ["ASSAULT"]


def test_a_news_blackout_imposed_is_censorship() -> None:
    (event,) = extract("The government imposed a new media blackout on Monday.", published=FRIDAY).events
    assert (event.type, event.mode) == ("COERCE", "censor")


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Greece became the latest European country to downgrade relations with Liberia.", "SANCTION"),
        ("Andorra became one of the first countries to impose sanctions on Russia.", "SANCTION"),
        ("Johnson became the first British foreign secretary to visit the country.", "CONSULT"),
    ],
)
def test_what_one_became_the_first_to_do_is_told(text: str, told: str) -> None:
    assert types(text) == [told]


@pytest.mark.parametrize(
    "text",
    [
        "It was the last chance to strike a deal with Iran.",
        "It was the first step to impose sanctions on Iran.",
    ],
)
def test_a_chance_or_a_step_to_act_is_no_act(text: str) -> None:
    assert types(text) == []


def test_a_fight_against_no_actor_is_no_attack_even_with_actors_around() -> None:
    assert types("Nigeria and Ghana agreed to cooperate in the fight against terrorism.") == ["AGREE"]


def test_a_fight_against_an_actor_is_still_an_attack() -> None:
    assert types("Kurdish forces have led the fight against Isis in northern Syria.") == ["ASSAULT"]
    text = "Government forces used chemical weapons in their battles to take over opposition-held areas."
    assert types(text) == ["ASSAULT", "ASSAULT"]
