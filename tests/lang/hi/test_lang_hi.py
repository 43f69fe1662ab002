"""Hindi (``lang/hi``): the data loads, its patterns compile, and a sentence per topic reads right."""

from __future__ import annotations

from datetime import date

from tests.helpers import make_doc
from tests.lang.checks import check_files_load, check_patterns_compile

from khabar import extract
from khabar.extractors.counts import find_counts
from khabar.extractors.dates import find_dates
from khabar.extractors.numbers import parse_number
from khabar.lang import topic
from khabar.lang.models import Grammar

FRIDAY = date(2022, 1, 7)


def test_files_load() -> None:
    check_files_load("hi")


def test_patterns_compile() -> None:
    check_patterns_compile("hi")


def test_grammar_words() -> None:
    grammar = topic("hi", Grammar)
    assert "ने" in grammar.agent_markers and "में" in grammar.locative_markers


def test_sentences_split_on_an_unspaced_danda() -> None:
    text = "हमला किया।डीजीपी ने कहा कि दो लोग मारे गए।"
    assert [text[s.start : s.end] for s in extract(text).sentences] == [
        "हमला किया।",
        "डीजीपी ने कहा कि दो लोग मारे गए।",
    ]


def test_numbers() -> None:
    assert parse_number("दो हजार", "hi") == (2000, False)
    assert parse_number("ढाई लाख", "hi") == (250_000, False)


def test_dates() -> None:
    doc = make_doc("7 जनवरी को हमला हुआ।")
    assert [(d.text, d.value) for d in find_dates(doc)] == [("7 जनवरी", "2022-01-07")]


def test_counts() -> None:
    doc = make_doc("हिंसा में 5 लोग मारे गए।")
    assert [(c.what, c.value, c.text) for c in find_counts(doc)] == [("killed", 5, "5 लोग मारे गए")]


def test_demonym_and_place() -> None:
    article = extract("रूसी सैनिकों ने अल्माटी में गोलीबारी की।", published=FRIDAY)
    assert {(e.name, e.type, e.country) for e in article.entities} == {
        ("Russia", "COUNTRY", "RUS"),
        ("Almaty", "PLACE", "KAZ"),
    }


def test_event_with_agent_and_object_markers() -> None:
    article = extract("पुलिस ने 12 छात्रों को गिरफ्तार किया।", published=FRIDAY)
    [event] = article.events
    assert (event.type, event.negated) == ("COERCE", False)
    assert (event.source_text.text, event.target_text.text) == ("पुलिस", "छात्रों")


def _places(text: str) -> set[tuple[str, str, str | None]]:
    return {(e.name, e.type, e.country) for e in extract(text).entities if e.type in ("PLACE", "COUNTRY")}


def test_frequent_words_are_no_places_or_people_without_a_cue() -> None:
    """बाढ़ (flood) is also the town Barh; दोनों (both) sounds like Dodon; बैंक (bank) like Bangkok."""
    assert not _places("बाढ़ में सौ लोग मारे गए।")
    assert not extract("दोनों ने कहा कि वे आगे बढ़ेंगे।").entities
    assert not extract("मैंने कहा कि बैंक बंद है।").entities
    assert not _places("इससे बाकी राज्यों को भी राहत मिलेगी।")  # "the other states": no city Baku


def test_a_multi_word_country_name_beats_its_part() -> None:
    assert _places("दक्षिणी सूडान में हिंसा भड़की।") == {("South Sudan", "COUNTRY", "SSD")}


def test_kurdistan_is_the_iraqi_region() -> None:
    assert _places("कुर्दिस्तान में लड़ाई जारी है।") == {("Kurdistan Region", "PLACE", "IRQ")}


def test_what_acts_is_an_actor_before_a_same_sounding_place() -> None:
    """अल जज़ीरा is closer to Gezira and Algiers (Al Jaza'ir) than to Al Jazeera, but it reports."""
    article = extract("अल जज़ीरा ने बताया कि सेना पीछे हट गई।")
    assert [(e.name, e.type) for e in article.entities if e.kb_id == "al-jazeera"] == [("Al Jazeera", "ORG")]
    assert not _places("अल जज़ीरा ने बताया कि सेना पीछे हट गई।")


def test_a_home_region_beats_a_foreign_town_of_its_name() -> None:
    """गुजरात: the Indian state, though the article names Pakistan, which has a city Gujrat."""
    places = _places("पाकिस्तान के विदेश मंत्री ने कहा कि गुजरात में चुनाव हो रहे हैं।")
    assert ("Gujarāt", "PLACE", "IND") in places


def test_a_foreign_town_named_without_case_or_cue_must_be_large() -> None:
    """बोन हीलिंग (bone healing): Bonn has 300,000 people, too few to be taken from a caseless word alone."""
    assert not _places("डॉक्टर ने कहा कि बोन हीलिंग में समय लगता है।")
    assert _places("उन्होंने लंदन और मॉस्को की यात्रा की।") == {
        ("London", "PLACE", "GBR"),
        ("Moscow", "PLACE", "RUS"),
    }
