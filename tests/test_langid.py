from pathlib import Path

import pytest

from khabar.schema import Segment
from khabar.text.langid import dominant_script, identify, letter_counts, main_language
from khabar.text.segment import segment

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "kazakhstan-2022-hi.txt"

HINDI = "नगर निगम ने बताया कि शहर के कई इलाकों में पानी भर गया है और राहत का काम जारी है।"
HINDI_2 = "मौसम विभाग ने अगले दो दिनों के लिए भारी बारिश की चेतावनी जारी की है।"
ENGLISH = "The city council said that several roads were closed after the heavy rain on Wednesday."
MARATHI = "पोलिसांनी रात्री शहरात अनेक आंदोलकांना ताब्यात घेतले आणि परिस्थिती नियंत्रणात आणली."
FRENCH = "La police a arrêté des dizaines de manifestants dans la nuit après de violents affrontements."
RUSSIAN = "Полиция задержала десятки протестующих после ночных столкновений в центре города."
URDU = "پولیس نے رات کو شہر میں کئی مظاہرین کو حراست میں لے لیا۔"


def identified(*lines: str) -> list[tuple[str | None, str | None]]:
    text = "\n".join(lines)
    return [(s.script, s.language) for s in identify(text, segment(text))]


def test_script_by_majority_of_letters() -> None:
    assert dominant_script(HINDI) == "Deva"
    assert dominant_script("Delhi में 5 लोग") == "Deva"
    assert dominant_script("मुंबई: Rain, rain and more rain") == "Latn"
    assert dominant_script("2023 — 45 %") is None
    assert letter_counts("ab १२ क") == {"Latn": 2, "Deva": 1}


def test_language_per_segment() -> None:
    assert identified(HINDI, ENGLISH, MARATHI, FRENCH, RUSSIAN, URDU) == [
        ("Deva", "hi"),
        ("Latn", "en"),
        ("Deva", "mr"),
        ("Latn", "fr"),
        ("Cyrl", "ru"),
        ("Arab", "ur"),
    ]


def test_code_mixed_paragraph_gets_its_majority_language() -> None:
    mixed = f"{HINDI} {HINDI_2} He said the situation was under control."
    assert identified(mixed) == [("Deva", "hi")]


def test_short_segment_takes_a_neighbour_in_the_same_script() -> None:
    assert identified(MARATHI, "शहरात पाऊस", HINDI) == [("Deva", "mr"), ("Deva", "mr"), ("Deva", "hi")]
    assert identified(ENGLISH, "कुल", FRENCH, "Voir aussi") == [
        ("Latn", "en"),
        ("Deva", "hi"),
        ("Latn", "fr"),
        ("Latn", "fr"),
    ]


def test_short_segment_without_neighbour_takes_the_script_default() -> None:
    assert identified("ताज़ा खबर", "Read more") == [("Deva", "hi"), ("Latn", "en")]


def test_segment_without_letters_takes_the_nearest_language() -> None:
    assert identified("***", HINDI, "12.07.2023", ENGLISH) == [
        (None, "hi"),
        ("Deva", "hi"),
        (None, "hi"),
        ("Latn", "en"),
    ]


def test_identify_returns_copies_and_keeps_kind() -> None:
    text = f"{HINDI}\n{ENGLISH}"
    segments = segment(text)
    segments[1] = segments[1].model_copy(update={"kind": "embed"})
    result = identify(text, segments)
    assert segments[0].language is None
    assert [s.kind for s in result] == ["paragraph", "embed"]


def test_main_language_counts_letters_and_ignores_embeds() -> None:
    text = f"{HINDI}\n{ENGLISH} {ENGLISH}\n{HINDI_2}"
    segments = identify(text, segment(text))
    assert main_language(text, segments) == "en"
    segments[1] = segments[1].model_copy(update={"kind": "embed"})
    assert main_language(text, segments) == "hi"
    assert main_language(ENGLISH, [Segment(start=0, end=len(ENGLISH), kind="embed", language="en")]) == "en"
    assert main_language("", []) is None


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed article is not beside the repository")
def test_seed_lines_are_hindi_except_the_tweet() -> None:
    text = SEED.read_text(encoding="utf-8")
    languages = [s.language for s in identify(text, segment(text))]
    assert languages == ["hi"] * 5 + ["en", "en"] + ["hi"] * (len(languages) - 7)


def test_a_language_without_data_must_win_clearly_over_the_script_default() -> None:
    # lingua leans to Marathi on this short Hindi sentence; Hindi ships data, Marathi does not
    hindi = "शिक्षा विभाग ने परिणाम घोषित किए।"
    marathi = "मी उद्या मुंबईला जाणार आहे आणि तिथे माझ्या मित्रांना भेटणार आहे."
    for text, expected in ((hindi, "hi"), (marathi, "mr")):
        segments = identify(text, [Segment(start=0, end=len(text), kind="paragraph")])
        assert segments[0].language == expected


def test_short_lines_holding_hindi_marker_words_are_hindi() -> None:
    """Lines lingua reads as Marathi (too short to tell), Hindi by their function words ("के", "में",
    "हैं"); a Marathi line holds none of them, nor does a line of names and numbers."""
    for line in (
        "डूबते कर्ज के निपटान की चुनौतियां",
        "व्यंजन में तीन किस्म हैं : कठोर व्यंजन , नरम व्यंजन और मध्य व्यंजन ।",
        "लॉर्ड मैकाले की इच्छा के अनुसार यह प्रणाली पूरी तरह से विदेशी और जड़विहीन थी ।",
    ):
        assert identified(line) == [("Deva", "hi")], line
    assert identified(MARATHI) == [("Deva", "mr")]
    assert identified(MARATHI, "शहरात पाऊस", HINDI) == [("Deva", "mr"), ("Deva", "mr"), ("Deva", "hi")]


def test_a_devanagari_line_of_a_title_and_a_name_is_hindi() -> None:
    """lingua gives this line to Marathi by 0.91 of confidence; a language without data must win by
    0.99 (``unsupported_margin``): Marathi sentences score 1.0."""
    assert identified("विशेष अतिथि : श्रीमती सुनंदा गोखले") == [("Deva", "hi")]
    assert identified(MARATHI) == [("Deva", "mr")]
