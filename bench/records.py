"""Record-by-record comparison of two versions of khabar on the same real articles.

``python -m bench.records snapshot OUT.jsonl.gz [--n 2000] [--workers 2]`` extracts the first ``n``
real articles under ``../shared/eval`` (BBC Hindi, Guardian, then the disaster and police corpora) and
keeps the records (without the article text). ``python -m bench.records compare OLD NEW [--examples 3]``
pairs records by article id and counts, for each field, the records where it differs, with a few
examples: a refactoring should show no difference it cannot name.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

import orjson

from bench.throughput import real_articles
from khabar.batch import extract_all
from khabar.schema import Article, RawArticle


def sample(n: int) -> Iterator[RawArticle]:
    """The first ``n`` real articles in a fixed order: BBC Hindi, Guardian, the Hindi disaster corpus,
    IndiaPoliceEvents (all of the first two, 594 articles, then the others)."""
    numbers: Counter[str] = Counter()
    for source, text, published in islice(real_articles(), n):
        origin = f"{source}:{numbers[source]}"
        numbers[source] += 1
        yield RawArticle(text=text, origin=origin, url=origin, published=published)


def snapshot(out: Path, n: int, workers: int) -> None:
    failed = 0
    with gzip.open(out, "wb") as handle:
        for result in extract_all(sample(n), workers=workers):
            if not isinstance(result, Article):
                failed += 1
                print(f"failed: {result}", file=sys.stderr)
                continue
            record = result.model_dump(mode="json", exclude={"text"})
            handle.write(orjson.dumps(record) + b"\n")
    print(f"wrote {out} ({failed} failed)")


def _load(path: Path) -> dict[str, dict]:
    with gzip.open(path, "rb") as handle:
        return {(r := orjson.loads(line))["url"]: r for line in handle}


def _changes(old: object, new: object, path: str) -> Iterator[tuple[str, object, object]]:
    """``(field path, old, new)`` for each differing leaf; list items are compared by position."""
    if isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(old.keys() | new.keys()):
            yield from _changes(old.get(key), new.get(key), f"{path}.{key}" if path else key)
    elif isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        for a, b in zip(old, new, strict=True):
            yield from _changes(a, b, f"{path}[]")
    elif old != new:
        yield path, old, new


def compare(old_path: Path, new_path: Path, examples: int) -> int:
    old, new = _load(old_path), _load(new_path)
    missing = sorted(old.keys() - new.keys())
    added = sorted(new.keys() - old.keys())
    records: Counter[str] = Counter()
    shown: dict[str, list[str]] = defaultdict(list)
    same = 0
    for url in sorted(old.keys() & new.keys()):
        fields = {}
        for path, a, b in _changes(old[url], new[url], ""):
            fields.setdefault(path, (a, b))
        if not fields:
            same += 1
        for path, (a, b) in fields.items():
            records[path] += 1
            if len(shown[path]) < examples:
                shown[path].append(f"{url}: {_short(a)} -> {_short(b)}")
    print(f"{len(old)} old, {len(new)} new records; {same} identical;", end=" ")
    print(f"{len(missing)} missing, {len(added)} added")
    for path, count in records.most_common():
        print(f"{count:6d}  {path}")
        for line in shown[path]:
            print(f"          {line}")
    return 0


def _short(value: object, limit: int = 160) -> str:
    text = orjson.dumps(value).decode()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.records", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    snap = sub.add_parser("snapshot", help="extract the sample and keep the records")
    snap.add_argument("out", type=Path)
    snap.add_argument("--n", type=int, default=2000)
    snap.add_argument("--workers", type=int, default=2)
    diff = sub.add_parser("compare", help="compare two snapshots record by record")
    diff.add_argument("old", type=Path)
    diff.add_argument("new", type=Path)
    diff.add_argument("--examples", type=int, default=3)
    args = parser.parse_args(argv)
    if args.command == "snapshot":
        snapshot(args.out, args.n, args.workers)
        return 0
    return compare(args.old, args.new, args.examples)


if __name__ == "__main__":
    sys.exit(main())
