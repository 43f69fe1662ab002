"""Keeping the stories tables current as a batch of articles is stored (``Store.write``).

The batch's storyable events are assigned to stories (``khabar.store.stories.assign``) among the
stories with events of the same type within ``DAY_WINDOW`` days of theirs; stories merged into others
are relinked, and every story that gained or lost events has its ``stories`` and ``story_counts``
rows rewritten from its members' profiles, read back from the ``events`` table.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from khabar.schema import Article
from khabar.store import stories
from khabar.store.rows import count_rows, story_row
from khabar.store.stories import Profile
from khabar.store.story_summary import summarise

if TYPE_CHECKING:
    from khabar.store.db import Store


def update_stories(store: Store, articles: Sequence[Article], orphaned: set[str]) -> int:
    """Put the new events into stories, then rewrite the rows of every story that changed."""
    wanted = _storyable_ids(articles)
    if not wanted and not orphaned:
        return 0
    new = [p for p in _profiles(store, "e.id IN (SELECT unnest(?))", [sorted(wanted)])]
    nearby = _candidate_stories(store, new)
    assignment = stories.assign(new, nearby)
    execute = store.connection.execute
    for absorbed, into in assignment.merged.items():
        execute("UPDATE story_events SET story_id = ? WHERE story_id = ?", [into, absorbed])
    if assignment.story_of:
        article_of = {p.event_id: p.article_id for p in new}
        links = [
            {"story_id": sid, "event_id": eid, "article_id": article_of[eid]}
            for eid, sid in assignment.story_of.items()
            if eid in article_of
        ]
        store.append("story_events", links)
    changed = (assignment.touched | orphaned) - set(assignment.merged)
    _rewrite_stories(store, changed, set(assignment.merged))
    return len(changed)


def _candidate_stories(store: Store, new: Sequence[Profile]) -> dict[str, list[Profile]]:
    days = [p.day for p in new if p.day is not None]
    if not days:
        return {}
    window = stories.DAY_WINDOW
    condition = (
        "e.type IN (SELECT unnest(?)) AND e.day BETWEEN ?::DATE - ?::INTEGER AND ?::DATE + ?::INTEGER"
        " AND se.story_id IS NOT NULL"
    )
    params = [sorted({p.type for p in new}), min(days), window, max(days), window]
    grouped: dict[str, list[Profile]] = defaultdict(list)
    for sid, profile in _story_profiles(store, condition, params):
        grouped[sid].append(profile)
    return grouped


def _rewrite_stories(store: Store, changed: set[str], removed: set[str]) -> None:
    execute = store.connection.execute
    gone = sorted(changed | removed)
    if not gone:
        return
    execute("DELETE FROM stories WHERE id IN (SELECT unnest(?))", [gone])
    execute("DELETE FROM story_counts WHERE story_id IN (SELECT unnest(?))", [gone])
    members: dict[str, list[Profile]] = defaultdict(list)
    for sid, profile in _story_profiles(store, "se.story_id IN (SELECT unnest(?))", [sorted(changed)]):
        members[sid].append(profile)
    now = datetime.now(UTC).replace(tzinfo=None)
    summaries, figures = [], []
    for sid in sorted(members):
        summary = summarise(sid, sorted(members[sid], key=lambda p: p.event_id))
        summaries.append(story_row(summary, now))
        figures.extend(count_rows(summary))
    if summaries:
        store.append("stories", summaries)
    if figures:
        store.append("story_counts", figures)


def _profiles(store: Store, condition: str, params: list[Any]) -> list[Profile]:
    return [profile for _, profile in _rows_to_profiles(store, condition, params, join_stories=False)]


def _story_profiles(store: Store, condition: str, params: list[Any]) -> Iterator[tuple[str, Profile]]:
    return _rows_to_profiles(store, condition, params, join_stories=True)


def _rows_to_profiles(
    store: Store, condition: str, params: list[Any], *, join_stories: bool
) -> Iterator[tuple[str, Profile]]:
    join = "JOIN story_events se ON se.event_id = e.id" if join_stories else ""
    story = "se.story_id" if join_stories else "NULL"
    query = f"""
        SELECT {story}, e.id, e.article_id, e.type, e.day, e.actor_keys, e.country, e.lat, e.lon,
               e.geonames_id, e.geo_precision, e.location_name, e.mode, e.source_name, e.target_name,
               e.counts, e.language, e.outlet, e.url, a.title, e.published
        FROM events e {join} JOIN articles a ON a.id = e.article_id
        WHERE {condition}
        ORDER BY e.article_id, e.idx
    """
    for row in store.connection.execute(query, params).fetchall():
        (sid, eid, aid, kind, day, keys, country, lat, lon, gid, precision, place) = row[:12]
        (mode, source_name, target_name, counts, language, outlet, url, title, published) = row[12:]
        yield (
            sid,
            Profile(
                event_id=eid,
                article_id=aid,
                type=kind,
                day=day,
                actor_keys=frozenset(keys),
                country=country,
                lat=lat,
                lon=lon,
                geonames_id=gid,
                geo_precision=precision,
                location_name=place,
                mode=mode,
                actors=tuple(name for name in (source_name, target_name) if name),
                counts=dict(counts),
                language=language,
                source=stories.source_key(outlet, url, aid),
                title=title,
                published=published,
            ),
        )


def _storyable_ids(articles: Sequence[Article]) -> set[str]:
    return {e.id for a in articles for e in a.events if stories.storyable(e)}
