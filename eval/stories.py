"""Stories: how the store groups the articles of ``tests/data/stories`` against the gold grouping.

The corpus (``corpus.jsonl``, 2 languages) has a gold story label per article URL (``gold.yaml``)
and hand-coded events (``events.yaml``). Two groupings are scored pairwise: the hand-coded
events through ``Store.write`` (the story rules alone) and the articles extracted end to end
(the event coder and the story rules). Pairwise scoring is a few lines of set arithmetic; no
installed library scores overlapping groupings (an article can be in several stories).
"""

from __future__ import annotations

import tempfile
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

import orjson
import yaml

from eval.common import Report, pct
from khabar.schema import Article, Entity, Event, Span, article_id
from khabar.store.db import open_store

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "stories"


@dataclass(frozen=True, slots=True)
class PairScores:
    precision: float
    recall: float
    f1: float
    predicted_pairs: int
    gold_pairs: int
    correct_pairs: int


def pairwise_scores(predicted: Mapping[str, Collection[str]], gold: Mapping[str, str]) -> PairScores:
    """Pairwise precision and recall of a grouping of items (e.g. articles) against gold labels.

    ``predicted`` maps an item to the groups it is in (an article can be in several
    stories, or none); two items are a predicted pair when they share a group. ``gold``
    maps every item to one label; only items in ``gold`` are scored.
    """
    items = sorted(gold)
    predicted_pairs = gold_pairs = correct = 0
    for a, b in combinations(items, 2):
        is_predicted = bool(set(predicted.get(a, ())) & set(predicted.get(b, ())))
        is_gold = gold[a] == gold[b]
        predicted_pairs += is_predicted
        gold_pairs += is_gold
        correct += is_predicted and is_gold
    precision = correct / predicted_pairs if predicted_pairs else 1.0
    recall = correct / gold_pairs if gold_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PairScores(precision, recall, f1, predicted_pairs, gold_pairs, correct)


def load_gold() -> dict[str, str]:
    """Article URL -> gold story label."""
    return yaml.safe_load((CORPUS / "gold.yaml").read_text(encoding="utf-8"))


def corpus_records() -> list[dict[str, Any]]:
    """The corpus articles: ``text``, ``url``, ``title``, ``source`` and ``published``."""
    lines = (CORPUS / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    return [orjson.loads(line) for line in lines if line.strip()]


def hand_coded_articles() -> list[Article]:
    """The corpus as Article records whose entities and events come from events.yaml."""
    coding = yaml.safe_load((CORPUS / "events.yaml").read_text(encoding="utf-8"))
    articles = []
    for record in corpus_records():
        text, url = record["text"], record["url"]
        ident = article_id(text, url)
        entities: dict[str, Entity] = {}
        sentence = text.split("\n")[0]
        evidence = Span(start=0, end=len(sentence), text=sentence)
        events = [
            _coded_event(f"{ident}:v{n}", coded, coding, entities, ident, evidence)
            for n, coded in enumerate(coding["events"][url])
        ]
        articles.append(
            Article(
                id=ident,
                url=url,
                title=record["title"],
                source=record["source"],
                published=date.fromisoformat(record["published"]),
                published_source="given",
                text=text,
                language="hi" if any("\u0900" <= c <= "\u097f" for c in text) else "en",
                entities=list(entities.values()),
                events=events,
            )
        )
    return articles


def _coded_event(
    event_id: str,
    coded: dict[str, Any],
    coding: dict[str, Any],
    entities: dict[str, Entity],
    article: str,
    evidence: Span,
) -> Event:
    """One hand-coded event, its actors and place made entities of the article."""
    sides: dict[str, Any] = {}
    for side in ("source", "target"):
        actor = coded.get(side) or {}
        if "entity" in actor:
            iso3 = coding["countries"][actor["entity"]]
            sides[side] = _entity(entities, article, actor["entity"], "COUNTRY", {"country": iso3})
        sides[f"{side}_country"] = actor.get("country")
        sides[f"{side}_sector"] = actor.get("sector")
    place = coded.get("place")
    location = _entity(entities, article, place, "PLACE", coding["places"][place]) if place else None
    return Event(
        id=event_id,
        type=coded["type"],
        mode=coded.get("mode"),
        location=location,
        date=coded["day"].isoformat(),
        date_precision="day",
        date_source="sentence",
        counts=coded.get("counts", {}),
        start=evidence.start,
        end=evidence.end,
        evidence=[evidence],
        **sides,
    )


def _entity(entities: dict[str, Entity], ident: str, name: str, kind: str, facts: dict[str, Any]) -> str:
    """The id of the article's entity ``name``, made on first use."""
    if name not in entities:
        entities[name] = Entity(id=f"{ident}:e{len(entities)}", name=name, type=kind, **facts)
    return entities[name].id


def extracted_articles() -> list[Article]:
    """The corpus through the real pipeline."""
    from khabar.pipeline import extract

    return [
        extract(
            r["text"],
            url=r["url"],
            title=r["title"],
            source=r["source"],
            published=date.fromisoformat(r["published"]),
        )
        for r in corpus_records()
    ]


def score_grouping(articles: Sequence[Article]) -> PairScores:
    """Store the articles in a fresh store and score its stories (by article URL) against the gold."""
    with tempfile.TemporaryDirectory() as folder, open_store(Path(folder) / "stories.duckdb") as store:
        store.write(articles)
        return pairwise_scores(store.article_stories(by="url"), load_gold())


def run() -> list[Report]:
    report = Report(
        "stories: pairwise grouping of tests/data/stories against gold.yaml",
        ["events", "gold pairs", "predicted pairs", "correct", "P%", "R%", "F1%"],
    )
    for name, articles in (("hand-coded", hand_coded_articles()), ("extracted", extracted_articles())):
        s = score_grouping(articles)
        counts = [str(s.gold_pairs), str(s.predicted_pairs), str(s.correct_pairs)]
        report.rows.append([name, *counts, pct(s.precision), pct(s.recall), pct(s.f1)])
    report.notes.append(f"{len(corpus_records())} articles; a pair is two articles sharing a story")
    return [report]
