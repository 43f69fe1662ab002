"""A happening told again by a definite noun ("the attack") with no actor of its own joins the one
event of its type told shortly before, with that event's actor, when that is unambiguous
(``extractors.events.earlier``); sentences invented here."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import argument_texts
from khabar import extract
from khabar.schema import Event


def _assaults(text: str) -> list[Event]:
    events = extract(text, language="en", published=date(2019, 3, 4)).events
    return [e for e in events if e.type == "ASSAULT"]


def test_the_attack_told_again_is_one_event_with_the_earlier_actor() -> None:
    text = (
        "Gunmen stormed a mosque in Mubi on Friday, witnesses said. Residents fled into the bush.\n"
        "The attack killed 50 worshippers, a local official said."
    )
    (attack,) = _assaults(text)
    assert argument_texts(attack) == ("Gunmen", "worshippers")
    assert attack.counts == {"killed": 50}
    assert [t.text for t in attack.triggers] == ["stormed", "attack"]
    # the sentence that tells it again, then who said so (a generic official is a speaker)
    assert [e.text for e in attack.evidence[-2:]] == [
        "The attack killed 50 worshippers, a local official said.",
        "official said",
    ]


def test_a_place_between_the_article_and_the_noun_still_refers_back() -> None:
    text = (
        "Boko Haram militants attacked a market in Maiduguri on Sunday. Soldiers arrived an hour later. "
        "The Maiduguri attack killed 12 traders."
    )
    (attack,) = _assaults(text)
    assert argument_texts(attack)[0] == "Boko Haram militants" and attack.counts == {"killed": 12}


def test_a_day_s_attack_refers_back_to_the_attack_of_that_day() -> None:
    text = "Boko Haram attacked a market in Maiduguri on Sunday. Traders fled. Sunday's attack killed 12."
    (attack,) = _assaults(text)
    assert argument_texts(attack)[0] == "Boko Haram" and attack.counts == {"killed": 12}


@pytest.mark.parametrize(
    "text",
    [
        # another day: another attack
        "Boko Haram attacked a market in Maiduguri on Sunday. Traders fled. Saturday's attack killed 12.",
        # two attacks by two actors: which one is meant is not told
        "Boko Haram attacked a market in Maiduguri on Sunday. Soldiers attacked a camp in Bama on Monday. "
        "The attack killed 12 traders.",
        # told too long before
        "Boko Haram attacked a market in Maiduguri on Sunday. Traders fled. Shops closed. Prices rose. "
        "Roads were empty. Schools shut. The attack killed 12 traders.",
        # another target: another happening
        "Police fired on protesters in Lagos on Monday. Residents fled. The attack on journalists drew "
        "condemnation.",
        # a place the earlier event is not told at
        "Boko Haram militants attacked a market on Sunday. The attack in Kano killed 12 traders.",
    ],
)
def test_an_ambiguous_or_far_noun_is_no_reference(text: str) -> None:
    attacks = _assaults(text)
    assert len(attacks) >= 2 and attacks[-1].source is None


@pytest.mark.parametrize(
    "text",
    [
        "इस्लामिक स्टेट ने लीबिया की सेना पर आत्मघाती हमला किया, 32 जवानों की मौत। "
        "इस्लामिक स्टेट ने 5 मई को भी इसी क्षेत्र में हमला किया था।",
        "Islamic State attacked the Libyan army, killing 32 soldiers. "
        "Islamic State also attacked the area on 5 May.",
    ],
)
def test_an_act_told_again_at_another_time_is_a_second_act(text: str) -> None:
    """ "on 5 May too": another attack than the news', which keeps its toll and takes no old date."""
    events = extract(text, published=date(2019, 2, 18)).events
    assert [(e.counts.get("killed"), e.date) for e in events] == [(32, "2019-02-18"), (None, "2018-05-05")]


def test_an_additive_word_of_the_sentence_before_tells_no_other_time() -> None:
    """ "They came too." ends its sentence: the attack after it is told once, as the news."""
    text = "They came too. Gunmen attacked a mosque in Mubi on Friday. The attack killed 50 worshippers."
    (attack,) = _assaults(text)
    assert attack.counts == {"killed": 50} and len(attack.triggers) == 2
