"""English event arguments and types from unseen Guardian articles (branch read-en14): a by-phrase after a
participle of doing names the act's actor ("a ceasefire ordered by X", "the bombing was claimed by X"), but
not one after a participle of judging; those killed or wounded in an act, a participle with no object
after them, are its victims, never its actors; a verb after "and" shares its sentence's subject across a
complement clause with "be" but no passive in it; an attack or war vowed is a threat."""

from __future__ import annotations

import pytest

from helpers import typed_roles


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        (
            "Syrian forces launched an offensive in defiance of a nationwide ceasefire ordered by the UN "
            "security council.",
            "RETREAT",
            "UN security council",
        ),
        ("The bombing in Manbij was claimed by Islamic State.", "ASSAULT", "Islamic State"),
        ("The suicide bombing claimed by al-Shabaab killed 20 people in Mogadishu.", "ASSAULT", "al-Shabaab"),
        ("The attack has been carried out by the Taliban, police said.", "ASSAULT", "Taliban"),
    ],
)
def test_a_by_phrase_after_a_participle_of_doing_names_the_actor(text: str, kind: str, source: str) -> None:
    assert any(t == kind and s == source for t, s, _ in typed_roles(text))


def test_a_by_phrase_after_a_participle_of_telling_names_no_actor() -> None:
    roles = typed_roles("The strikes reported by the Syrian Observatory killed 12 people.")
    assert [s for t, s, _ in roles if t == "ASSAULT"] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers killed in the attack were buried on Monday.",
        "Four Kurdish fighters killed on the battlefront a day earlier were buried.",
        "He was believed to be the fifth British citizen killed while volunteering with the militia.",
        "Three policemen wounded in the clash were taken to hospital.",
    ],
)
def test_those_killed_or_wounded_are_no_actors(text: str) -> None:
    assert all(source is None for _, source, _ in typed_roles(text))


def test_a_death_verb_before_its_count_keeps_its_subject() -> None:
    assert ("ASSAULT", "Gunmen", None) in typed_roles("Gunmen killed at least 12 people in the village.")


def test_a_verb_after_and_shares_the_subject_across_a_complement_with_be() -> None:
    roles = typed_roles(
        "The president, Recep Tayyip Erdoğan, vowed on Sunday that the campaign would be over and "
        "warned Kurdish activists against staging protests."
    )
    assert ("THREATEN", "Recep Tayyip Erdoğan", "activists") in roles


def test_a_verb_after_and_shares_no_subject_with_a_passive() -> None:
    roles = typed_roles("Protesters were shot and beaten.")
    assert roles and all(source is None for _, source, _ in roles)


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish militants have vowed to wage a guerrilla war against the Turkish military.",
        "The rebels vowed to respond if attacked.",
    ],
)
def test_an_attack_or_war_vowed_is_a_threat(text: str) -> None:
    assert [t for t, _, _ in typed_roles(text)] == ["THREATEN"]


def test_a_response_vowed_to_concerns_is_no_threat() -> None:
    roles = typed_roles("The minister vowed to respond to the concerns of farmers.")
    assert "THREATEN" not in [t for t, _, _ in roles]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Moscow, which has occasionally cooperated with the Kurds, allowed Ankara in.", "COOPERATE"),
        ("Moscow has often insisted that the Kurds should have a seat at the table.", "REQUEST"),
    ],
)
def test_a_capital_acts_for_its_state_across_an_adverb(text: str, kind: str) -> None:
    assert [(t, s) for t, s, _ in typed_roles(text) if t == kind] == [(kind, "Moscow")]


def test_a_verb_after_and_shares_no_subject_with_a_progressive() -> None:
    roles = typed_roles(
        "Authorities continue the work, and are searching for the perpetrators of illegal construction and "
        "sabotaged utilities."
    )
    assert [s for t, s, _ in roles if t == "COERCE"] == [None]
