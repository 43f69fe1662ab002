"""Generic actors on real news: how many ``GROUP`` entities, how many with a country, and whether the
text right at them supports that country.

Over the first 100 articles of a split of BBC Hindi and of the Guardian sample (as
``events_attachment``; split key: the row index). A group's country is *supported* when one of its
mentions holds, or has within ``PHRASE_REACH`` characters before it, a country, place, organisation
or person mention of that country, or one right after it and "of": a demonym or possessive in its
phrase ("Turkish forces", "Syria's army", "पाकिस्तान की सेना", "दिल्ली पुलिस", "the Assad regime",
"the army of Pakistan"). An unsupported country came from the context (the sentence or the
article), which is where wrong countries come from; it may still be right. No gold: these are
counts, to be read beside the groups themselves.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from eval.common import Extractor, Report, Timer, extract_all, khabar_extract
from eval.events_attachment import NewsArticle, news_splits
from eval.events_plover import share
from khabar.schema import Article, Entity

PER_SPLIT = 100
PHRASE_REACH = 24  # characters before a group's mention that still belong to its phrase


@dataclass
class GroupScore:
    articles: int = 0
    groups: int = 0
    with_country: int = 0
    supported: int = 0

    def add(self, article: Article) -> None:
        self.articles += 1
        for group in (e for e in article.entities if e.type == "GROUP"):
            self.groups += 1
            if group.country:
                self.with_country += 1
                self.supported += supported(group, article)


def supported(group: Entity, article: Article) -> bool:
    """Does a mention of another entity of the group's country lie in or right before its phrase, or
    right after it and "of"?"""
    near = [
        m
        for e in article.entities
        if e.type in ("COUNTRY", "PLACE", "ORG", "PERSON") and e.country == group.country
        for m in e.mentions
    ]
    return any(
        (m.start < g.end and m.end > g.start - PHRASE_REACH and m.end <= g.end)
        or (m.start > g.end and article.text[g.end : m.start].strip() == "of")
        for g in group.mentions
        for m in near
    )


def score_articles(
    items: Sequence[NewsArticle], extract: Extractor = khabar_extract, workers: int = 1
) -> GroupScore:
    score = GroupScore()
    for article in extract_all([(item.text, item.published) for item in items], extract, workers):
        score.add(article)
    return score


COLUMNS = ["source/split", "articles", "groups", "with country", "supported", "unsupported", "supported%"]


def run(extract: Extractor = khabar_extract, workers: int = 1, limit: int | None = None) -> list[Report]:
    report = Report("generic actors: countries of GROUP entities on real news (no gold)", COLUMNS)
    for name, chosen in news_splits(limit, PER_SPLIT):
        timer = Timer()
        s = score_articles(chosen, extract, workers)
        report.rows.append(
            [
                name,
                str(s.articles),
                str(s.groups),
                str(s.with_country),
                str(s.supported),
                str(s.with_country - s.supported),
                share(s.supported, s.with_country),
            ]
        )
        report.notes.append(f"{name}: {timer.rate(len(chosen))}")
    report.notes += [
        f"the first {PER_SPLIT} articles of each split (row index key)",
        f"supported: a country, place, organisation or person of the group's country in its mention or up "
        f"to {PHRASE_REACH} characters before it, or right after it and 'of'; unsupported countries come "
        "from the context",
    ]
    return [report]
