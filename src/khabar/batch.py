"""Many articles through ``extract``, in order, on one process or a pool of them.

A batch is a ``map`` of the same pure function over raw articles: ingest errors pass
through untouched, and an article that fails inside the pipeline becomes an error that
names its origin, so one bad article never stops the others.

With a pool, the parent reads the first article itself and loads the whole knowledge base,
then forks the workers: they share its memory (copy-on-write, the loaded objects frozen out
of the garbage collector's reach) and start at once. A parent running other threads, or a
platform without ``fork``, gets a forkserver pool whose workers each load their own.
"""

from __future__ import annotations

import gc
import multiprocessing
import threading
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from functools import partial
from pathlib import Path

from khabar.budget import Budget
from khabar.ingest import IngestError
from khabar.knowledge.base import Knowledge, default_knowledge
from khabar.pipeline import extract
from khabar.schema import Article, RawArticle

Result = Article | IngestError
CHUNK = 8

_worker_knowledge: Knowledge | None = None


def _init_worker(actor_files: Sequence[str]) -> None:
    global _worker_knowledge
    if _worker_knowledge is None:  # else inherited from the parent by fork
        _worker_knowledge = Knowledge(actor_files) if actor_files else default_knowledge()


def _start_method() -> str:
    """``fork`` where it is safe (a POSIX parent with a single thread), else ``forkserver``."""
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return "fork"
    return "forkserver"


def extract_raw(
    raw: RawArticle | IngestError, knowledge: Knowledge | None = None, budget: Budget | None = None
) -> Result:
    """One raw article to its record (within ``budget``), or to an error naming where it came from."""
    if isinstance(raw, IngestError):
        return raw
    try:
        return extract(
            raw.text,
            published=raw.published,
            url=raw.url,
            title=raw.title,
            source=raw.source,
            html_embeds=raw.html_embeds,
            knowledge=knowledge or _worker_knowledge,
            budget=budget,
        )
    except Exception as error:  # a bug on one article must not stop a batch
        return IngestError(raw.origin, f"extraction failed: {type(error).__name__}: {error}")


def extract_all(
    items: Iterable[RawArticle | IngestError],
    *,
    workers: int = 1,
    actor_files: Sequence[str | Path] = (),
    budget: Budget | None = None,
) -> Iterator[Result]:
    """Records (or errors) for ``items``, in input order, each extracted within ``budget``."""
    global _worker_knowledge
    files = [str(p) for p in actor_files]
    knowledge = Knowledge(files) if files else default_knowledge()
    items = iter(items)
    for item in items:  # the first article in this process: it loads what the workers will share
        yield extract_raw(item, knowledge, budget)
        break
    if workers <= 1:
        for item in items:
            yield extract_raw(item, knowledge, budget)
        return
    method = _start_method()
    if method == "fork":
        knowledge.preload()
        gc.freeze()
        _worker_knowledge = knowledge
    try:
        with multiprocessing.get_context(method).Pool(
            workers, initializer=_init_worker, initargs=(files,)
        ) as pool:
            yield from pool.imap(partial(extract_raw, budget=budget), items, chunksize=CHUNK)
    finally:
        _worker_knowledge = None


def with_defaults(
    items: Iterable[RawArticle | IngestError], *, published: date | None = None, url: str | None = None
) -> Iterator[RawArticle | IngestError]:
    """Fill in a publication date and URL for inputs that carry none."""
    for item in items:
        if isinstance(item, RawArticle) and (published or url):
            item = item.model_copy(update={"published": item.published or published, "url": item.url or url})
        yield item
