"""``extract_all``: many articles in input order, on one process or a pool."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import within
from khabar import batch
from khabar.budget import Budget
from khabar.ingest import IngestError, IngestFailure
from khabar.knowledge.base import default_knowledge
from khabar.schema import Article, RawArticle

TEXTS = [
    "Police in Chittagong arrested 12 dock workers on Monday.",
    "पटना में मंगलवार को 30 किसानों ने प्रदर्शन किया।",
    "Farmers marched in Lahore on 3 March 2022.",
    "लखनऊ में बुधवार को हड़ताल रही।",
    "Protesters gathered outside parliament in Colombo.",
]


def _items() -> list[RawArticle | IngestError]:
    items: list[RawArticle | IngestError] = [
        RawArticle(text=text, origin=f"item-{i}") for i, text in enumerate(TEXTS)
    ]
    items.insert(2, IngestError("broken.html", "not decodable"))
    return items


@pytest.mark.parametrize("workers", [1, 2])
def test_results_keep_input_order_and_errors_pass_through(workers: int) -> None:
    results = list(batch.extract_all(_items(), workers=workers))
    assert isinstance(results[2], IngestError) and results[2].origin == "broken.html"
    articles = [r for r in results if isinstance(r, Article)]
    assert [a.text for a in articles] == TEXTS


def test_pool_results_match_one_process() -> None:
    alone = [r.model_dump() for r in batch.extract_all(_items(), workers=1) if isinstance(r, Article)]
    pooled = [r.model_dump() for r in batch.extract_all(_items(), workers=2) if isinstance(r, Article)]
    assert pooled == alone


def test_input_is_read_lazily() -> None:
    def items() -> Iterator[RawArticle]:
        for i, text in enumerate(TEXTS):
            yield RawArticle(text=text, origin=f"item-{i}")

    first = next(batch.extract_all(items(), workers=2))
    assert isinstance(first, Article) and first.text == TEXTS[0]


def test_fork_only_from_a_single_threaded_parent() -> None:
    if threading.active_count() == 1:
        assert batch._start_method() == "fork"
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert batch._start_method() == "forkserver"
    finally:
        release.set()
        other.join()


def test_preload_builds_every_table() -> None:
    knowledge = default_knowledge()
    knowledge.preload()
    assert {"actors", "gazetteer", "acronyms", "names", "actor_names"} <= set(vars(knowledge))


def fragile_extract(text: str, **kwargs: object) -> Article:
    if "boom" in text:
        raise OverflowError("date value out of range")
    return real_extract(text, **kwargs)


real_extract = batch.extract


def test_any_executor_can_map_extract_raw_and_a_failure_stays_with_its_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The Dask path: ``bag.map(extract_raw)``; a thread pool stands in for Dask's threaded scheduler,
    and every result crosses a pickle as it would between Dask's processes."""
    import pickle
    from concurrent.futures import ThreadPoolExecutor

    monkeypatch.setattr(batch, "extract", fragile_extract)
    items = _items()
    items.insert(4, RawArticle(text="boom", origin="feed.xml#7"))
    with ThreadPoolExecutor(2) as pool:
        results = [pickle.loads(pickle.dumps(r)) for r in pool.map(batch.extract_raw, items)]
    reason = "extraction failed: OverflowError: date value out of range"
    assert results[4] == IngestError("feed.xml#7", reason)
    assert results[2] == IngestError("broken.html", "not decodable")
    assert [r.text for r in results if isinstance(r, Article)] == TEXTS


def test_ingest_errors_cross_process_boundaries() -> None:
    import pickle

    failure = pickle.loads(pickle.dumps(IngestFailure("a.warc#3", "bad WARC record")))
    assert failure.error == IngestError("a.warc#3", "bad WARC record")
    assert str(failure) == "a.warc#3: bad WARC record"


# ---------- workers killed or stuck: their article is an error, the others go on ----------

needs_fork = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="patches reach forked workers only"
)


def doomed_extract(text: str, **kwargs: object) -> Article:
    """The pipeline, except that "out of memory" kills its process as the OOM killer would and
    "endless" never returns."""
    if "out of memory" in text:
        os.kill(os.getpid(), signal.SIGKILL)
    if "endless" in text:
        time.sleep(3600)
    return real_extract(text, **kwargs)


@pytest.fixture
def doomed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "extract", doomed_extract)
    monkeypatch.setattr(batch, "_start_method", lambda: "fork")


@needs_fork
@pytest.mark.usefixtures("doomed")
def test_a_worker_killed_on_an_article_loses_that_article_only() -> None:
    items = _items()
    items.insert(3, RawArticle(text="Floods, then out of memory.", origin="big.html"))
    items.insert(5, RawArticle(text="out of memory again", origin="feed.xml#2"))
    results = within(120, lambda: list(batch.extract_all(items, workers=2)))
    assert len(results) == len(items)
    reason = "extraction failed: its worker process was killed by SIGKILL (by the system: out of memory?)"
    assert results[3] == IngestError("big.html", reason)
    assert results[5] == IngestError("feed.xml#2", reason)
    assert results[2] == IngestError("broken.html", "not decodable")
    assert [r.text for r in results if isinstance(r, Article)] == TEXTS


@needs_fork
@pytest.mark.usefixtures("doomed")
def test_a_worker_stuck_past_its_time_budget_is_stopped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "STUCK_SECONDS", 1.0)
    items = _items()
    items.insert(1, RawArticle(text="an endless article", origin="endless.txt"))
    started = time.monotonic()
    results = within(120, lambda: list(batch.extract_all(items, workers=2, budget=Budget(seconds=1.0))))
    assert time.monotonic() - started < 60
    assert results[1] == IngestError(
        "endless.txt", "extraction failed: its worker process was still on it after 2 s and was stopped"
    )
    assert [r.text for r in results if isinstance(r, Article)] == TEXTS


def test_the_time_budget_holds_in_the_workers() -> None:
    results = list(batch.extract_all(_items(), workers=2, budget=Budget(seconds=1e-9)))
    articles = [r for r in results if isinstance(r, Article)]
    assert len(articles) == len(TEXTS)
    for article in articles:
        assert [f.kind for f in article.flags] == ["truncated"] and not article.events


@needs_fork
@pytest.mark.usefixtures("doomed")
@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_the_commands_name_an_article_whose_worker_was_killed_and_keep_the_others(
    command: str, tmp_path: Path
) -> None:
    from typer.testing import CliRunner

    from khabar.cli import app
    from khabar.store.db import open_store

    inputs = tmp_path / "in"
    inputs.mkdir()
    for i, text in enumerate([*TEXTS[:2], "Then the worker ran out of memory.", *TEXTS[2:]]):
        (inputs / f"{i}.txt").write_text(text, encoding="utf-8")
    out, db = tmp_path / "out.jsonl", tmp_path / "store.duckdb"
    options = ["-o", str(out)] if command == "extract" else ["--db", str(db), "--quiet"]
    result = within(120, lambda: CliRunner().invoke(app, [command, str(inputs), "--workers", "2", *options]))
    assert result.exit_code == 1
    killed = inputs / "2.txt"
    assert f"khabar: {killed}: extraction failed: its worker process was killed by SIGKILL" in result.stderr
    if command == "extract":
        texts = [json.loads(line)["text"] for line in out.read_text(encoding="utf-8").splitlines()]
    else:
        with open_store(db, read_only=True) as store:
            texts = [row[0] for row in store.connection.execute("SELECT text FROM articles").fetchall()]
    assert sorted(texts) == sorted(TEXTS)
