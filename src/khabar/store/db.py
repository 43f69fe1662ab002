"""The event store: articles and everything extracted from them, in one DuckDB file.

``Store.write`` stores a batch of ``Article`` records in one transaction: an article whose
id is already stored is skipped, an article with the URL of a stored one but another text
replaces it (its rows are deleted and the new ones inserted), and the batch's events are
put into stories (``khabar.store.stories``). A transaction either commits whole or not at
all, so a killed ingest loses only the batch in flight and re-running it resumes.

``open_store`` opens a store once its file passed the checks of ``khabar.store.store_file``
(raising ``StoreError`` otherwise); ``khabar.store.story_updates`` keeps the stories tables
current. Rows go in as Arrow tables (one ``INSERT ... SELECT`` per table and batch) whose column
types are read from the database itself, so ``schema.sql`` is the one place that defines them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import duckdb
import pyarrow as pa

from khabar.schema import Article
from khabar.store.rows import article_rows
from khabar.store.store_file import (
    StoreError,
    check_length,
    check_magic,
    check_schema,
    first_line,
    unreadable,
)
from khabar.store.story_updates import update_stories

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


@dataclass(frozen=True, slots=True)
class WriteResult:
    """What one ``Store.write`` did."""

    stored: int  # articles inserted
    skipped: int  # already stored (same id)
    replaced: int  # older versions (same URL) deleted
    stories_touched: int


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
        check_magic(path)
    elif read_only:
        raise StoreError(f"{path}: no such store (run `khabar ingest` first)")
    try:
        connection = duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as error:
        raise StoreError(f"{path}: cannot open: {first_line(error)}") from None
    try:
        check_length(connection, path)
        check_schema(connection, path, read_only)
    except duckdb.Error as error:
        connection.close()
        raise unreadable(path, error) from None
    except BaseException:
        connection.close()
        raise
    return Store(connection, path)


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
            touched = update_stories(self, fresh, orphaned)
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
                self.append(table, rows[table])

    def append(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Insert ``rows`` into ``table`` (within the caller's transaction)."""
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
