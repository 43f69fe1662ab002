"""The store the API and dashboard tests serve: short articles written for these tests (Hindi and
English, one carrying HTML/script injection in its text, title and URL) and the repo's examples,
run through the real pipeline and ingested into a DuckDB store.

Events on the written articles are coded here by hand (type, actors, place, evidence from the
pipeline's own spans), so the API tests do not move when the event coder changes; the examples
keep whatever events the pipeline gives them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from khabar.pipeline import extract
from khabar.schema import Article, Event, Span

ROOT = Path(__file__).resolve().parents[1]
XSS_SCRIPT = "<script>window.__xss = 1; alert(1)</script>"
XSS_IMG = '<img src=x onerror="window.__xss = 2; alert(1)">'

# (key, text, published, url, title, hand-coded events: (type, mode, trigger phrase, source, location))
WRITTEN = [
    (
        "en-almaty",
        "Police arrested 40 protesters in Almaty on 5 January 2022 after demonstrators set fire to the "
        "mayor's office.\nKazakhstan's president Kassym-Jomart Tokayev declared a state of emergency "
        'in Almaty.\n"We will restore order," Tokayev said.',
        date(2022, 1, 6),
        "https://news.example.org/almaty-arrests",
        "Forty held in Almaty after night of unrest",
        [
            ("COERCE", "arrest", "Police arrested 40 protesters", None, "Almaty"),
            ("PROTEST", "riot", "set fire to the mayor's office", None, "Almaty"),
            (
                "COERCE",
                "state of emergency",
                "declared a state of emergency",
                "Kassym-Jomart Tokayev",
                "Almaty",
            ),
        ],
    ),
    (
        "hi-delhi",
        "दिल्ली में सोमवार को हजारों किसानों ने कृषि कानूनों के खिलाफ प्रदर्शन किया।\n"
        "पुलिस ने 25 लोगों को हिरासत में लिया।\n"
        'किसान नेता राकेश टिकैत ने कहा, "हम पीछे नहीं हटेंगे।"',
        date(2022, 1, 4),
        "https://samachar.example.in/delhi-kisan",
        "दिल्ली में किसानों का प्रदर्शन",
        [
            ("PROTEST", "demo", "प्रदर्शन किया", None, "Delhi"),
            ("COERCE", "arrest", "हिरासत में लिया", None, "Delhi"),
        ],
    ),
    (
        "en-delhi",
        "Police detained 25 farmers in Delhi on Monday during a protest against the farm laws.\n"
        "The farmers' union said the protest would go on.",
        date(2022, 1, 4),
        "https://news.example.org/delhi-farmers",
        "Farmers detained in Delhi",
        [("COERCE", "arrest", "Police detained 25 farmers", None, "Delhi")],
    ),
    (
        "en-xss",
        f"Officials in Nairobi said on 3 February 2022 that attackers had posted {XSS_SCRIPT} and "
        f"{XSS_IMG} on a ministry website.\nKenya's police arrested 2 suspects in Nairobi.",
        date(2022, 2, 4),
        "javascript:alert(1)",
        f"Ministry site defaced {XSS_IMG}",
        [("COERCE", "arrest", "police arrested 2 suspects", None, "Nairobi")],
    ),
    (
        "en-dhaka",
        "Thousands of garment workers marched in Dhaka on 14 January 2022 to demand higher wages.\n"
        "About 5,000 people joined the march, organisers said.",
        date(2022, 1, 15),
        "https://news.example.org/dhaka-march",
        "Garment workers march in Dhaka",
        [("PROTEST", "demo", "marched in Dhaka", None, "Dhaka")],
    ),
]


def _sentence_with(article: Article, phrase: str) -> tuple[int, int]:
    at = article.text.index(phrase)
    return next((s.start, s.end) for s in article.sentences if s.start <= at < s.end)


def _coded(article: Article, index: int, spec: tuple[str, str, str, str | None, str]) -> Event:
    """An event stated by the sentence holding ``phrase``, with that sentence's dates and counts."""
    kind, mode, phrase, source_name, place_name = spec
    start, end = _sentence_with(article, phrase)
    by_name = {entity.name: entity for entity in article.entities}
    place, source = by_name[place_name], by_name.get(source_name or "")
    dates = [d for d in article.dates if start <= d.start < end and d.precision == "day"]
    at = article.text.index(phrase)
    return Event(
        id=f"{article.id}:v{index}",
        type=kind,
        mode=mode,
        source=source.id if source else None,
        source_country=source.country if source else None,
        location=place.id,
        target_country=place.country,
        date=dates[0].value if dates else None,
        date_precision="day" if dates else None,
        date_source="sentence" if dates else "none",
        counts={c.what: c.value for c in article.counts if start <= c.start < end},
        start=start,
        end=end,
        evidence=[Span(start=at, end=at + len(phrase), text=phrase)],
    )


def corpus() -> dict[str, Article]:
    """The written articles (hand-coded events) and the repo's examples, by key."""
    articles: dict[str, Article] = {}
    for key, text, published, url, title, specs in WRITTEN:
        article = extract(text, published=published, url=url, title=title)
        events = [_coded(article, i, spec) for i, spec in enumerate(specs)]
        articles[key] = article.model_copy(update={"events": events})
    for path in sorted((ROOT / "examples").glob("*.txt")):
        articles[path.stem] = extract(path.read_text(encoding="utf-8"), published=date(2022, 1, 10))
    return articles


def build_store(db_path: Path) -> dict[str, Article]:
    """Ingest ``corpus()`` into a new store at ``db_path``; the articles, by key."""
    from khabar.store.db import open_store

    articles = corpus()
    with open_store(db_path) as store:
        store.write(list(articles.values()))
    return articles


def test_hand_coded_events_quote_the_text() -> None:
    for article in corpus().values():
        for event in article.events:
            assert article.text[event.start : event.end]
            for span in event.evidence:
                assert article.text[span.start : span.end] == span.text
            assert event.location is None or event.location in {e.id for e in article.entities}


def test_the_injection_article_keeps_its_markup_as_text() -> None:
    article = corpus()["en-xss"]
    assert XSS_SCRIPT in article.text
    assert XSS_IMG in article.text
    assert XSS_IMG in (article.title or "")
