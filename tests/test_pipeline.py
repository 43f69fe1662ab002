"""The whole record: every span quotes the text exactly, ids are stable, dates are anchored."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest

from khabar.pipeline import extract
from khabar.schema import Article

EXAMPLES = sorted((Path(__file__).parents[1] / "examples").glob("*.txt"))


def all_spans(article: Article) -> list[tuple[int, int, str | None]]:
    """(start, end, quoted text or None) for every span-carrying field of the record."""
    spans: list[tuple[int, int, str | None]] = []
    for entity in article.entities:
        spans += [(m.start, m.end, m.text) for m in entity.mentions]
    for field in (article.dates, article.counts, article.quotes):
        spans += [(x.start, x.end, x.text) for x in field]
    for field in (article.segments, article.sentences, article.embeds, article.flags):
        spans += [(x.start, x.end, None) for x in field]
    for event in article.events:
        spans += [(s.start, s.end, s.text) for s in event.evidence]
    return spans


def assert_exact(article: Article) -> None:
    for start, end, quoted in all_spans(article):
        assert 0 <= start <= end <= len(article.text)
        if quoted is not None:
            assert article.text[start:end] == quoted


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_examples_have_exact_spans(path: Path) -> None:
    article = extract(path.read_text(encoding="utf-8"), published=date(2025, 7, 10))
    assert article.entities and article.segments and article.sentences
    assert_exact(article)


def test_offsets_survive_decomposed_text_zero_width_and_crlf() -> None:
    text = "रूस ने कज़ाख़\u200dस्तान में सैनिक भेजे।\r\nमॉस्को में बैठक हुई।\r\n"
    decomposed = unicodedata.normalize("NFD", text)
    for variant in (text, decomposed):
        article = extract(variant)
        assert_exact(article)
        names = {e.name for e in article.entities}
        assert {"Russia", "Kazakhstan", "Moscow"} <= names


def test_id_is_stable_and_depends_on_content() -> None:
    text = "Police arrested 12 people in Nairobi on Monday."
    assert extract(text).id == extract(text).id
    assert extract(text).id != extract(text + " More later.").id
    assert extract(text, url="https://a.example/1").id != extract(text).id


def test_publication_date_given_inferred_or_none() -> None:
    tweet = (
        "Floods hit the city.\nRescue teams are out in force https://t.co/abcdef\n"
        "— City News (@citynews) March 3, 2024"
    )
    assert extract(tweet, published=date(2024, 3, 4)).published_source == "given"
    inferred = extract(tweet)
    assert (inferred.published, inferred.published_source) == (date(2024, 3, 3), "inferred")
    bare = extract("बाढ़ से कई गांव डूब गए।")
    assert (bare.published, bare.published_source) == (None, "none")


def test_weekday_resolves_against_publication_date() -> None:
    article = extract("पुलिस ने गुरुवार को 20 लोगों को गिरफ्तार किया।", published=date(2022, 1, 7))
    assert [(d.text, d.value) for d in article.dates] == [("गुरुवार", "2022-01-06")]
    assert [(c.what, c.value) for c in article.counts] == [("arrested", 20)]


def test_language_per_segment_and_override() -> None:
    text = (
        "सरकार ने नई नीति की घोषणा की और विपक्ष ने इसका विरोध किया।\n"
        "The opposition called the policy a mistake and asked for a debate."
    )
    article = extract(text)
    assert [s.language for s in article.segments] == ["hi", "en"]
    assert extract(text, language="en").language == "en"


def test_empty_article_gives_empty_fields() -> None:
    article = extract("The weather was mild and the match ended in a draw.")
    assert article.entities == [] and article.counts == [] and article.quotes == [] and article.events == []


def test_components_read_only_layers_written_before_them() -> None:
    from khabar.pipeline import COMPONENTS, Component, check_order

    check_order(COMPONENTS)
    swapped = (COMPONENTS[1], COMPONENTS[0], *COMPONENTS[2:])
    with pytest.raises(ValueError, match="reads"):
        check_order(swapped)
    with pytest.raises(ValueError, match="a second time"):
        check_order((*COMPONENTS, Component("again", (), "events", lambda doc: [])))


def test_prepare_stops_after_the_named_component_and_agrees_with_extract() -> None:
    from khabar.pipeline import prepare

    text = "Police in Chittagong arrested 12 dock workers on Monday.\nपटना में 30 किसानों ने प्रदर्शन किया।"
    article = extract(text, language="en")
    partial = prepare(text, until="sentences", given_language="en")
    assert (partial.segments, partial.language, partial.sentences) == (
        article.segments,
        article.language,
        article.sentences,
    )
    assert partial.sentences and not partial.entities and not partial.events
    assert prepare(text, given_language="en", article_id=article.id).entities == article.entities
    with pytest.raises(ValueError, match="no component named 'sentence'"):
        prepare(text, until="sentence")


def test_published_may_be_given_as_text() -> None:
    text = "Police arrested 12 students in Dhaka on Monday."
    assert extract(text, published="2018-09-12").published == date(2018, 9, 12)
    assert extract(text, published="Wed, 12 Sep 2018 08:00:00 +0000").published == date(2018, 9, 12)
    with pytest.raises(ValueError, match="published: unknown date 'yesterday'"):
        extract(text, published="yesterday")
