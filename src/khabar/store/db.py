"""The event store: articles and everything extracted from them, in one DuckDB file.

``Store.write`` stores a batch of ``Article`` records in one transaction: an article whose
id is already stored is skipped, an article with the URL of a stored one but another text
replaces it (its rows are deleted and the new ones inserted), and the batch's events are
put into stories (``khabar.store.stories``). A transaction either commits whole or not at
all, so a killed ingest loses only the batch in flight and re-running it resumes.

Rows go in as Arrow tables (one ``INSERT ... SELECT`` per table and batch) whose column
types are read from the database itself, so ``schema.sql`` is the one place that defines them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import duckdb
import pyarrow as pa

from khabar.schema import Article
from khabar.store import stories
from khabar.store.rows import article_rows, count_rows, story_row
from khabar.store.stories import Profile

SCHEMA_VERSION = "1"
DUCKDB_MAGIC = b"DUCK"  # bytes 8-11 of every DuckDB database file
DUCKDB_HEADER_BYTES = 3 * 4096  # the file header and two database headers, then the blocks
ARTICLE_TABLES = (
    "segments",
    "sentences",
    "entities",
    "mentions",
    "dates",
    "counts",
    "quotes",
    "embeds",
    "flags",
)
CHILD_TABLES = (*ARTICLE_TABLES, "events")
ALL_TABLES = ("articles", *CHILD_TABLES, "stories", "story_events", "story_counts")


class StoreError(Exception):
    """A store that cannot be opened or used; the message names the file and the reason."""


@dataclass(frozen=True, slots=True)
class WriteResult:
    """What one ``Store.write`` did."""

    stored: int  # articles inserted
    skipped: int  # already stored (same id)
    replaced: int  # older versions (same URL) deleted
    stories_touched: int


@cache
def schema_sql() -> str:
    return resources.files("khabar.store").joinpath("schema.sql").read_text(encoding="utf-8")


def open_store(path: str | Path, *, read_only: bool = False) -> Store:
    """Open (and, unless ``read_only``, create) the store at ``path``.

    Raises ``StoreError`` when the file is not a DuckDB database, is a DuckDB database of
    something else, is locked by another process, or (read-only) does not exist. A file
    that is not a DuckDB database is never written to.
    """
    path = Path(path)
    if path.is_dir():
        raise StoreError(f"{path}: is a directory, not a DuckDB database")
    if path.exists():
        _check_magic(path)
    elif read_only:
        raise StoreError(f"{path}: no such store (run `khabar ingest` first)")
    try:
        connection = duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as error:
        raise StoreError(f"{path}: cannot open: {_first_line(error)}") from None
    try:
        _check_length(connection, path)
        _prepare(connection, path, read_only)
    except duckdb.Error as error:
        connection.close()
        raise unreadable(path, error) from None
    except BaseException:
        connection.close()
        raise
    return Store(connection, path)


def unreadable(path: Path, error: duckdb.Error) -> StoreError:
    """The error for a store DuckDB fails to read (a file cut short or damaged)."""
    return StoreError(f"{path}: cannot read the store (damaged or truncated?): {_first_line(error)}")


def _check_magic(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(12)
    except OSError as error:
        raise StoreError(f"{path}: cannot read: {error.strerror or error}") from None
    if head[8:12] != DUCKDB_MAGIC:
        raise StoreError(f"{path}: not a DuckDB database file")


def _check_length(connection: duckdb.DuckDBPyConnection, path: Path) -> None:
    """A file shorter than the blocks its header counts lost its end (a copy cut short, a full disk)."""
    ((blocks, block_size),) = connection.execute(
        "SELECT total_blocks, block_size FROM pragma_database_size()"
    ).fetchall()
    expected = DUCKDB_HEADER_BYTES + blocks * block_size
    if blocks and (length := path.stat().st_size) < expected:
        raise StoreError(f"{path}: truncated: {length} bytes, but its header counts {expected}")


def _prepare(connection: duckdb.DuckDBPyConnection, path: Path, read_only: bool) -> None:
    tables = {row[0] for row in connection.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    if tables and "meta" not in tables:
        raise StoreError(
            f"{path}: a DuckDB database, but not a khabar store (tables: {', '.join(sorted(tables))})"
        )
    if "meta" in tables:
        rows = connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
        found = rows[0][0] if rows else "none"
        if found != SCHEMA_VERSION:
            raise StoreError(f"{path}: store schema version {found}, this khabar needs {SCHEMA_VERSION}")
        return
    if read_only:
        raise StoreError(f"{path}: an empty DuckDB database, not a khabar store")
    connection.execute("BEGIN TRANSACTION")
    connection.execute(schema_sql())
    connection.execute("INSERT INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])
    connection.execute("COMMIT")


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


class Store:
    """An open store. Use as a context manager, or call ``close``."""

    def __init__(self, connection: duckdb.DuckDBPyConnection, path: Path) -> None:
        self.connection = connection
        self.path = path
        self._arrow_schemas: dict[str, pa.Schema] = {}

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self.connection.close()

    def article_ids(self) -> set[str]:
        """Ids of every stored article."""
        return {row[0] for row in self.connection.execute("SELECT id FROM articles").fetchall()}

    def row_counts(self) -> dict[str, int]:
        """Rows in each table."""
        return {t: self.connection.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in ALL_TABLES}

    def article_stories(self, *, by: Literal["id", "url"] = "id") -> dict[str, set[str]]:
        """The stories each stored article is in (empty for an article in none), by id or URL."""
        rows = self.connection.execute(
            f"""SELECT a.{by}, list(DISTINCT se.story_id) FILTER (WHERE se.story_id IS NOT NULL)
                FROM articles a LEFT JOIN story_events se ON se.article_id = a.id
                WHERE a.{by} IS NOT NULL GROUP BY a.{by}"""
        ).fetchall()
        return {key: set(stories or ()) for key, stories in rows}

    def article(self, article_id: str) -> Article | None:
        """The stored record of one article."""
        rows = self.connection.execute("SELECT record FROM articles WHERE id = ?", [article_id]).fetchall()
        return Article.model_validate_json(rows[0][0]) if rows else None

    def write(self, batch: Sequence[Article], origins: Sequence[str | None] = ()) -> WriteResult:
        """Store a batch of articles in one transaction (see the module docstring)."""
        origin_of = dict(zip((a.id for a in batch), origins, strict=False))
        latest: dict[str, Article] = {}
        for article in batch:  # within a batch, the last version of an id or URL wins
            latest[article.url or f"\0{article.id}"] = article
        stored_ids = self._existing([a.id for a in latest.values()])
        fresh = [a for a in latest.values() if a.id not in stored_ids]
        connection = self.connection
        connection.execute("BEGIN TRANSACTION")
        try:
            replaced = self._delete_older_versions(fresh)
            orphaned = self._delete_articles(replaced)
            self._insert(fresh, origin_of)
            touched = self._update_stories(fresh, orphaned)
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        return WriteResult(len(fresh), len(batch) - len(fresh), len(replaced), touched)

    def _existing(self, ids: Sequence[str]) -> set[str]:
        rows = self.connection.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [ids])
        return {row[0] for row in rows.fetchall()}

    def _delete_older_versions(self, fresh: Sequence[Article]) -> list[str]:
        urls = [a.url for a in fresh if a.url]
        if not urls:
            return []
        rows = self.connection.execute(
            "SELECT id FROM articles WHERE url IN (SELECT unnest(?)) AND id NOT IN (SELECT unnest(?))",
            [urls, [a.id for a in fresh]],
        ).fetchall()
        return [row[0] for row in rows]

    def _delete_articles(self, ids: Sequence[str]) -> set[str]:
        """Delete articles and all their rows; returns the stories that lost events."""
        if not ids:
            return set()
        execute = self.connection.execute
        rows = execute(
            "SELECT DISTINCT story_id FROM story_events WHERE article_id IN (SELECT unnest(?))", [ids]
        )
        stories_hit = {row[0] for row in rows.fetchall()}
        for table in (*CHILD_TABLES, "story_events"):
            execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [ids])
        execute("DELETE FROM articles WHERE id IN (SELECT unnest(?))", [ids])
        return stories_hit

    def _insert(self, articles: Sequence[Article], origin_of: dict[str, str | None]) -> None:
        now = datetime.now(UTC).replace(tzinfo=None)
        rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for article in articles:
            for table, row in article_rows(article, origin_of.get(article.id), now):
                rows[table].append(row)
        for table in ("articles", *CHILD_TABLES):
            if rows[table]:
                self._append(table, rows[table])

    def _append(self, table: str, rows: list[dict[str, Any]]) -> None:
        data = pa.Table.from_pylist(rows, schema=self._arrow_schema(table))
        view = f"_khabar_batch_{table}"
        self.connection.register(view, data)
        try:
            self.connection.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {view}")
        finally:
            self.connection.unregister(view)

    def _arrow_schema(self, table: str) -> pa.Schema:
        if table not in self._arrow_schemas:
            self._arrow_schemas[table] = (
                self.connection.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table().schema
            )
        return self._arrow_schemas[table]

    def _update_stories(self, articles: Sequence[Article], orphaned: set[str]) -> int:
        """Put the new events into stories, then rewrite the rows of every story that changed."""
        wanted = _storyable_ids(articles)
        if not wanted and not orphaned:
            return 0
        new = [p for p in self._profiles("e.id IN (SELECT unnest(?))", [sorted(wanted)])]
        nearby = self._candidate_stories(new)
        assignment = stories.assign(new, nearby)
        execute = self.connection.execute
        for absorbed, into in assignment.merged.items():
            execute("UPDATE story_events SET story_id = ? WHERE story_id = ?", [into, absorbed])
        if assignment.story_of:
            article_of = {p.event_id: p.article_id for p in new}
            links = [
                {"story_id": sid, "event_id": eid, "article_id": article_of[eid]}
                for eid, sid in assignment.story_of.items()
                if eid in article_of
            ]
            self._append("story_events", links)
        changed = (assignment.touched | orphaned) - set(assignment.merged)
        self._rewrite_stories(changed, set(assignment.merged))
        return len(changed)

    def _candidate_stories(self, new: Sequence[Profile]) -> dict[str, list[Profile]]:
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
        for sid, profile in self._story_profiles(condition, params):
            grouped[sid].append(profile)
        return grouped

    def _rewrite_stories(self, changed: set[str], removed: set[str]) -> None:
        execute = self.connection.execute
        gone = sorted(changed | removed)
        if not gone:
            return
        execute("DELETE FROM stories WHERE id IN (SELECT unnest(?))", [gone])
        execute("DELETE FROM story_counts WHERE story_id IN (SELECT unnest(?))", [gone])
        members: dict[str, list[Profile]] = defaultdict(list)
        for sid, profile in self._story_profiles("se.story_id IN (SELECT unnest(?))", [sorted(changed)]):
            members[sid].append(profile)
        now = datetime.now(UTC).replace(tzinfo=None)
        summaries, figures = [], []
        for sid in sorted(members):
            summary = stories.summarise(sid, sorted(members[sid], key=lambda p: p.event_id))
            summaries.append(story_row(summary, now))
            figures.extend(count_rows(summary))
        if summaries:
            self._append("stories", summaries)
        if figures:
            self._append("story_counts", figures)

    def _profiles(self, condition: str, params: list[Any]) -> list[Profile]:
        return [profile for _, profile in self._rows_to_profiles(condition, params, join_stories=False)]

    def _story_profiles(self, condition: str, params: list[Any]) -> Iterator[tuple[str, Profile]]:
        return self._rows_to_profiles(condition, params, join_stories=True)

    def _rows_to_profiles(
        self, condition: str, params: list[Any], *, join_stories: bool
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
        for row in self.connection.execute(query, params).fetchall():
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
