"""Hindi event arguments: a noun taken with a light verb of taking ("X की मदद ली") is given by its
genitive and taken by the clause's agent; given ("X की मदद की") the agent gives it. A trigger closed by a
participle qualifies the actor after it ("दौरे पर पहुंचे चीनी प्रधानमंत्री"); "X के दौरे पर" visits X. A
pronoun fused with a marker the trigger aims with ("उनसे बात की") stands for the last person named."""

from __future__ import annotations

import pytest

from khabar import extract
from khabar.schema import Event


def _events(text: str) -> list[Event]:
    return extract(text, language="hi").events


def _texts(event: Event) -> tuple[str | None, str | None]:
    source = event.source_text.text if event.source_text else None
    target = event.target_text.text if event.target_text else None
    return source, target


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("पुलिस ने सेना की सहायता ली।", ("सेना", "पुलिस")),
        ("सरकार ने भी 2016 में मनमोहन सिंह की ही मदद ली थी।", ("मनमोहन सिंह", "सरकार")),
        ("अदालत ने कहा कि ज़रूरत पड़े तो इसमें पुलिस की सहायता ली जाए।", ("पुलिस", None)),
        ("अमरीका ने इसराइल की मदद की।", ("अमरीका", "इसराइल")),  # given: the agent helps
    ],
)
def test_a_noun_taken_is_given_by_its_genitive(text: str, roles: tuple[str | None, str | None]) -> None:
    (event,) = [e for e in _events(text) if e.type == "AID"]
    assert _texts(event) == roles


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("भारत के बाद पाकिस्तान के दौरे पर पहुंचे चीनी प्रधानमंत्री को भी एहसास है।", ("चीनी", "पाकिस्तान")),
        ("भारत के दौरे पर आए अमरीकी राष्ट्रपति बराक ओबामा ने कहा कि वे खुश हैं।", ("बराक ओबामा", "भारत")),
        (
            "गुरुवार को इलाके के दौरे पर गए पाकिस्तान के राष्ट्रीय आपदा एजेंसी के प्रमुख मेजर जनरल आलम सईद का"
            " हेलीकॉप्टर हमले में बच गया।",
            ("आलम सईद", None),
        ),
    ],
)
def test_a_visit_closed_by_a_participle_is_made_by_the_actor_after_it(
    text: str, roles: tuple[str | None, str | None]
) -> None:
    (event,) = [e for e in _events(text) if e.type == "CONSULT"]
    assert _texts(event) == roles


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("इसी बीच वहां अमिताभ बच्चन पहुंच गए. राज कपूर ने उनसे थोड़ी बात की, लेकिन तभी वे चले गए.", "Amitabh Bachchan"),
        ("मैंने नरेंद्र मोदी को फ़ोन किया. मैंने उनसे बंटवारे की बात की.", "Narendra Modi"),
    ],
)
def test_a_pronoun_with_a_fused_target_marker_is_the_person_before(text: str, target: str) -> None:
    article = extract(text, language="hi")
    names = {e.id: e.name for e in article.entities}
    talks = [e for e in article.events if e.triggers[0].text == "बात की"]
    assert [names.get(e.target or "") for e in talks] == [target]
