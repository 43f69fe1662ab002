"""English (``lang/en``): the data loads, its patterns compile, and a sentence per topic reads right."""

from __future__ import annotations

from datetime import date

from tests.helpers import make_doc
from tests.lang.checks import check_files_load, check_patterns_compile

from khabar import extract
from khabar.extractors.counts import find_counts
from khabar.extractors.dates import find_dates
from khabar.extractors.numbers import parse_number
from khabar.lang import topic
from khabar.lang.models import Events, Grammar

FRIDAY = date(2022, 1, 7)


def test_files_load() -> None:
    check_files_load("en")


def test_patterns_compile() -> None:
    check_patterns_compile("en")


def test_words_that_yaml_1_1_would_read_as_booleans_stay_words() -> None:
    assert {"no", "on", "yes"} <= set(topic("en", Grammar).stopwords)
    assert "on" in topic("en", Events).grammar.target_prepositions
    assert "no" in topic("en", Events).grammar.negation


def test_numbers() -> None:
    assert parse_number("two thousand", "en") == (2000, False)
    assert parse_number("half a million", "en") == (500_000, False)
    assert parse_number("300-400", "en") == (300, True)  # a range: its low end


def test_year_less_date_is_the_nearest_before_publication_unless_future() -> None:
    published = date(2018, 9, 12)
    past = make_doc("The town fell on 20 September.", "en", published)
    future = make_doc("Talks will be held on 20 September.", "en", published)
    assert [d.value for d in find_dates(past)] == ["2017-09-20"]
    assert [d.value for d in find_dates(future)] == ["2018-09-20"]


def test_dates() -> None:
    doc = make_doc("On 3 March the talks resumed.", "en", date(2022, 3, 10))
    assert [(d.text, d.value) for d in find_dates(doc)] == [("3 March", "2022-03-03")]


def test_counts() -> None:
    doc = make_doc("At least 20 people were killed in the blast.", "en")
    assert [(c.what, c.value, c.text) for c in find_counts(doc)] == [
        ("killed", 20, "At least 20 people were killed")
    ]
    [toll] = find_counts(make_doc("The war has killed 500,000 people.", "en"))
    assert (toll.value, toll.scope) == (500_000, "cumulative")


def test_event_with_subject_object_and_place() -> None:
    article = extract("Police arrested 12 students in Dhaka on Monday.", published=FRIDAY)
    [event] = article.events
    assert (event.type, event.negated) == ("COERCE", False)
    assert (event.source_text.text, event.target_text.text) == ("Police", "students")
    assert [(e.name, e.type, e.country, e.sector) for e in article.entities] == [
        ("police", "GROUP", "BGD", "COP"),
        ("students", "GROUP", "BGD", "EDU"),
        ("Dhaka", "PLACE", "BGD", None),
    ]


def test_no_arrests_is_a_negated_event() -> None:
    article = extract("Police made no arrests in Delhi on Monday.", published=FRIDAY)
    [event] = article.events
    assert (event.type, event.negated) == ("COERCE", True)


def groups(text: str) -> list[tuple[str, str | None, str | None, list[str]]]:
    """The generic actors of ``text``: name, country, sector and mentions."""
    article = extract(text, published=FRIDAY)
    return [
        (e.name, e.country, e.sector, [m.text for m in e.mentions])
        for e in article.entities
        if e.type == "GROUP"
    ]


def test_generic_actors_take_the_country_named_before_them() -> None:
    assert groups("Turkish forces shelled Kurdish positions on Monday.") == [
        ("forces", "TUR", "MIL", ["Turkish forces"])
    ]
    assert groups("Israeli police arrested three men.") == [("police", "ISR", "COP", ["Israeli police"])]
    assert groups("Russia's army moved in.") == [("army", "RUS", "MIL", ["Russia's army"])]


def test_generic_actors_take_the_country_of_their_sentence_or_none() -> None:
    assert groups("Police in Almaty killed dozens of rioters.") == [
        ("police", "KAZ", "COP", ["Police"]),
        ("rioters", "KAZ", "CVL", ["rioters"]),
    ]
    assert groups("Police said the roads were closed.") == [("police", None, "COP", ["Police"])]
    # an organisation of no country says whose the militants are, and gives none
    assert groups("Islamic State militants attacked the town.") == [
        ("militants", None, "REB", ["Islamic State militants"])
    ]


def test_words_of_a_name_or_a_compound_are_no_generic_actor() -> None:
    assert groups("The Police Federation said officers were exhausted.") == []
    assert groups("The Syrian Democratic Forces captured the town.") == []
    assert groups("Rebel-held towns were shelled, pro-government media said.") == [
        ("media", None, "JRN", ["media"])
    ]
    assert groups("The video spread on social media.") == []


def test_generic_actors_act_in_events() -> None:
    article = extract("Gunmen attacked a checkpoint in Kabul.", published=FRIDAY)
    names = {e.id: e.name for e in article.entities}
    [event] = article.events
    assert (names[event.source or ""], event.source_country, event.source_sector) == ("gunmen", "AFG", "REB")
    article = extract("Turkish forces shelled Kurdish positions in Syria.", published=FRIDAY)
    names = {e.id: e.name for e in article.entities}
    [event] = article.events  # a state's forces, named with their country, act for it
    assert (names[event.source or ""], event.source_sector, event.source_text.text) == (
        "Turkey",
        "MIL",
        "Turkish forces",
    )
