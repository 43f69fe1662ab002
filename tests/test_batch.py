"""``extract_all``: many articles in input order, on one process or a pool."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from khabar import batch
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
