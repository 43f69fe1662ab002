"""The store: creation, idempotent writes, replacement of changed articles, bad files, speed."""

from __future__ import annotations

import time
from pathlib import Path

import duckdb
import pytest
from eval.stories import hand_coded_articles

from khabar.schema import Article, Entity, Mention, MentionKind, article_id
from khabar.service.queries import entity
from khabar.store.db import Store, StoreError, open_store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with open_store(tmp_path / "k.duckdb") as opened:
        yield opened


def consistent(store: Store) -> None:
    """Every child row belongs to a stored article, and each article has all its rows."""
    sql = store.connection.execute
    for table in ("entities", "mentions", "counts", "events", "story_events"):
        orphans = sql(
            f"SELECT count(*) FROM {table} WHERE article_id NOT IN (SELECT id FROM articles)"
        ).fetchall()
        assert orphans == [(0,)], table
    partial = sql(
        """SELECT count(*) FROM articles a WHERE
           n_events <> (SELECT count(*) FROM events WHERE article_id = a.id)
           OR json_array_length(record->'entities')
              <> (SELECT count(*) FROM entities WHERE article_id = a.id)"""
    ).fetchall()
    assert partial == [(0,)]


def test_write_round_trips_the_record(store: Store) -> None:
    articles = hand_coded_articles()
    result = store.write(articles, [f"corpus.jsonl:{n}" for n in range(len(articles))])
    assert (result.stored, result.skipped, result.replaced) == (14, 0, 0)
    assert store.article(articles[1].id) == articles[1]
    assert store.article("nope") is None
    counts = store.row_counts()
    assert counts["events"] == sum(len(a.events) for a in articles) == 15
    assert counts["story_events"] == 15
    consistent(store)


def test_writing_twice_stores_once(store: Store) -> None:
    articles = hand_coded_articles()
    store.write(articles)
    before = store.row_counts()
    result = store.write(articles + articles[:3])
    assert (result.stored, result.skipped) == (0, 17)
    assert store.row_counts() == before


def test_changed_article_replaces_its_old_version(store: Store) -> None:
    articles = hand_coded_articles()
    store.write(articles)
    old = articles[0]
    text = old.text.replace("40", "41")
    new = old.model_copy(update={"id": article_id(text, old.url), "text": text, "events": []})
    result = store.write([new])
    assert (result.stored, result.replaced) == (1, 1)
    assert store.article(old.id) is None and store.article(new.id) == new
    assert store.connection.execute(
        "SELECT count(*) FROM events WHERE article_id = ?", [old.id]
    ).fetchall() == [(0,)]
    assert store.row_counts()["articles"] == 14
    stories = store.article_stories()
    assert stories[new.id] == set()
    consistent(store)


def test_not_a_duckdb_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("these are my notes, not a database\n")
    with pytest.raises(StoreError, match="not a DuckDB database file"):
        open_store(path)
    assert path.read_text() == "these are my notes, not a database\n"
    with pytest.raises(StoreError, match="is a directory"):
        open_store(tmp_path)
    with pytest.raises(StoreError, match="no such store"):
        open_store(tmp_path / "missing.duckdb", read_only=True)


def test_other_duckdb_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    with duckdb.connect(str(path)) as other:
        other.execute("CREATE TABLE sales (n INTEGER)")
    with pytest.raises(StoreError, match="not a khabar store"):
        open_store(path)


def test_reopen_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "k.duckdb"
    with open_store(path) as store:
        store.write(hand_coded_articles()[:2])
    with open_store(path, read_only=True) as store:
        assert store.row_counts()["articles"] == 2


def test_store_without_mention_kinds_is_given_the_column(tmp_path: Path) -> None:
    """A store written before mentions had a kind opens read-only as it is, and for writing gets the
    column: its old rows are names, new rows carry their kind."""
    path = tmp_path / "old.duckdb"
    articles = hand_coded_articles()
    with open_store(path) as store:
        store.write([first_word_named(a, "name") for a in articles[:-1]])
        store.connection.execute("ALTER TABLE mentions DROP COLUMN kind")
    with open_store(path, read_only=True) as store:
        assert store.row_counts()["articles"] == len(articles) - 1
        served = entity(store.connection, f"{articles[0].id}:e0", events=0)
        assert served is not None and [m.kind for m in served.mentions] == ["name"]
    with open_store(path) as store:
        assert store.connection.execute("SELECT DISTINCT kind FROM mentions").fetchall() == [("name",)]
        store.write([first_word_named(articles[-1], "demonym")])
        rows = store.connection.execute("SELECT kind, count(*) FROM mentions GROUP BY kind ORDER BY kind")
        assert rows.fetchall() == [("demonym", 1), ("name", len(articles) - 1)]
        assert store.article(articles[-1].id) == first_word_named(articles[-1], "demonym")


def first_word_named(article: Article, kind: MentionKind) -> Article:
    """The article with one entity, mentioned by its first word."""
    word = article.text.split()[0]
    mention = Mention(start=0, end=len(word), text=word, kind=kind)
    entity = Entity(id=f"{article.id}:e0", name=word, type="PLACE", mentions=[mention])
    return article.model_copy(update={"entities": [entity]})


def test_store_only_throughput(store: Store) -> None:
    """Store-only speed on pre-extracted records (no timing assertion: figures are printed)."""
    base = hand_coded_articles()
    batch = []
    for n in range(500):
        article = base[n % len(base)]
        text = f"{article.text}{n}"
        ident = article_id(text, None)
        record = article.model_dump_json().replace(article.id, ident)
        batch.append(Article.model_validate_json(record).model_copy(update={"url": None, "text": text}))
    start = time.perf_counter()
    for i in range(0, len(batch), 32):
        store.write(batch[i : i + 32])
    elapsed = time.perf_counter() - start
    print(f"store-only: {len(batch) / elapsed:.0f} articles/s")
    assert store.row_counts()["articles"] == 500
    consistent(store)
