"""Hindi requests (hi-source): whom one asks may stand anywhere before the noun of asking ("X ने लोगों
से घरों से बाहर नहीं निकलने की अपील की": the people), but not in a phrase set before the agent ("बीबीसी
से बातचीत में X ने ... की मांग की": the BBC is asked nothing); a fronted target of another marker
stays ("X के ऊपर पुलिस ने मामला दर्ज किया")."""

from __future__ import annotations

import pytest

from khabar import extract
from khabar.schema import Event


def _events(text: str, kind: str) -> list[Event]:
    return [e for e in extract(text, language="hi").events if e.type == kind]


def _target(event: Event) -> str | None:
    return event.target_text.text if event.target_text else None


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("ह्यूस्टन के मेयर सिल्वेस्टर टर्नर ने लोगों से घरों से बाहर नहीं निकलने की अपील की है.", "लोगों"),
        ("पूर्व मुखिया सोएव आलम ने जिला प्रशासन से उचित मुआवजा देने की मांग की है.", "प्रशासन"),
        ("बीबीसी से बातचीत में कांग्रेस के नेता राहुल गांधी ने जांच की मांग की.", None),
        ("अमरीका से लौटने के बाद राहुल गांधी ने जांच की मांग की.", None),
    ],
)
def test_whom_one_asks(text: str, target: str | None) -> None:
    (request,) = _events(text, "REQUEST")
    assert _target(request) == target


def test_a_fronted_target_of_another_marker_stays() -> None:
    text = "धनंजय सिंह की पत्नी जागृति सिंह के ऊपर दिल्ली पुलिस ने साक्ष्य मिटाने का मामला दर्ज किया है."
    (accusation,) = _events(text, "ACCUSE")
    assert _target(accusation) == "जागृति सिंह"
