"""The rows one ``Article`` gives the store's tables, and the rows of a story summary.

Derived values (an event's day and fatalities, a date's first day) come from ``khabar.rules``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from khabar.rules import event_day, fatalities, first_day
from khabar.schema import Article, Entity, Event, Span
from khabar.store import stories
from khabar.store.story_summary import Summary


def article_rows(article: Article, origin: str | None, now: datetime) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every row one article gives, as (table, row)."""
    aid = article.id
    yield (
        "articles",
        {
            "id": aid,
            "url": article.url,
            "title": article.title,
            "source": article.source,
            "published": article.published,
            "published_source": article.published_source,
            "language": article.language,
            "text": article.text,
            "n_events": len(article.events),
            "origin": origin,
            "ingested_at": now,
            "record": article.model_dump_json(),
        },
    )
    for i, s in enumerate(article.segments):
        yield (
            "segments",
            _span_row(aid, i, s.start, s.end) | {"kind": s.kind, "language": s.language, "script": s.script},
        )
    for i, s in enumerate(article.sentences):
        yield "sentences", _span_row(aid, i, s.start, s.end)
    entities = {e.id: e for e in article.entities}
    for i, e in enumerate(article.entities):
        fields = e.model_dump(exclude={"mentions"})
        yield "entities", fields | {"article_id": aid, "idx": i, "n_mentions": len(e.mentions)}
        for j, m in enumerate(e.mentions):
            fields = {"entity_id": e.id, "text": m.text, "kind": m.kind}
            yield "mentions", _span_row(aid, j, m.start, m.end) | fields
    for i, d in enumerate(article.dates):
        fields = {"text": d.text, "value": d.value, "precision": d.precision, "day": first_day(d.value)}
        yield "dates", _span_row(aid, i, d.start, d.end) | fields
    for i, c in enumerate(article.counts):
        fields = {"text": c.text, "what": c.what, "who": c.who, "value": c.value, "approx": c.approx}
        yield "counts", _span_row(aid, i, c.start, c.end) | fields
    for i, q in enumerate(article.quotes):
        yield "quotes", _span_row(aid, i, q.start, q.end) | {"text": q.text, "speaker": q.speaker}
    for i, m in enumerate(article.embeds):
        fields = m.model_dump(exclude={"start", "end"})
        yield "embeds", _span_row(aid, i, m.start, m.end) | fields
    for i, f in enumerate(article.flags):
        yield "flags", _span_row(aid, i, f.start, f.end) | {"kind": f.kind, "message": f.message}
    for i, event in enumerate(article.events):
        yield "events", event_row(article, event, i, entities)


def event_row(article: Article, event: Event, idx: int, entities: dict[str, Entity]) -> dict[str, Any]:
    """One ``events`` row: the event with its actors' names, its place and its article's facts."""
    source, target = entities.get(event.source or ""), entities.get(event.target or "")
    place = entities.get(event.location or "")
    return {
        "id": event.id,
        "article_id": article.id,
        "idx": idx,
        "type": event.type,
        "mode": event.mode,
        "context": event.context,
        "source": event.source,
        "source_name": _actor_name(source, event.source_text),
        "source_text": event.source_text.text if event.source_text else None,
        "source_country": event.source_country,
        "source_sector": event.source_sector,
        "target": event.target,
        "target_name": _actor_name(target, event.target_text),
        "target_text": event.target_text.text if event.target_text else None,
        "target_country": event.target_country,
        "target_sector": event.target_sector,
        "location": event.location,
        "location_name": place.name if place else None,
        "country": (place.country if place else None) or event.source_country or event.target_country,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "geonames_id": place.geonames_id if place else None,
        "geo_precision": _geo_precision(place),
        "date": event.date,
        "date_precision": event.date_precision,
        "date_source": event.date_source,
        "day": event_day(event, article.published),
        "counts": list(event.counts.items()),
        "fatalities": fatalities(event.counts),
        "negated": event.negated,
        "uncertain": event.uncertain,
        "modality": event.modality,
        "attributed_to": event.attributed_to,
        "cameo": event.cameo,
        "announced_as": event.announced_as,
        "announced_cameo": event.announced_cameo,
        "acled_event_type": event.acled_event_type,
        "acled_sub_event_type": event.acled_sub_event_type,
        "char_start": event.start,
        "char_end": event.end,
        "evidence": [{"char_start": s.start, "char_end": s.end, "text": s.text} for s in event.evidence],
        "actor_keys": stories.actor_keys(event, entities),
        "language": article.language,
        "published": article.published,
        "url": article.url,
        "outlet": article.source,
        "record": event.model_dump_json(),
    }


def _actor_name(entity: Entity | None, span: Span | None) -> str | None:
    return entity.name if entity else (span.text if span else None)


def _geo_precision(place: Entity | None) -> str | None:
    if place is None:
        return None
    return place.precision or ("country" if place.type == "COUNTRY" else None)


def _span_row(article_id: str, idx: int, start: int, end: int) -> dict[str, Any]:
    return {"article_id": article_id, "idx": idx, "char_start": start, "char_end": end}


def story_row(summary: Summary, now: datetime) -> dict[str, Any]:
    killed = fatalities({c.what: c.value for c in summary.counts})
    fields = {name: getattr(summary, name) for name in summary.__slots__ if name != "counts"}
    return fields | {"n_articles": len(summary.article_ids), "fatalities": killed, "updated_at": now}


def count_rows(summary: Summary) -> Iterable[dict[str, Any]]:
    for c in summary.counts:
        yield {
            "story_id": summary.id,
            "what": c.what,
            "value": c.value,
            "method": c.method,
            "min": c.min,
            "max": c.max,
            "n_sources": len(c.per_source),
            "per_source": [{"source": s, "article_id": a, "value": v} for s, a, v in c.per_source],
        }
