"""English event precision (issue 9, branch prec-en), through the whole pipeline (sentences invented
here): counts on the event whose clause states them, sentences handed down, acts others believe
happened or one risks undergoing, the nouns of recruiting, allies in a fight, and more wordings of police
inaction."""

from __future__ import annotations

import pytest

from helpers import FRIDAY, argument_texts
from khabar import extract
from khabar.schema import Event


def events(text: str) -> list[Event]:
    return sorted(extract(text, published=FRIDAY).events, key=lambda e: e.start)


def by_mode(text: str) -> dict[str | None, Event]:
    return {e.mode: e for e in events(text)}


# --- counts belong to the event whose clause states them -----------------------------------------


def test_a_death_told_beside_arrests_is_not_the_arrests() -> None:
    found = by_mode("Hundreds were killed and hundreds arrested in the crackdown.")
    assert found["arrest"].counts == {"arrested": 100} and not found["arrest"].fatal
    assert found["repression"].counts == {"killed": 100} and found["repression"].fatal


def test_a_killing_is_not_the_sentence_handed_down_for_it() -> None:
    (sentence,) = events("Three men were sentenced to death for the killing of the policeman.")
    assert sentence.type == "COERCE" and not sentence.fatal and "killed" not in sentence.counts


def test_a_death_with_an_arrest_only_is_no_event() -> None:
    # no violent act in the sentence can carry the dead: the arrest keeps its own count only
    (arrest,) = events("Dozens of protesters were killed and 200 were arrested.")
    assert arrest.mode == "arrest" and arrest.counts == {"arrested": 200}


def test_a_killing_still_goes_to_the_attack_of_its_sentence() -> None:
    (attack,) = events("Five people were killed in a bomb attack in Kabul.")
    assert attack.type == "ASSAULT" and attack.counts == {"killed": 5}


# --- sentences handed down ------------------------------------------------------------------------


def test_those_sentenced_are_counted() -> None:
    (sentence,) = events("An Egyptian court sentenced 683 people to death on Monday.")
    assert (sentence.type, sentence.mode, sentence.counts) == ("COERCE", "arrest", {"arrested": 683})
    (passive,) = events("683 people were sentenced to death.")
    assert passive.counts == {"arrested": 683}


# --- acts others believe happened -----------------------------------------------------------------


def test_an_act_thought_or_believed_to_have_happened_is_uncertain() -> None:
    assert events("The gunman is thought to have killed five people.")[0].uncertain
    assert events("The militants are believed to have kidnapped 20 villagers.")[0].uncertain
    assert events("Iran is widely believed to be supporting the Houthis.")[0].uncertain
    assert not events("The gunman killed five people.")[0].uncertain


def test_a_hedge_doubts_only_the_acts_after_it_in_its_clause() -> None:
    text = "The hostage was freed on Monday: the government is believed to have paid a ransom."
    freed = next(e for e in events(text) if e.type == "RETREAT")
    assert not freed.uncertain
    # who one is believed to be is no doubt about what was done to him (read-en14: by its actor; one
    # "killed in Syria" by no one named is a death that joins no violent event, so none)
    (killing,) = events("He was believed to be the fifth British citizen killed by Islamic State in Syria.")
    assert not killing.uncertain


def test_what_one_risks_undergoing_is_possible() -> None:
    text = "A Briton on the wrong side risks being executed by an RAF drone."
    assert [e.modality for e in events(text)] == ["possible"]


# --- the nouns of recruiting ----------------------------------------------------------------------


def test_recruits_as_a_noun_is_no_recruiting() -> None:
    assert events("New recruits were being trained in Kiev.") == []
    assert events("Other western recruits have acted as propagandists.") == []
    (recruiting,) = events("Isis recruits foreign fighters online.")
    assert recruiting.type == "MOBILIZE"


# --- allies in a fight ----------------------------------------------------------------------------


def test_one_fought_with_against_another_is_an_ally() -> None:
    (fight,) = events("Kurdish fighters fought with US troops against Islamic State.")
    assert argument_texts(fight) == ("fighters", "Islamic State")


def test_one_fought_with_is_the_foe_without_another() -> None:
    (fight,) = events("Police fought with protesters in Paris.")
    assert argument_texts(fight) == ("Police", "protesters")


def test_a_partner_in_a_battle_is_no_ally_in_a_fight() -> None:
    text = "The US has long partnered with Syrian Kurdish-led forces in the battle against Isis."
    partnership = next(e for e in events(text) if e.type == "COOPERATE")
    assert argument_texts(partnership)[1] != "Isis"


# --- police inaction, more wordings ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the police did not fire a single shot to disperse the mob.",
        "not a single bullet was fired by the police even as the mob set houses on fire.",
        "policemen posted in the area fled when the mob arrived.",
        "the police did not provide any protection to the minority community.",
        "the police abandoned the area when the mob arrived.",
        "the police never reached the village.",
        "the police asked the victims to fend for themselves.",
        "the police took part in the looting.",
        "the police filed a false case against the victims.",
        "the police diluted the charges against the accused.",
        "the police refused to take down the names of the accused.",
        "the police have not yet filed a chargesheet.",
    ],
)
def test_more_wordings_of_police_inaction(text: str) -> None:
    assert any(e.negated and e.type == "COERCE" and e.mode == "repression" for e in events(text))


@pytest.mark.parametrize(
    "text",
    [
        "police said the suspect took part in the attack on the temple.",
        "police said the accused had filed a false case against his neighbour.",
        "the police reached the spot within minutes and dispersed the mob.",
        "police have filed a chargesheet against 20 accused.",
    ],
)
def test_police_words_that_tell_no_inaction(text: str) -> None:
    assert not [e for e in events(text) if e.negated]


# --- a participle with no object -------------------------------------------------------------------


def test_a_participle_right_before_a_preposition_is_a_reduced_passive() -> None:
    text = "Over 250 activists arrested from different parts of the city were released on bail."
    (arrest,) = events(text)[:1]
    assert arrest.mode == "arrest" and argument_texts(arrest) == (None, "activists")


def test_a_participle_after_a_subject_pronoun_stays_active() -> None:
    (capture,) = events("The United States will not take back fighters that we captured in Syria.")[-1:]
    assert argument_texts(capture)[1] is None


def test_a_participle_before_a_time_keeps_its_object_after() -> None:
    (capture,) = events("Yemeni government forces captured on Monday the port of Mokha.")
    assert argument_texts(capture) == ("Yemeni government forces", "Mokha")


def test_a_harm_beside_an_arrest_goes_to_no_act_of_the_sentence_before() -> None:
    found = events("Police recovered a grenade from them. A suspect was injured before he was arrested.")
    assert [(e.type, e.mode, e.counts) for e in found] == [("COERCE", "arrest", {})]


@pytest.mark.parametrize(
    "text",
    ["Their relatives are either dead or injured in the riots.", "The villagers were killed or injured."],
)
def test_those_dead_or_injured_did_not_do_it(text: str) -> None:
    """A participle after "or" shares the passive before it: its subject undergoes it, no actor."""
    assert all(e.source is None for e in events(text))


def test_a_verb_after_or_with_an_actor_stays_active() -> None:
    (arrest,) = events("Police detained or arrested 20 students.")
    assert argument_texts(arrest)[:2] == ("Police", "students")


def test_those_accused_are_not_the_accusers() -> None:
    """A participle of accusing right before its preposition is a reduced passive: no accuser."""
    found = events("Yago Riedijk said he was tortured. He faces the men accused of torturing him.")
    assert [e.source for e in found if e.type == "ACCUSE"] == [None]
    (accusation,) = [e for e in events("Iran accused Israel of the attack.") if e.type == "ACCUSE"]
    assert argument_texts(accusation) == ("Iran", "Israel")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The UK has already blamed on the Kremlin the poisoning.", ("UK", "Kremlin")),
        ("Russian officials have complained to counterparts in Turkey.", ("Russian officials", None)),
    ],
)
def test_a_perfect_or_a_complaint_is_no_reduced_passive(text: str, expected: tuple) -> None:
    (accusation,) = [e for e in events(text) if e.type == "ACCUSE"]
    assert argument_texts(accusation) == expected


@pytest.mark.parametrize(
    ("text", "kind", "target"),
    [
        ("Russia, accused of meddling in the vote, denied it.", "ACCUSE", "Russia"),
        ("Ghislaine Maxwell, charged with trafficking, pleaded not guilty.", "ACCUSE", "Ghislaine Maxwell"),
        ("The activists, arrested in Minsk on Monday, were freed.", "COERCE", "activists"),
    ],
)
def test_a_participle_opening_an_aside_is_done_to_the_noun_before(text: str, kind: str, target: str) -> None:
    """ "X, accused of ...,": X is accused, not the accuser."""
    (event,) = [e for e in events(text) if e.type == kind]
    assert argument_texts(event) == (None, target)


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("Experts say chemical weapons remain a threat.", 0),
        ("Assad's chemical weapons arsenal was shipped abroad in 2014.", 0),
        ("Sarin was dropped on Khan Sheikhoun, killing 80.", 1),
        ("April’s chlorine gas atrocity in Douma shocked the world.", 1),
    ],
)
def test_a_weapon_named_alone_is_no_attack(text: str, events: int) -> None:
    assert len([e for e in extract(text).events if e.type == "ASSAULT"]) == events
