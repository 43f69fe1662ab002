"""Where an event happens: a locative place of its clause, or, for an act done at what it is aimed at
(an attack, a seizure), the place it is aimed at, finer than a country the clause names; never for a
protest or a demand aimed at a place, which are made elsewhere."""

from __future__ import annotations

import pytest

from khabar import extract


def _places(text: str) -> list[tuple[str, str | None]]:
    """Each event's type with the name of its place."""
    record = extract(text)
    names = {e.id: e.name for e in record.entities}
    return [(e.type, names.get(e.location or "")) for e in record.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attack on Aleppo killed 40 people.", ("ASSAULT", "Aleppo")),
        ("Russian jets bombed Aleppo in Syria on Monday.", ("ASSAULT", "Aleppo")),
        ("Kurdish militias shelled the Turkish province of Kilis in response.", ("ASSAULT", "Kilis")),
        ("Syrian forces took control of Deraa in July.", ("COERCE", "Deraa")),
        ("आतंकवादियों ने श्रीनगर पर हमला किया।", ("ASSAULT", "Srinagar")),
        # a country the aimed place is not in keeps the clause's place
        ("Militants carried out attacks on Europe in Britain last year.", ("ASSAULT", "United Kingdom")),
        # ... nor a place in another country, where it cannot have happened
        (
            "Russia and Turkey negotiated a deal in Moscow to avoid a regime assault on Idlib.",
            ("ASSAULT", "Idlib"),
        ),
        # a protest aimed at a place is made elsewhere
        ("Protesters marched on Delhi on Monday.", ("PROTEST", None)),
    ],
)
def test_an_act_aimed_at_a_place_happens_there(text: str, expected: tuple[str, str | None]) -> None:
    assert expected in _places(text)


def test_a_particle_the_trigger_ends_in_marks_no_actor() -> None:
    record = extract("The coalition took over Raqqa after a campaign of bombardment.")
    names = {e.id: e.name for e in record.entities}
    (seizure,) = [e for e in record.events if e.type == "COERCE"]
    assert names.get(seizure.target or "") == "Raqqa"
    assert names.get(seizure.location or "") == "Raqqa"
