"""Many articles through ``extract``, in order, on one process or a pool of them.

A batch is a ``map`` of the same pure function over raw articles: ingest errors pass
through untouched, and an article that fails inside the pipeline becomes an error that
names its origin, so one bad article never stops the others.

With several workers (``khabar.worker_pool``), the parent reads the first article itself and
loads the whole knowledge base, then forks the workers: they share its memory (copy-on-write,
the loaded objects frozen out of the garbage collector's reach) and start at once. A parent
running other threads, or a platform without ``fork``, gets forkserver workers that each load
their own. A worker killed on an article (the out-of-memory killer, ``kill -9``), or still on it
``STUCK_SECONDS`` past its time budget, turns that article into an error naming it and the
cause; a new worker goes on with the others, none lost and none twice.
"""

from __future__ import annotations

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
from khabar.warm import tune_collector, warm
from khabar.worker_pool import ordered_map

Result = Article | IngestError
STUCK_SECONDS = 60.0  # past its time budget, an article's worker is taken as stuck and stopped

_worker_knowledge: Knowledge | None = None


def _init_worker(actor_files: Sequence[str]) -> None:
    global _worker_knowledge
    tune_collector()
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
    if _start_method() == "fork":
        warm(knowledge)
        _worker_knowledge = knowledge
    try:
        yield from ordered_map(
            partial(extract_raw, budget=budget),
            items,
            workers=workers,
            lost=_lost,
            start_method=_start_method,
            initializer=_init_worker,
            initargs=(files,),
            time_limit=(budget or Budget()).seconds + STUCK_SECONDS,
        )
    finally:
        _worker_knowledge = None


def _lost(item: RawArticle | IngestError, reason: str) -> Result:
    """The error of an article whose worker died or was stopped on it."""
    return item if isinstance(item, IngestError) else IngestError(item.origin, f"extraction failed: {reason}")


def with_defaults(
    items: Iterable[RawArticle | IngestError], *, published: date | None = None, url: str | None = None
) -> Iterator[RawArticle | IngestError]:
    """Fill in a publication date and URL for inputs that carry none."""
    for item in items:
        if isinstance(item, RawArticle) and (published or url):
            item = item.model_copy(update={"published": item.published or published, "url": item.url or url})
        yield item
