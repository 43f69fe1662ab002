"""English event arguments (branch attach-en7): a participle joined to a passive by "and" is passive too;
the later conjuncts of a list a preposition opens are not the verb's subject; an "according to" aside
between subject and verb and an aside inside "responsible ... for" keep the subject; the genitive of a
gerund of harm is its victim, never its actor; a verb right after a conjunction shares its sentence's
subject; a cleft's focus acts ("it was Russian vetoes that blocked")."""

from __future__ import annotations

from khabar import extract
from khabar.schema import Event


def _roles(text: str) -> list[tuple[str, str | None, str | None]]:
    """Each event's type with the texts of its source and target."""
    return [(e.type, _text(e.source_text), _text(e.target_text)) for e in extract(text, language="en").events]


def _text(span: object) -> str | None:
    return getattr(span, "text", None)


def _only(text: str) -> Event:
    (event,) = extract(text, language="en").events
    return event


def test_a_participle_coordinated_with_a_passive_is_passive() -> None:
    roles = _roles("Two British aid workers have been tortured and murdered in Syria.")
    assert roles and all(source is None for _, source, _ in roles)  # the victims are nobody's source
    assert ("ASSAULT", None, "workers") in roles


def test_the_later_conjuncts_of_a_marked_list_are_no_subject() -> None:
    roles = _roles("Courts in France, Germany and Sweden have convicted Syrian officers of torture.")
    assert ("ACCUSE", "Courts", "Syrian") in roles
    # a comma after the conjunction closes a fronted phrase, not a list: Trump sides
    (event,) = _roles(
        "To the surprise of Bolton and Erdoğan, Trump instantly sided with the Turkish president."
    )
    assert event[1] == "Trump"


def test_an_according_to_aside_between_subject_and_verb_keeps_the_subject() -> None:
    event = _only("Syrian forces, according to Amnesty, attacked Homs on Monday.")
    assert (event.type, _text(event.source_text)) == ("ASSAULT", "Syrian forces")


def test_an_aside_inside_a_cue_of_responsibility_keeps_it() -> None:
    event = _only(
        "Syrian military officers were responsible, directly or indirectly, for the killing of protesters."
    )
    assert _text(event.source_text) == "Syrian military officers"


def test_the_genitive_of_a_gerund_of_harm_is_its_victim() -> None:
    event = _only("The torturing of prisoners by the regime continued.")
    assert (_text(event.source_text), _text(event.target_text)) == ("regime", "prisoners")
    # a gerund of another act keeps its genitive as its actor
    event = _only("The town was later reclaimed by the government with the backing of Russian forces.")
    assert (event.type, _text(event.source_text)) == ("SUPPORT", "Russian forces")


def test_a_verb_joined_by_a_conjunction_shares_the_sentence_subject() -> None:
    text = (
        "He said the militants who remained appeared to be among the elite who have lots of experience"
        " and are fighting hard."
    )
    assert ("ASSAULT", "militants", None) in _roles(text)
    # not after a passive (the subject undergoes the second verb too), nor across nouns joined
    assert all(
        source is None for _, source, _ in _roles("The two men were detained in 2015 and later killed.")
    )
    text = "Rebels are trying to negotiate with Russia as the enclave shrinks under airstrikes and attacks."
    assert not any(t == "ASSAULT" and source for t, source, _ in _roles(text))


def test_a_cleft_focus_is_the_relative_clause_subject() -> None:
    roles = _roles("It was Russian vetoes that blocked the resolution on Syria.")
    assert roles == [("REJECT", "Russian", "Syria")]  # the vetoes are Russia's, not done to it
    assert _roles("It was the Syrian army that shelled the town.") == [("ASSAULT", "Syrian army", None)]
