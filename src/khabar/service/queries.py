"""The SQL the API runs over the store (``khabar.store``'s tables), always parameterised.

User input only ever reaches DuckDB as a bound parameter (``?``); the only SQL text built
here is chosen from fixed fragments. Substring search uses ``ILIKE`` with ``%``, ``_`` and
the escape character escaped, since the store has no full-text index (DuckDB's fts
extension downloads at install and is not available offline).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

import duckdb
import orjson

from khabar.schema import Article, Mention, Record
from khabar.service.models import (
    ENTITY_FIELDS,
    EVENT_FACTS,
    AggregateBy,
    EntityDetail,
    EventSummary,
    Story,
    StoryCount,
)
from khabar.store.store_file import missing_columns

Connection = duckdb.DuckDBPyConnection
R = TypeVar("R", bound=Record)


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What ``GET /events`` and ``GET /aggregates`` filter on; None means no condition."""

    since: date | None = None
    until: date | None = None
    country: str | None = None
    type: str | None = None
    actor: str | None = None
    place: str | None = None
    language: str | None = None
    story: str | None = None
    q: str | None = None


def like_pattern(text: str) -> str:
    """An ILIKE pattern matching ``text`` anywhere, with its wildcards taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _where(spec: EventFilter) -> tuple[str, list[Any]]:
    """A WHERE clause over ``events e`` and its parameters."""
    clauses: list[str] = []
    params: list[Any] = []
    if spec.since is not None:
        clauses.append("e.day >= ?")
        params.append(spec.since)
    if spec.until is not None:
        clauses.append("e.day <= ?")
        params.append(spec.until)
    for column in ("country", "type", "language"):
        value = getattr(spec, column)
        if value is not None:
            clauses.append(f"e.{column} = ?")
            params.append(value)
    if spec.actor is not None:
        pattern = like_pattern(spec.actor)
        clauses.append(
            "(e.source = ? OR e.target = ?"
            " OR e.source_name ILIKE ? ESCAPE '\\' OR e.target_name ILIKE ? ESCAPE '\\'"
            " OR e.source_text ILIKE ? ESCAPE '\\' OR e.target_text ILIKE ? ESCAPE '\\')"
        )
        params += [spec.actor, spec.actor, pattern, pattern, pattern, pattern]
    if spec.place is not None:
        clauses.append("(e.location = ? OR e.location_name ILIKE ? ESCAPE '\\')")
        params += [spec.place, like_pattern(spec.place)]
    if spec.story is not None:
        clauses.append("e.id IN (SELECT event_id FROM story_events WHERE story_id = ?)")
        params.append(spec.story)
    if spec.q is not None:
        pattern = like_pattern(spec.q)
        clauses.append(
            "e.article_id IN (SELECT id FROM articles"
            " WHERE text ILIKE ? ESCAPE '\\' OR title ILIKE ? ESCAPE '\\')"
        )
        params += [pattern, pattern]
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def _select(names: Sequence[str], alias: str, expressions: Mapping[str, str] | None = None) -> str:
    """The SELECT list for model fields: ``<alias>.<field>`` unless ``expressions`` names another."""
    return ", ".join((expressions or {}).get(name, f"{alias}.{name}") for name in names)


def _typed(model: type[R], names: Sequence[str], row: tuple[Any, ...], **more: Any) -> R:
    """A row of the columns ``_select`` made for ``names`` (and ``more`` fields), validated into ``model``."""
    return model.model_validate({**dict(zip(names, row, strict=True)), **more})


_EVENT_COLUMNS = "e.record, " + _select(
    EVENT_FACTS,
    "e",
    {
        "title": "a.title",
        "story_id": "(SELECT min(s.story_id) FROM story_events s WHERE s.event_id = e.id)",
    },
)


def _event_summaries(rows: list[tuple[Any, ...]]) -> list[EventSummary]:
    """``(record, *facts)`` rows as the stored ``Event`` records with their facts."""
    return [
        EventSummary.model_validate({**orjson.loads(record), **dict(zip(EVENT_FACTS, facts, strict=True))})
        for record, *facts in rows
    ]


def count_events(con: Connection, spec: EventFilter) -> int:
    where, params = _where(spec)
    return con.execute(f"SELECT count(*) FROM events e{where}", params).fetchone()[0]


def find_events(con: Connection, spec: EventFilter, *, limit: int, offset: int) -> list[EventSummary]:
    """Events matching ``spec``, newest day first, with their article's facts and story."""
    where, params = _where(spec)
    sql = (
        f"SELECT {_EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id{where}"
        " ORDER BY e.day DESC NULLS LAST, e.article_id, e.idx LIMIT ? OFFSET ?"
    )
    return _event_summaries(con.execute(sql, [*params, limit, offset]).fetchall())


def events_involving(con: Connection, entity_id: str, *, limit: int) -> list[EventSummary]:
    """Events whose source, target or place is the entity."""
    sql = (
        f"SELECT {_EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id"
        " WHERE ? IN (e.source, e.target, e.location) ORDER BY e.idx LIMIT ?"
    )
    return _event_summaries(con.execute(sql, [entity_id, limit]).fetchall())


_GROUPS: dict[AggregateBy, str] = {
    "week": "strftime(date_trunc('week', e.day), '%Y-%m-%d')",
    "type": "e.type",
    "country": "e.country",
}


def aggregate(con: Connection, spec: EventFilter, by: AggregateBy) -> list[tuple[str, int, int]]:
    """``(key, events, articles)`` per week (ISO weeks, keyed by their Monday), type or country."""
    where, params = _where(spec)
    key = _GROUPS[by]
    not_null = f"{key} IS NOT NULL"
    where = f"{where} AND {not_null}" if where else f" WHERE {not_null}"
    order = "key" if by == "week" else "events DESC, key"
    sql = (
        f"SELECT {key} AS key, count(*) AS events, count(DISTINCT e.article_id) AS articles"
        f" FROM events e{where} GROUP BY key ORDER BY {order}"
    )
    return con.execute(sql, params).fetchall()


def totals(con: Connection) -> tuple[int, int, date | None, date | None]:
    """``(articles, events, first day, last day)`` in the store."""
    articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    events, first, last = con.execute("SELECT count(*), min(day), max(day) FROM events").fetchone()
    return articles, events, first, last


def languages(con: Connection) -> list[tuple[str, int, int]]:
    """``(language, events, articles)`` over every article, including those without events."""
    sql = (
        "SELECT a.language, count(e.id), count(DISTINCT a.id) FROM articles a"
        " LEFT JOIN events e ON e.article_id = a.id WHERE a.language IS NOT NULL"
        " GROUP BY a.language ORDER BY count(DISTINCT a.id) DESC, a.language"
    )
    return con.execute(sql).fetchall()


def article(con: Connection, article_id: str) -> Article | None:
    """The stored ``Article`` record, or None."""
    row = con.execute("SELECT record FROM articles WHERE id = ?", [article_id]).fetchone()
    return Article.model_validate_json(row[0]) if row else None


_ENTITY_NAMES = (*ENTITY_FIELDS, "article_id", "article_title")
_ENTITY_COLUMNS = _select(_ENTITY_NAMES, "n", {"article_title": "a.title"})


def entity(con: Connection, entity_id: str, *, events: int) -> EntityDetail | None:
    """One entity with its article's title, its mentions and (at most ``events``) events, or None."""
    sql = f"SELECT {_ENTITY_COLUMNS} FROM entities n JOIN articles a ON a.id = n.article_id WHERE n.id = ?"
    row = con.execute(sql, [entity_id]).fetchone()
    if row is None:
        return None
    mentions = [Mention(start=s, end=e, text=t, kind=k) for s, e, t, k in _mentions(con, entity_id)]
    involved = events_involving(con, entity_id, limit=events)
    return _typed(EntityDetail, _ENTITY_NAMES, row, mentions=mentions, events=involved)


def _mentions(con: Connection, entity_id: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, text, kind)`` of each mention of the entity, in text order (a store written
    before mentions had a kind, opened read-only, has names only)."""
    kind = "'name'" if any(t == "mentions" for t, _, _ in missing_columns(con)) else "kind"
    sql = f"SELECT char_start, char_end, text, {kind} FROM mentions WHERE entity_id = ? ORDER BY idx"
    return con.execute(sql, [entity_id]).fetchall()


_STORY_NAMES = tuple(name for name in Story.model_fields if name not in ("counts", "events"))
_COUNT_NAMES = tuple(StoryCount.model_fields)


def story(con: Connection, story_id: str, *, events: int) -> Story | None:
    """One story with its combined figures and (at most ``events``) events, or None."""
    sql = f"SELECT {_select(_STORY_NAMES, 's')} FROM stories s WHERE s.id = ?"
    row = con.execute(sql, [story_id]).fetchone()
    if row is None:
        return None
    sql = f"SELECT {_select(_COUNT_NAMES, 'c')} FROM story_counts c WHERE c.story_id = ? ORDER BY c.what"
    counts = [_typed(StoryCount, _COUNT_NAMES, r) for r in con.execute(sql, [story_id]).fetchall()]
    members = find_events(con, EventFilter(story=story_id), limit=events, offset=0)
    return _typed(Story, _STORY_NAMES, row, counts=counts, events=members)
