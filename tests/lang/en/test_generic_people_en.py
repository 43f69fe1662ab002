"""Generic people known by their role (issue 9): actors and speakers with a sector, and a country
where their phrase or sentence gives one."""

from __future__ import annotations

from datetime import date

from tests.lang.en.test_lang_en import groups

from khabar import extract
from khabar.schema import Article

FRIDAY = date(2019, 2, 15)


def _sources(article: Article) -> list[str | None]:
    names = {e.id: e.name for e in article.entities}
    return [names.get(event.source or "") for event in article.events]


def _speakers(article: Article) -> list[tuple[str | None, str | None]]:
    """Each quote's speaker: its name and sector."""
    by_id = {e.id: e for e in article.entities}
    found = (by_id.get(q.speaker or "") for q in article.quotes)
    return [(e.name, e.sector) if e else (None, None) for e in found]


def test_an_official_or_a_spokesman_that_names_nobody_speaks() -> None:
    assert _speakers(extract('"We will not give up," an official said.', published=FRIDAY)) == [
        ("officials", "GOV")
    ]
    # a modifying agent word gives its sector ("police spokesman"), a country word its country
    assert _speakers(extract('"It was tragic," a police spokesman said.', published=FRIDAY)) == [
        ("spokesperson", "COP")
    ]
    text = '"Calm down," a police spokesman said. "No," a government spokesman said.'
    assert _speakers(extract(text, published=FRIDAY)) == [("spokesperson", "COP"), ("spokesperson", "GOV")]
    # a spokesperson speaks for whom the phrase says, else for no sector known
    assert _speakers(extract('"No," the spokesman claimed.', published=FRIDAY)) == [("spokesperson", None)]
    assert groups('"We will fight," Afghan officials said.') == [
        ("officials", "AFG", "GOV", ["Afghan officials"])
    ]


def test_official_before_a_content_word_is_a_modifier() -> None:
    assert groups("Official figures show 40 people died; the official death toll is higher.") == []
    # a word that qualifies a noun after it keeps it a noun
    assert groups("A senior official familiar with the talks said they had failed.") == [
        ("officials", None, "GOV", ["official"])
    ]


def test_a_title_held_by_a_person_named_before_is_that_person() -> None:
    text = 'Zabihullah Mujahid, a Taliban spokesman, spoke on Monday. "We will fight," the spokesman said.'
    article = extract(text, published=FRIDAY)
    assert [e.type for e in article.entities] == ["PERSON", "ORG"]
    assert _speakers(article) == [("Zabihullah Mujahid", "GOV")]
    text = '"We will win," the government spokesman, Zabihullah Mujahid, said on Monday.'
    assert _speakers(extract(text, published=FRIDAY)) == [("Zabihullah Mujahid", "GOV")]  # in apposition
    # an organisation's spokesperson: the organisation speaks
    article = extract('"Do not travel," an FCO spokesperson said.', published=FRIDAY)
    assert [e.type for e in article.entities] == ["ORG"]


def test_the_bomber_is_a_person_where_no_noun_follows() -> None:
    assert _sources(extract("The bomber blew himself up near the mosque.", published=FRIDAY)) == ["bomber"]
    assert _sources(extract("The bomber struck inside a restaurant.", published=FRIDAY)) == ["bomber"]
    assert groups("The bomber jets flew over Idlib; Russian bombers struck the town.") == []


def test_the_head_of_relatives_of_victims_acts() -> None:
    article = extract("Relatives of the victims protested outside the court.", published=FRIDAY)
    assert _sources(article) == ["relatives"]
    article = extract("Supporters of the opposition leader clashed with police.", published=FRIDAY)
    assert _sources(article) == ["supporters"]
