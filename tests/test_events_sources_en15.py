"""English event sources from Guardian phrasing (branch en-source15): a verb joined to another in a
subordinate clause acts with that clause's subject, and one joined to a verb of saying with its speaker;
a modifier word before an irregular past verb or a noun of an act it does is its actor ("the regime took
over", "regime massacres"); who is released is the genitive of the release; a count before a participle
joined to a passive undergoes it ("were killed and 45 injured"); a country before a scene noun ("the
Syrian war") is where, no actor."""

from __future__ import annotations

import pytest

from helpers import typed_roles


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        # the subject of the subordinate clause the joined verb is in, not the sentence's first actor
        (
            "The call with Putin came after Erdogan earlier spoke to Donald Trump on the phone and also "
            "exchanged views on Syria.",
            "CONSULT",
            "Erdogan",
        ),
        # a verb joined to a verb of saying: its speaker acts
        ("Jeremy Corbyn said and urged Theresa May to consult MPs.", "REQUEST", "Jeremy Corbyn"),
        # a modifier word before an irregular past verb is an actor, not a modifier of a noun
        ("Since the regime took over Aleppo in 2016, few have questioned his recovery.", "COERCE", "regime"),
        # ... and before a noun of an act it does
        ("The army denied regime massacres in Hama.", "ASSAULT", "regime"),
        (
            "After the rebel surrender in the south, two regions stayed outside its control.",
            "RETREAT",
            "rebel",
        ),
    ],
)
def test_the_source_is_read(text: str, kind: str, source: str) -> None:
    assert any(t == kind and s == source for t, s, _ in typed_roles(text)), typed_roles(text)


def test_a_speaker_is_no_shared_subject_of_a_verb_after_a_reported_clause() -> None:
    """Only a verb of saying right before the conjunction gives its speaker: here the reported clause's
    subject acts, as before."""
    roles = typed_roles("Police said militants attacked the base and killed five guards.")
    assert ("ASSAULT", "militants", None) in roles


def test_the_genitive_of_a_release_is_who_is_freed() -> None:
    roles = typed_roles(
        "The siege has been lifted after a deal to displace the population in exchange for the release of "
        "regime prisoners was completed."
    )
    assert ("RETREAT", None, "regime prisoners") in roles or ("RETREAT", None, "prisoners") in roles, roles


def test_a_counted_participle_joined_to_a_passive_undergoes_it() -> None:
    """ "were killed and 45 injured": the civilians are no actor of the injuring."""
    roles = typed_roles("At least 10 civilians were killed and 45 injured.")
    assert not any(s == "civilians" for _, s, _ in roles), roles
    roles = typed_roles("Ten soldiers were killed and 45 wounded by the militants.")
    assert any(s == "militants" and t == "soldiers" for _, s, t in roles), roles


@pytest.mark.parametrize(
    "text",
    ["Stopping the Syrian carnage is a moral imperative.", "The Syrian war has killed 400,000 people."],
)
def test_a_country_before_a_scene_noun_is_where_not_who(text: str) -> None:
    """ "the Syrian war", "the Syrian carnage": Syria is where it goes on, no actor of it."""
    assert not any(s == "Syrian" for _, s, _ in typed_roles(text)), typed_roles(text)


def test_a_country_before_a_noun_of_its_own_act_still_acts() -> None:
    assert ("ASSAULT", "Syrian", None) in typed_roles("Syrian airstrikes hit the town.")
