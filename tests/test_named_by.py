"""Names a naming phrase, an apposition or an age says are a person's (``entities.named_by``), with the
role the noun gives, and the quotes such a person speaks (sentences invented here)."""

from __future__ import annotations

import pytest

from khabar import extract


def _people(text: str, language: str) -> list[tuple[str, str | None]]:
    record = extract(text, language=language)
    return [(e.name, e.role) for e in record.entities if e.type == "PERSON"]


def _speakers(text: str, language: str) -> list[str | None]:
    record = extract(text, language=language)
    names = {e.id: e.name for e in record.entities}
    return [names.get(q.speaker) for q in record.quotes]


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("हनीन नाम के एक स्वयंसेवक का कहना है कि वे संघर्ष-विराम चाहते हैं।", "hi", ("Hanin", "volunteer")),
        ("पुलिस ने राहुल नामक युवक को गिरफ्तार किया।", "hi", ("Rahul", "young man")),
        ("A volunteer named Hanin said the ceasefire was welcome.", "en", ("Hanin", "volunteer")),
        ("Later a man called Karwan opened the gate.", "en", ("Karwan", "man")),
        ("“We left at night,” said Jamal, a Kurdish rebel in the east.", "en", ("Jamal", "rebel")),
        ("Hanin, 24, said the ceasefire was welcome.", "en", ("Hanin", None)),
        ("“We aren’t dangerous,” wrote Marika, a Russian in the camp.", "en", ("Marika", None)),
    ],
)
def test_a_named_person_and_the_role_the_noun_gives(
    text: str, language: str, person: tuple[str, str | None]
) -> None:
    assert person in _people(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Meanwhile, a student said the ceasefire was welcome.", "en"),  # an ordinary word before the comma
        ("They reached Afrin, a Kurdish town, on Monday.", "en"),  # no noun for a person in the apposition
        ("A disease called Nipah spread in the village.", "en"),  # a disease is no person
        ("Gazprom, a Russian company, said it would pay.", "en"),  # a demonym that qualifies a noun
        ("कोरोना नामक बीमारी से लोग परेशान हैं।", "hi"),  # a disease is no person
    ],
)
def test_no_person_where_the_noun_names_none(text: str, language: str) -> None:
    assert not [name for name, _ in _people(text, language) if name not in ("Afrin",)]


def test_an_age_before_a_name_that_speaks_makes_a_person() -> None:
    text = "इजराइली निवासी 37 साल के चुक्कर कहते हैं, “जब मैं हँसी सुनता हूं, तो मुझे ग़ुस्सा आता है।”"
    assert _speakers(text, "hi") == ["Chukkar"]


def test_the_person_named_by_a_noun_speaks_through_it() -> None:
    text = "हनीन नाम के एक स्वयंसेवक का कहना है, “हम एक ऐसा संघर्ष-विराम चाहते हैं जो अधिकार दे।”"
    assert _speakers(text, "hi") == ["Hanin"]
    record = extract("राहुल नाम के एक छात्र ने कहा, “हम यहीं रहेंगे और पढ़ाई करेंगे।”", language="hi")
    names = {e.id: e.name for e in record.entities}
    assert [names.get(q.speaker) for q in record.quotes] == ["Rahul"]
    assert not [e for e in record.entities if e.type == "GROUP"]  # the student is Rahul, no group


def test_a_speaker_after_the_quote_named_by_an_apposition() -> None:
    text = "“They know that the planes won’t bomb,” said Elyas, a Kurdish officer at the frontline."
    assert _speakers(text, "en") == ["Elyas"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("She has been searching for her daughter Ziyaret for two years.", ("Ziyaret", "daughter")),
        ("“We need them home,” said Zalimkhan, who was appointed to the committee.", ("Zalimkhan", None)),
    ],
)
def test_a_noun_before_a_name_and_a_relative_pronoun_after_it_make_a_person(
    text: str, person: tuple[str, str | None]
) -> None:
    assert person in _people(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "The student Union said it was closed.",  # a body's head word
        "Every single child I’ve spoken to has never been to school.",  # a pronoun, contracted
        "It was a rebel Sunni Arab group.",  # a people
        "The Kurds, who fought Isis, were left alone.",
    ],
)
def test_no_person_by_a_noun_or_a_relative_pronoun_where_no_name_stands(text: str) -> None:
    assert _people(text, "en") == []


def test_a_first_name_alone_is_the_one_person_named_in_full_with_it() -> None:
    text = "Ricardo Vilanova was held for months. “They were about to lose their prisoners,” Ricardo said."
    assert _speakers(text, "en") == ["Ricardo Vilanova"]
    two = "Ricardo Vilanova met Ricardo Lopez. “They were about to lose their prisoners,” Ricardo said."
    assert _speakers(two, "en") == [None]  # two people share the first name
