"""Hindi genitive pronouns (उनकी, उसके): before a noun done to someone they name its victim, the last
person named before them ("उनकी हत्या", "उनकी तारीफ़ हुई"; not the genitive of a noun predicate, "पुलिस
पर उनका हमला हुआ", nor one that keeps a marked target from it); with the words after them that make a
longer marker they carry that marker ("उनके साथ मारपीट": aimed at them; "उनके सामने": no target); giving
a noun taken they stand for a person named before their clause, never its agent ("मोदी सरकार ने उनकी
मदद ली"). A first-person one (मुझे, हमारी) is the speaker of the quotation or claim that holds it, if
not the source."""

from __future__ import annotations

import pytest

from khabar import extract


def _roles(text: str, kind: str) -> list[tuple[str | None, str | None]]:
    article = extract(text, language="hi")
    names = {e.id: e.name for e in article.entities}
    return [(names.get(e.source or ""), names.get(e.target or "")) for e in article.events if e.type == kind]


@pytest.mark.parametrize(
    ("text", "kind", "target"),
    [
        ("पुलिस ने रमेश यादव को पकड़ा. बाद में उसकी पिटाई की गई.", "ASSAULT", "Ramesh Yadav"),
        ("नरेंद्र मोदी आज दिल्ली आए. कल उनकी तारीफ़ हुई.", "SUPPORT", "Narendra Modi"),
        ("अमिताभ बच्चन घर लौटे. भीड़ ने उनके साथ मारपीट की.", "ASSAULT", "Amitabh Bachchan"),
    ],
)
def test_a_genitive_pronoun_before_a_noun_done_to_someone_is_its_victim(
    text: str, kind: str, target: str
) -> None:
    assert [t for _, t in _roles(text, kind)] == [target]


def test_a_genitive_pronoun_in_a_longer_marker_of_no_target_aims_nothing() -> None:
    text = "अमिताभ बच्चन घर लौटे. बच्चे उनके सामने तारीफ़ करते हैं."
    assert [t for _, t in _roles(text, "SUPPORT")] == [None]


def test_a_genitive_pronoun_giving_a_noun_taken_is_no_one_of_its_clause() -> None:
    text = "नंदन निलेकणी ने इंफ़ोसिस छोड़ी. मोदी सरकार ने भी 2016 में उनकी मदद ली थी."
    assert _roles(text, "AID") == [("Nandan Nilekni", "government")]


@pytest.mark.parametrize(
    ("text", "kind", "roles"),
    [
        ('रमेश यादव ने कहा, "पुलिस ने मुझे बुरी तरह पीटा."', "ASSAULT", ("police", "Ramesh Yadav")),
        (
            'सोनिया गांधी ने कहा, "भाजपा ने हमारी तारीफ़ की है."',
            "SUPPORT",
            ("Bharatiya Janata Party", "Sonia Gandhi"),
        ),
        ("सोनिया गांधी रैली में थीं. भाजपा ने हमारी तारीफ़ की है.", "SUPPORT", ("Bharatiya Janata Party", None)),
        ('सोनिया गांधी ने कहा, "हमने उनकी तारीफ़ की."', "SUPPORT", ("Sonia Gandhi", None)),  # not the speaker too
    ],
)
def test_a_first_person_object_or_genitive_is_the_speaker_of_its_quotation(
    text: str, kind: str, roles: tuple[str | None, str | None]
) -> None:
    assert _roles(text, kind) == [roles]


def test_a_first_person_genitive_acting_is_the_speaker_not_a_person_before() -> None:
    text = 'राहुल गांधी आए थे. अन्ना हजारे ने कहा, "हमारा प्रदर्शन सरकार के खिलाफ है."'
    assert [s for s, _ in _roles(text, "PROTEST")] == ["Anna Hajare"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("राम कुमार आए. पुलिस पर उनका हमला हुआ.", "police"),  # their attack, on the police
        ("नक्सलियों ने कहा कि सेना पर उनका हमला जारी रहेगा.", "armed forces"),
    ],
)
def test_a_genitive_pronoun_of_a_noun_predicate_is_no_target_and_keeps_none_apart(
    text: str, target: str
) -> None:
    assert [t for _, t in _roles(text, "ASSAULT")] == [target]


def test_sentences_with_only_a_genitive_pronoun_spend_no_reach_of_a_subject_pronoun() -> None:
    text = (
        "सुनील कुमार ने बताया कि बारिश हुई. उसकी गौशाला ध्वस्त हो गई. उसके घर को भी नुकसान हुआ है."
        " इस संबंध में उसने मुआवजे की मांग की है."
    )
    assert [s for s, _ in _roles(text, "REQUEST")] == ["Sunil Kumar"]


def test_a_pronoun_target_is_not_the_agent_of_its_clause() -> None:
    text = "रानी लक्ष्मीबाई बहादुरी से लड़ीं. अंग्रेज जनरल ह्यूरेज ने उनकी वीरता की प्रशंसा में टोपी उतारकर सिर झुकाया था."
    assert [t for _, t in _roles(text, "SUPPORT")] == ["Lakshmibai Bahaduri"]


def test_a_genitive_pronoun_owning_a_noun_its_own_marker_makes_an_argument_is_no_target() -> None:
    # उनके holds its marker: the noun it owns is the word right after it ("उनके नौकर ने": the servant beat)
    assert [t for _, t in _roles("राम कुमार घर आए. उनके नौकर ने रात में पिटाई की.", "ASSAULT")] == [None]


@pytest.mark.parametrize("before", ["", "कल बारिश हुई। "])
def test_a_genitive_pronoun_giving_is_no_one_of_its_clause_at_the_text_start(before: str) -> None:
    """A clause that opens the text starts at 0: no one of it, however placed, gives the help."""
    text = before + "अमित शाह की मौजूदगी में राहुल गांधी ने उनकी मदद ली।"
    assert _roles(text, "AID") == [(None, "Rahul Gandhi")]
