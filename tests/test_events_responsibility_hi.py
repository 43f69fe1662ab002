"""Hindi responsibility (attach-hi8): an attack whose responsibility an actor takes ("X ने हमले की
ज़िम्मेदारी ली") or is said to bear ("X ... हमलों के लिए ज़िम्मेदार है", "Y को ... के लिए ज़िम्मेदार
ठहराया") is that actor's; one denied ("किसी ने ज़िम्मेदारी नहीं ली") or of unnamed people ("हमले के लिए
ज़िम्मेदार लोगों") is no one's; "इस हमले" with only its actor gives it to the attack told before."""

from __future__ import annotations

import pytest

from khabar import extract
from khabar.schema import Event

ATTACK = "काबुल में आत्मघाती हमले में 20 लोग मारे गए. "


def _attacks(text: str) -> list[Event]:
    return [e for e in extract(text, language="hi").events if e.type == "ASSAULT"]


def _source(event: Event) -> str | None:
    return event.source_text.text if event.source_text else None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (ATTACK + "तालिबान ने इस हमले की जिम्मेदारी ली है.", "तालिबान"),
        ("काबुल में हमला हुआ. इस हमले की जिम्मेदारी इस्लामिक स्टेट के आतंकियों ने ली थी.", "आतंकियों"),
        ("सेना प्रमुख कहते हैं कि तालिबान इन हमलों के लिए ज़िम्मेदार है.", "तालिबान"),
        ("सरकार ने तालिबान को काबुल में हुए हमले के लिए जिम्मेदार ठहराया.", "तालिबान"),  # blamed, not the blamer
        (ATTACK + "अभी तक इस हमले की जिम्मेदारी किसी भी आतंकी संगठन ने नहीं ली है.", None),
    ],
)
def test_whoever_takes_or_bears_responsibility_attacked(text: str, source: str | None) -> None:
    (attack,) = _attacks(text)
    assert _source(attack) == source


def test_those_responsible_unnamed_are_no_actor() -> None:
    assert _attacks("पुलिस ने हमले के लिए जिम्मेदार लोगों को गिरफ्तार किया.") == []
