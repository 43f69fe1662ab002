"""Hindi taking part (hi-source): an act its clause says an actor took part in ("हमले में X ने हिस्सा
लिया", "X ने हमले में हिस्सा लिया", "मुठभेड़ में X शामिल थे") is that actor's; a name right before the
noun qualifies it and takes no part ("इशरत जहां मुठभेड़"); those involved, unnamed ("हमले में शामिल
लोगों"), are no actor, nor are those among others ("हमले में मारे गए लोगों में ... शामिल हैं"). An act
carried out ("X ने हमलों को अंजाम दिया") is its agent's: "को अंजाम" bridges the noun and its light verb."""

from __future__ import annotations

import pytest

from khabar import extract
from khabar.schema import Event


def _attacks(text: str) -> list[Event]:
    return [e for e in extract(text, language="hi").events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("उत्तर प्रदेश में रामपुर के पुलिस कैंप में फ़ायरिंग हमले में फ़हीम अंसारी ने हिस्सा लिया था.", "फ़हीम अंसारी"),
        ("अजमल कसाब ने मुंबई हमले में हिस्सा लिया था.", "अजमल कसाब"),
        ("इशरत जहां मुठभेड़ में कई पुलिस अधिकारी शामिल थे.", "पुलिस अधिकारी"),
        ("सेना ने दावा किया हमले में चरमपंथी शामिल थे.", "चरमपंथी"),
    ],
)
def test_who_took_part_in_an_act_did_it(text: str, source: str) -> None:
    (attack,) = _attacks(text)
    assert attack.source_text is not None and attack.source_text.text == source


@pytest.mark.parametrize(
    "text",
    [
        "पुलिस ने हमले में शामिल लोगों को गिरफ्तार किया.",
        "काबुल में हुए हमले में मारे गए लोगों में तीन पुलिसकर्मी शामिल हैं.",  # among the dead
    ],
)
def test_those_involved_unnamed_or_among_others_are_no_actor(text: str) -> None:
    assert all(e.source is None for e in _attacks(text))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("नाइजीरिया में पिछले छह सालों से बोको हराम ने कई चरमपंथी हमलों को अंजाम दिया है।", "बोको हराम"),
        ("पुलिस ने कहा कि चरमपंथियों ने सेना पर हमले को अंजाम दिया.", "चरमपंथियों"),
    ],
)
def test_who_carried_out_an_act_did_it(text: str, source: str) -> None:
    (attack,) = _attacks(text)
    assert attack.source_text is not None and attack.source_text.text == source
