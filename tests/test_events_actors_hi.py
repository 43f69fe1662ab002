"""Hindi accusations and unnamed actors (attach-hi8): a pronoun fused with a target marker ("उन पर") names
the accused, the person named before it, who does the act alleged; the victim of that act is never the
accused; a party's faction (धड़ा) and miscreants (असामाजिक तत्व) act unnamed; a genitive actor next to a
noun that happens is its subject ("छात्रों का प्रदर्शन हुआ"), unless it is whom the noun is done to or
closes a pair of conjuncts."""

from __future__ import annotations

import pytest

from helpers import argument_texts
from khabar import extract
from khabar.schema import Event


def _events(text: str) -> list[Event]:
    return extract(text, language="hi").events


@pytest.mark.parametrize(
    "text",
    [
        "पुलिस ने राहुल शर्मा को गिरफ्तार किया. उन पर बच्चे की हत्या का आरोप है.",
        "पुलिस ने राहुल शर्मा को गिरफ्तार किया. उन पर पड़ोसी के बच्चे की हत्या का आरोप लगाया गया था.",
    ],
)
def test_a_pronoun_accused_does_the_alleged_act(text: str) -> None:
    events = _events(text)
    (killing,) = [e for e in events if e.type == "ASSAULT"]
    (accusation,) = [e for e in events if e.type == "ACCUSE"]
    assert argument_texts(killing) == ("राहुल शर्मा", "बच्चे")
    assert killing.uncertain
    assert accusation.target_text is not None and accusation.target_text.text == "राहुल शर्मा"


def test_the_first_actor_marked_as_a_target_is_the_accused() -> None:
    (accusation,) = _events("राहुल शर्मा पर पुलिस पर गोली चलाने का आरोप है.")  # the police are shot at
    assert argument_texts(accusation) == (None, "राहुल शर्मा")


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("दक्षिणपंथी धड़े ने सरकार का समर्थन किया.", ("धड़े", "सरकार")),
        ("असामाजिक तत्वों ने पुलिस पर पथराव किया.", ("असामाजिक तत्वों", "पुलिस")),
    ],
)
def test_factions_and_miscreants_act_unnamed(text: str, roles: tuple[str | None, str | None]) -> None:
    (event,) = _events(text)
    assert argument_texts(event) == roles


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("पुलिस ने महिला पर फायरिंग की.", ("पुलिस", "महिला")),
        ("पुलिस ने युवक को गिरफ्तार किया.", ("पुलिस", "युवक")),
        ("महिला आयोग ने जांच की मांग की.", (None, None)),  # a body, no woman
    ],
)
def test_one_person_known_by_sex_or_age_is_an_actor_before_a_postposition(
    text: str, roles: tuple[str | None, str | None]
) -> None:
    (event,) = _events(text)
    assert argument_texts(event) == roles


def test_the_victim_of_the_alleged_act_is_not_the_accused() -> None:
    events = _events("उन पर पड़ोसी के बच्चे की हत्या का आरोप लगाया गया था.")  # whom उन stands for is unknown
    (accusation,) = [e for e in events if e.type == "ACCUSE"]
    assert accusation.target is None


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("छात्रों का प्रदर्शन हुआ.", ("छात्रों", None)),
        ("परिजनों का समझौता होने के बाद हंगामा शांत हुआ.", ("परिजनों", None)),
        ("चरमपंथियों ने पत्रकार की हत्या की.", ("चरमपंथियों", "पत्रकार")),  # done to the genitive
    ],
)
def test_a_genitive_actor_of_a_noun_that_happens_is_its_subject(
    text: str, roles: tuple[str | None, str | None]
) -> None:
    (event,) = _events(text)
    assert argument_texts(event) == roles


def test_the_last_of_a_pair_of_conjuncts_is_not_alone_the_subject() -> None:
    text = "सरदार उजागर सिंह ने बताया. राजा इफ़्तिख़ार और उजागर सिंह की लंबी बातचीत हुई."
    (event,) = _events(text)
    assert argument_texts(event)[0] != "सिंह"  # he talked with Iftikhar: no talk of his own


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("दंतेवाड़ा में नक्सली हमले में दस जवान मारे गए.", "नक्सली"),
        ("संसद पर आतंकवादी हमले में पांच लोग मारे गए.", "आतंकवादी"),
    ],
)
def test_an_armed_group_before_an_attack_made_it(text: str, source: str) -> None:
    (attack,) = _events(text)
    assert attack.type == "ASSAULT" and argument_texts(attack)[0] == source


def test_the_group_inside_an_attack_does_not_act_in_its_clause() -> None:
    # the terrorists of "आतंकवादी हमले" are no unmarked subject of the arrest: the crime branch arrested
    events = _events("26 नवंबर के आतंकवादी हमले में अजमल के अलावा क्राइम ब्रांच ने फहीम अंसारी को भी गिरफ्तार किया है.")
    (arrest,) = [e for e in events if e.type == "COERCE"]
    assert argument_texts(arrest)[0] != "आतंकवादी"
