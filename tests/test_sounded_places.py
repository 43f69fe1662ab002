"""Places the gazetteer has only in Latin letters, found from their Devanagari spelling by sound."""

from __future__ import annotations

import pytest

from khabar.extractors.entities.sounded import sounded_places
from khabar.knowledge.place_sounds import by_sound, sound_key
from khabar.knowledge.places import by_name
from khabar.pipeline import extract
from khabar.schema import Article, Entity

BHADARWAH, KISHTWAR, FAISALABAD, TORONTO, JOSHIMATH = 1276358, 1266475, 1179400, 6167865, 1268814
GWALIOR = 1270583


def places(article: Article) -> dict[int | None, Entity]:
    return {e.geonames_id: e for e in article.entities if e.type == "PLACE"}


def test_spellings_of_a_name_share_one_key() -> None:
    assert sound_key("Bhadarwah") == sound_key("bhadrawah") == sound_key("Bhaderwah")
    assert sound_key("Nur Sultan") == sound_key("nursultan")
    names = by_sound("bhadrawah")
    assert {"bhadarwah", "bhadrawah"} <= set(names)
    assert [(p.name, p.country) for p in by_name("bhadarwah")] == [("Bhadarwah", "IND")]


@pytest.mark.parametrize(
    ("text", "geonames_id", "surface"),
    [
        ("जम्मू-कश्मीर के भद्रवाह में कर्फ्यू लगा दिया गया है।", BHADARWAH, "भद्रवाह"),  # a town of 13,000
        ("रात को वे भद्रवाह शहर पहुंचे और वहीं रुके।", BHADARWAH, "भद्रवाह शहर"),
        ("पुलिस ने किश्तवाड़ ज़िले में कर्फ्यू लगाया।", KISHTWAR, "किश्तवाड़"),
        ("उत्तराखंड के जोशीमठ में भूस्खलन हुआ।", JOSHIMATH, "जोशीमठ"),
        ("पाकिस्तान के फ़ैसलाबाद में धमाका हुआ।", FAISALABAD, "फ़ैसलाबाद"),
        ("कनाडा के टोरंटो में भारी बर्फ़बारी हुई।", TORONTO, "टोरंटो"),
        ("ग्वालियर में बारिश हुई।", GWALIOR, "ग्वालियर"),  # "iya" written "io" in Latin
        # a dateline opening a paragraph before a full stop or a colon
        ("ग्वालियर. पुलिस ने दो लोगों को गिरफ्तार किया।", GWALIOR, "ग्वालियर"),
        ("कनाडा की खबर।\nटोरंटो: भारी बर्फ़बारी हुई।", TORONTO, "टोरंटो"),
    ],
)
def test_a_place_named_in_devanagari_is_found_by_its_latin_names(
    text: str, geonames_id: int, surface: str
) -> None:
    place = places(extract(text)).get(geonames_id)
    assert place is not None, [e.name for e in extract(text).entities]
    assert [m.text for m in place.mentions] == [surface]
    assert place.lat is not None and place.precision == "city"


def test_a_town_abroad_on_a_locative_alone_needs_its_country_in_the_story() -> None:
    assert TORONTO not in places(extract("टोरंटो में भारी बर्फ़बारी हुई।"))


@pytest.mark.parametrize(
    "text",
    [
        "चीन के राष्ट्रपति ने कहा कि उनके ख़ानदान में कोई नेता नहीं था।",  # family: Khandan, a name of Handan
        "वह किसी तरह बचा और फिर उसने मदद मांगी, पर गांव में कोई नहीं था।",  # saved: a name of Bhachau
        "इस मिशन में बहुत से लोग शामिल हुए और सबने काम किया।",
        "लोगों ने सरकार के निर्देश के बावजूद शहर खाली करने से इनकार कर दिया है।",  # empty: Al Khalil, Hebron
        "वह सलाह लेने पुलिस थाने में पहुंच गया।",  # the police station: Thane, a city near Mumbai
    ],
)
def test_common_words_before_a_locative_are_no_places(text: str) -> None:
    assert not places(extract(text))


def test_towns_of_one_name_the_story_cannot_tell_apart_make_a_place_without_a_point() -> None:
    tanda = [
        e for e in extract("घायलों को टांडा के सरकारी अस्पताल में भर्ती कराया गया।").entities if e.type == "PLACE"
    ]
    assert [(e.country, e.lat, [m.text for m in e.mentions]) for e in tanda] == [("IND", None, ["टांडा"])]


def test_place_spellings_are_for_names_from_another_script() -> None:
    """फिरोजाबाद ("phirojabad") is Firozabad by the place spellings; a Latin name is compared as written."""
    assert "Firozabad" in {p.name for p in sounded_places("फिरोजाबाद")}
    assert "Hoveyzeh" not in {p.name for p in sounded_places("Hawija")}


def test_a_common_word_like_only_an_alternate_name_of_a_large_town_abroad_is_no_place() -> None:
    text = "मऊ जिले के कोतवाली क्षेत्र के सहादतपुरा निवासी सूर्यदेव ने परिवार के साथ यात्रा की योजना बनाई।"
    assert all(e.country != "BGD" for e in places(extract(text)).values())  # Kotwali, a name of Rangpur


@pytest.mark.parametrize("text", ["रविवार: बाजार बंद रहे।", "डॉ. मनमोहन सिंह ने कहा कि बैठक होगी।"])
def test_a_weekday_or_a_title_opening_a_paragraph_is_no_dateline(text: str) -> None:
    assert not places(extract(text))
