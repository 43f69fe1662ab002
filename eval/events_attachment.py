"""How whole the events are on real, unlabelled news, and what in them is implausible.

Over the first 200 articles of a split of BBC Hindi (``hindi_news_bbc_raw``, no publication dates) and
of the Guardian sample (``english_news_guardian_raw``, with dates): the share of events with a source
entity, a target, a place, a date stated in the text and any date; the events whose own fatalities
exceed ``BIG_TOLL`` (ACLED codes fatalities per event: a war's toll on one event is a misreading unless
the text says so of that event); and the events dated after publication, of which those asserted (as
happened) are wrong, while announced ones (future, intended, possible) may be right. No gold: these are
rates and sanity counts, not accuracy. Split key: the row index.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from eval.common import Extractor, Report, Timer, extract_all, khabar_extract, require, split_of
from eval.events_plover import share
from khabar.rules import LARGEST_EVENT_TOLL, fatalities, first_day
from khabar.schema import Article, Event

SOURCES = {
    "bbc-hi": "eval/hindi_news_bbc_raw/hindi-cleaned-test.csv",
    "guardian-en": "eval/english_news_guardian_raw/Guardian_SDF_sample.csv",
}
BIG_TOLL = LARGEST_EVENT_TOLL
PER_SPLIT = 200


@dataclass(frozen=True, slots=True)
class NewsArticle:
    key: str
    text: str
    published: date | None


def read_articles(source: str) -> list[NewsArticle]:
    """Every row of one raw news file, keyed by its row index."""
    csv.field_size_limit(1 << 30)
    with require(SOURCES[source]).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    if source == "bbc-hi":
        return [NewsArticle(str(i), row[1], None) for i, row in enumerate(rows) if len(row) > 1]
    return [
        NewsArticle(str(i), row[2], date.fromisoformat(row[1]) if row[1] else None)
        for i, row in enumerate(rows)
        if len(row) > 2
    ]


def news_splits(limit: int | None, per_split: int) -> Iterator[tuple[str, list[NewsArticle]]]:
    """``source/split`` and its first ``limit`` (else ``per_split``) articles, for each raw news source."""
    for source in SOURCES:
        articles = read_articles(source)
        for split in ("dev", "test"):
            yield f"{source}/{split}", [a for a in articles if split_of(a.key) == split][: limit or per_split]


def after_publication(event: Event, published: date | None) -> bool:
    day = first_day(event.date)
    return published is not None and day is not None and day > published


@dataclass
class AttachmentScore:
    articles: int = 0
    events: int = 0
    with_source: int = 0
    with_target: int = 0
    with_place: int = 0
    with_stated_date: int = 0
    with_date: int = 0
    big_tolls: list[str] = field(default_factory=list)  # "<key>: <fatalities>" per event over BIG_TOLL
    after_asserted: int = 0
    after_announced: int = 0
    cumulative_counts: int = 0
    quotes: int = 0
    quotes_with_speaker: int = 0

    def add(self, item: NewsArticle, article: Article) -> None:
        self.articles += 1
        self.cumulative_counts += sum(c.scope == "cumulative" for c in article.counts)
        self.quotes += len(article.quotes)
        self.quotes_with_speaker += sum(q.speaker is not None for q in article.quotes)
        for event in article.events:
            self.events += 1
            self.with_source += event.source is not None
            self.with_target += event.target is not None
            self.with_place += event.location is not None
            self.with_stated_date += event.date_source == "sentence"
            self.with_date += event.date is not None
            killed = fatalities(event.counts)
            if killed is not None and killed > BIG_TOLL:
                self.big_tolls.append(f"{item.key}: {killed}")
            if after_publication(event, article.published or item.published):
                if event.modality == "asserted":
                    self.after_asserted += 1
                else:
                    self.after_announced += 1


def score_articles(
    items: Sequence[NewsArticle], extract: Extractor = khabar_extract, workers: int = 1
) -> AttachmentScore:
    score = AttachmentScore()
    jobs = [(item.text, item.published) for item in items]
    for item, article in zip(items, extract_all(jobs, extract, workers), strict=True):
        score.add(item, article)
    return score


COLUMNS = [
    "source/split",
    "articles",
    "events",
    "source entity%",
    "target%",
    "place%",
    "date stated%",
    "any date%",
    f"fatalities > {BIG_TOLL:,}",
    "after publication: asserted / announced",
    "cumulative counts",
    "quotes",
    "quotes with speaker%",
]


def run(extract: Extractor = khabar_extract, workers: int = 1, limit: int | None = None) -> list[Report]:
    report = Report("events attachment: arguments and sanity on real news (no gold)", COLUMNS)
    for name, chosen in news_splits(limit, PER_SPLIT):
        timer = Timer()
        s = score_articles(chosen, extract, workers)
        report.rows.append(
            [
                name,
                str(s.articles),
                str(s.events),
                *(
                    share(n, s.events)
                    for n in (s.with_source, s.with_target, s.with_place, s.with_stated_date, s.with_date)
                ),
                str(len(s.big_tolls)),
                f"{s.after_asserted} / {s.after_announced}",
                str(s.cumulative_counts),
                str(s.quotes),
                share(s.quotes_with_speaker, s.quotes),
            ]
        )
        report.notes.append(f"{name}: {timer.rate(len(chosen))}")
        if s.big_tolls:
            tolls = ", ".join(s.big_tolls)
            report.notes.append(f"{name} events over {BIG_TOLL:,} killed (row: toll): {tolls}")
    report.notes += [
        f"the first {PER_SPLIT} articles of each split (row index key); BBC Hindi rows carry no publication "
        "date, so only dates the text states are checked there",
        "date stated%: the event's date comes from its clause or sentence; any date% adds publication days",
        "after publication: events dated after the article, asserted (wrong) / future, intended or possible",
        "quotes with speaker%: quotes attributed to an entity (no gold: a speaker may still be wrong)",
    ]
    return [report]
