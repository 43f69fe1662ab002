"""Hindi subjects without ने (hi-subject15): a body's people or units after the body and its genitive, with no
marker of their own, are their clause's subject, and the body acts through them ("एनडीआरएफ की टीमें लोगों की
मदद कर रही हैं"); not where the noun has its own marker ("X के कार्यकर्ता पर हमला": X is attacked)."""

from __future__ import annotations

import pytest

from helpers import argument_texts
from khabar import extract


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("एनडीआरएफ की टीमें लोगों की मदद कर रही हैं.", ("एनडीआरएफ", "लोगों")),
        ("कांग्रेस के कार्यकर्ता सरकार के खिलाफ प्रदर्शन कर रहे हैं.", ("कांग्रेस", "सरकार")),
        ("भाजपा के सदस्य सरकार के खिलाफ प्रदर्शन करेंगे.", ("भाजपा", "सरकार")),
    ],
)
def test_the_owner_of_an_unmarked_subject_acts(text: str, roles: tuple[str | None, str | None]) -> None:
    (event,) = extract(text, language="hi").events
    assert argument_texts(event) == roles


def test_an_owned_noun_with_its_own_marker_is_no_subject() -> None:
    (event,) = extract("कांग्रेस के कार्यकर्ता पर हमला कर रहे हैं.", language="hi").events
    assert argument_texts(event) == (None, "कांग्रेस")


def test_a_noun_carried_is_not_received_by_its_carrier() -> None:
    """ "राहत सामग्री लेकर नेपाल पहुंची": the air force brings the relief (grammar.carrying), not takes it."""
    events = extract("भारतीय वायुसेना राहत सामग्री लेकर नेपाल पहुंची.", language="hi").events
    assert all(argument_texts(e)[1] != "भारतीय वायुसेना" for e in events)
